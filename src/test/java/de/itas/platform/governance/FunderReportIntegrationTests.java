package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The funder report: its PDF and XLSX parsed back hold the measures with their milestones and the indicators with
 * targets and actuals (small numbers hidden), the spreadsheet's figures are number cells; a field lead's report
 * holds only their fields; only people who steer get it, and a period the report cannot cover goes back to the form.
 */
@PlatformTest
class FunderReportIntegrationTests {

	private static final String PERIOD = "?von=2025-01&bis=2025-12";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	MeasureStore measures;

	@Autowired
	IndicatorStore indicators;

	@Autowired
	SteeringAccess access;

	@Autowired
	Region region;

	@Autowired
	UserDetailsService users;

	private record Fixture(String project, String measure, String reached, String missed, String indicator,
			String small, String foreign) {
	}

	private Fixture fixture(String field, String otherField) {
		long n = System.nanoTime();
		MeasureView project = fixtures.measure(field, null, "Berichtsprojekt " + n, true, MeasureStatus.RUNNING, 40,
				List.of());
		MeasureView child = fixtures.measure(field, project, "Berichtsmaßnahme " + n, false, MeasureStatus.DONE, 100,
				List.of());
		measures.addMilestone(child.id(), "Erreicht " + n, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 15));
		measures.addMilestone(child.id(), "Verpasst " + n, LocalDate.of(2025, 6, 30), null);
		measures.addMilestone(child.id(), "Außerhalb " + n, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 1));
		MeasureView foreign = fixtures.measure(otherField, null, "Fremdprojekt " + n, true, MeasureStatus.PLANNED, 0,
				List.of());
		PlatformUser enterer = accounts.person("Eingabe Bericht");
		PlatformUser checker = accounts.person("Freigabe Bericht");
		IndicatorView counted = fixtures.entered("bericht-" + n, "Berichtskennzahl " + n, field, IndicatorCounted.ITEMS,
				false, ReportFixtures.targets(2025, "200"));
		IndicatorValueView value = indicators.enter(counted.key(), Period.year(2025), null, new BigDecimal("123"),
				"Jahresbericht", enterer.id(), enterer.getDisplayName());
		assertThat(indicators.signOff(value.id(), value.version(), checker.id(), checker.getDisplayName())).isTrue();
		IndicatorView small = fixtures.entered("bericht-klein-" + n, "Kleine Kennzahl " + n, field,
				IndicatorCounted.PERSONS, true, ReportFixtures.targets(2025, "10"));
		indicators.enter(small.key(), Period.year(2025), null, new BigDecimal("3"), "Liste", enterer.id(),
				enterer.getDisplayName());
		return new Fixture(project.title(), child.title(), "Erreicht " + n, "Verpasst " + n, counted.title(),
				small.title(), foreign.title());
	}

	private PlatformUser fieldLead() {
		return (PlatformUser) users.loadUserByUsername("beraterin.ihk@demo.itas.local");
	}

	@Test
	void thePdfHoldsTheMeasuresMilestonesAndIndicatorsOfThePeriod() throws Exception {
		List<ActionFieldSummary> fields = region.actionFields();
		Fixture fixture = fixture(fields.get(0).code(), fields.get(1).code());
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);

		MvcTestResult pdf = mvc.get().uri("/steuerung/bericht.pdf" + PERIOD).with(user(coordinator)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("foerderbericht-2025-01-bis-2025-12.pdf");
		String text = pdfText(pdf.getResponse().getContentAsByteArray());
		assertThat(text).contains("Förderbericht").contains(fixture.project()).contains(fixture.measure())
			.contains(fixture.foreign())
			.contains("erreicht: " + fixture.reached())
			.contains("verpasst: " + fixture.missed())
			.doesNotContain("Außerhalb");
		// the indicator: target and actual of 2025, and the small one hidden
		assertThat(text).contains(fixture.indicator()).contains("2025 200 123 deutlich unter Ziel");
		assertThat(text).contains(fixture.small()).containsPattern("2025 10 +< 5");
		assertThat(text).contains("Veranstaltungen").contains("Arbeit an der Charta");
	}

	@Test
	void theSpreadsheetHasASheetPerSectionWithNumbersAsNumbers() throws Exception {
		List<ActionFieldSummary> fields = region.actionFields();
		Fixture fixture = fixture(fields.get(2).code(), fields.get(1).code());

		MvcTestResult xlsx = mvc.get().uri("/steuerung/bericht.xlsx" + PERIOD).with(accounts.as(Role.ADMIN)).exchange();
		assertThat(xlsx).hasStatusOk();
		Map<String, String> parts = unzipped(xlsx.getResponse().getContentAsByteArray());
		assertThat(Jsoup.parse(parts.get("xl/workbook.xml"), "", Parser.xmlParser()).select("sheet").eachAttr("name"))
			.containsExactly("Maßnahmen", "Meilensteine", "Kennzahlen", "Veranstaltungen", "Charta");
		List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));

		Map<String, List<Cell>> measureRows = rows(parts.get("xl/worksheets/sheet1.xml"), strings);
		List<Cell> project = rowWith(measureRows, fixture.project());
		assertThat(project).anySatisfy(cell -> assertThat(cell).isEqualTo(new Cell("F", "40", true)));
		List<Cell> child = rowWith(measureRows, fixture.measure());
		// level 2, progress 100, one milestone reached and one missed in the period, all as numbers
		assertThat(child).contains(new Cell("B", "2", true), new Cell("F", "100", true), new Cell("G", "1", true),
				new Cell("H", "1", true));

		Map<String, List<Cell>> milestoneRows = rows(parts.get("xl/worksheets/sheet2.xml"), strings);
		assertThat(rowWith(milestoneRows, fixture.missed())).contains(new Cell("F", "verpasst", false));

		Map<String, List<Cell>> indicatorRows = rows(parts.get("xl/worksheets/sheet3.xml"), strings);
		List<Cell> indicator = rowWith(indicatorRows, fixture.indicator());
		assertThat(indicator).contains(new Cell("D", "2025", true), new Cell("E", "200", true),
				new Cell("F", "123", true), new Cell("H", "deutlich unter Ziel", false));
		List<Cell> small = rowWith(indicatorRows, fixture.small());
		// suppressed and not yet signed off: both are said
		assertThat(small).contains(new Cell("E", "10", true), new Cell("G", "< 5, vorläufig", false))
			.noneMatch(cell -> cell.column().equals("F"));

		assertThat(rows(parts.get("xl/worksheets/sheet5.xml"), strings).values())
			.anySatisfy(row -> assertThat(row).contains(new Cell("A", "Änderungsvorschläge", false))
				.anyMatch(cell -> cell.column().equals("C") && cell.number()));
	}

	@Test
	void computedIndicatorsShowTheirSnapshotAndYearsWithoutOne() throws Exception {
		long n = System.nanoTime();
		String field = region.actionFields().get(3).code();
		String district = region.districts().get(0).code();
		IndicatorView computed = indicators.insert(new IndicatorView("bericht-berechnet-" + n, "Berechnete Kennzahl " + n,
				"Durchgeführte Veranstaltungen", "Veranstaltungen", 0, BigDecimal.ZERO, null, Direction.HIGHER,
				IndicatorCounted.ITEMS, null, null, "partner", field, IndicatorSource.COMPUTED, "events.events-held",
				PeriodKind.YEAR, 2024, 2026, false, 0, 0, ReportFixtures.targets(2025, "10")));
		indicators.snapshot(computed.key(), 2025, "events.events-held", "Test",
				List.of(new SnapshotView.Value(java.time.YearMonth.of(2025, 3), district, 7),
						new SnapshotView.Value(java.time.YearMonth.of(2025, 9), null, 4)));

		MvcTestResult pdf = mvc.get().uri("/steuerung/bericht.pdf?von=2024-01&bis=2025-12")
			.with(accounts.as(Role.COORDINATOR)).exchange();
		assertThat(pdf).hasStatusOk();
		String text = pdfText(pdf.getResponse().getContentAsByteArray());
		String section = text.substring(text.indexOf(computed.title()));
		assertThat(section).contains("2024 – noch nicht berechnet").contains("2025 10 11 (vorläufig) Ziel erreicht");
	}

	@Test
	void aFieldLeadsReportHoldsOnlyTheirFields() throws Exception {
		PlatformUser lead = fieldLead();
		Set<String> own = access.fields(lead);
		assertThat(own).isNotEmpty().hasSizeLessThan(region.actionFields().size());
		String ownField = own.iterator().next();
		String otherField = region.actionFields().stream().map(ActionFieldSummary::code)
			.filter(code -> !own.contains(code)).findFirst().orElseThrow();
		Fixture fixture = fixture(ownField, otherField);

		assertThat(mvc.get().uri("/steuerung/bericht").with(user(lead))).hasStatusOk().bodyText()
			.contains(own.size() == 1 ? "das Handlungsfeld, das Sie steuern" : own.size() + " Handlungsfelder");
		MvcTestResult pdf = mvc.get().uri("/steuerung/bericht.pdf" + PERIOD).with(user(lead)).exchange();
		assertThat(pdf).hasStatusOk();
		String text = pdfText(pdf.getResponse().getContentAsByteArray());
		assertThat(text).contains(fixture.project()).doesNotContain(fixture.foreign());
	}

	@Test
	void onlyPeopleWhoSteerGetTheReport() {
		PlatformUser employee = accounts.user(Role.EMPLOYEE);
		for (String path : List.of("/steuerung/bericht", "/steuerung/bericht.pdf" + PERIOD,
				"/steuerung/bericht.xlsx" + PERIOD)) {
			assertThat(mvc.get().uri(path).with(user(employee))).as(path).hasStatus(404);
			assertThat(mvc.get().uri(path)).as(path).hasStatus3xxRedirection()
				.redirectedUrl().contains("/login");
		}
		assertThat(mvc.get().uri("/steuerung/bericht").with(accounts.as(Role.COORDINATOR))).hasStatusOk()
			.bodyText().contains("Förderbericht").contains("Berichtszeitraum");
	}

	@Test
	void aPeriodTheReportCannotCoverGoesBackToTheFormWithItsProblem() throws Exception {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		MvcTestResult refused = mvc.get().uri("/steuerung/bericht.xlsx?von=2025-12&bis=2025-01").with(user(coordinator))
			.exchange();
		assertThat(refused).hasStatus(303);
		String back = refused.getResponse().getRedirectedUrl();
		assertThat(back).startsWith("/steuerung/bericht?");

		Document page = Jsoup.parse(mvc.get().uri(back).with(user(coordinator)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#form-errors").text()).contains("Der Zeitraum endet vor seinem Beginn");
		assertThat(page.select("#form-errors a").attr("href")).isEqualTo("#bis");
		assertThat(page.select("#von").val()).isEqualTo("2025-12");
		assertThat(page.select("#bis").val()).isEqualTo("2025-01");
		assertThat(page.select("#bis-error").text()).contains("endet vor seinem Beginn");

		Document malformed = Jsoup.parse(mvc.get().uri("/steuerung/bericht?von=Januar&bis=2025-01").with(user(coordinator))
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(malformed.select("#von-error").text()).contains("JJJJ-MM");
		assertThat(malformed.select("#von").val()).isEqualTo("Januar");
	}

	// ---- reading the files back

	private static String pdfText(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// table cells wrap their text: compare with every run of white space as one space
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** A cell of a sheet: its column, its text (a shared string resolved) and whether it is a number cell. */
	record Cell(String column, String text, boolean number) {
	}

	private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"[^>]*>(.*?)</row>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern
		.compile("<c r=\"([A-Z]+)\\d+\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);

	private static final Pattern VALUE = Pattern.compile("<v>([^<]*)</v>");

	private static final Pattern INLINE = Pattern.compile("<t[^>]*>([^<]*)</t>");

	/** The rows of a sheet by row number, each with its cells that hold something. */
	private static Map<String, List<Cell>> rows(String sheet, List<String> strings) {
		// in the sheet's order: a measure's title is also in its children's rows (as their parent), and the first
		// row that names it must be its own
		Map<String, List<Cell>> rows = new LinkedHashMap<>();
		Matcher row = ROW.matcher(sheet);
		while (row.find()) {
			List<Cell> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				String attributes = cell.group(2);
				String content = cell.group(3) == null ? "" : cell.group(3);
				Matcher value = VALUE.matcher(content);
				if (attributes.contains("t=\"s\"") && value.find()) {
					cells.add(new Cell(cell.group(1), strings.get(Integer.parseInt(value.group(1))), false));
				}
				else if (attributes.contains("t=\"inlineStr\"") || attributes.contains("t=\"str\"")) {
					Matcher text = INLINE.matcher(content);
					cells.add(new Cell(cell.group(1), text.find() ? Parser.unescapeEntities(text.group(1), false) : "",
							false));
				}
				else if (value.find()) {
					cells.add(new Cell(cell.group(1), value.group(1), !attributes.contains("t=\"b\"")));
				}
			}
			rows.put(row.group(1), cells);
		}
		return rows;
	}

	private static List<Cell> rowWith(Map<String, List<Cell>> rows, String text) {
		return rows.values().stream()
			.filter(cells -> cells.stream().anyMatch(cell -> !cell.number() && cell.text().equals(text)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row with " + text + " in " + rows));
	}

	private static List<String> sharedStrings(String xml) {
		List<String> strings = new ArrayList<>();
		if (xml == null) {
			return strings;
		}
		for (org.jsoup.nodes.Element si : Jsoup.parse(xml, "", Parser.xmlParser()).select("si")) {
			strings.add(si.select("t").eachText().stream().reduce("", String::concat));
		}
		return strings;
	}

	private static Map<String, String> unzipped(byte[] xlsx) throws Exception {
		Map<String, String> parts = new HashMap<>();
		Path file = Files.createTempFile("foerderbericht", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			Files.delete(file);
		}
		return parts;
	}

}
