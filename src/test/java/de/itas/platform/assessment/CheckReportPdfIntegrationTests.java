package de.itas.platform.assessment;

import static de.itas.platform.assessment.AssessmentTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The PDF report of a demo company with a regional comparison and a history: a tagged PDF (PDF/UA) with
 * embedded fonts, the next steps with their German titles and absolute links, the total row in every
 * comparison table, and table headers that repeat on a new page instead of staying behind alone.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckReportPdfIntegrationTests {

	@Autowired
	Checks checks;

	@Autowired
	CheckReports reports;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	Mailer mailer;

	private PlatformUser reader;
	private UUID checkId;
	private CheckResult result;
	private Comparison comparison;

	@BeforeAll
	void demoCompany() {
		// a Zwickau demo company: several checks over time, and enough companies to compare with
		UUID demo = organisations.ensure("Muldental Antriebstechnik GmbH (fiktiv)", OrganisationKind.COMPANY, "zwickau",
				null).id();
		reader = memberships.member("report-" + AssessmentTestSupport.token() + "@test.itas.local", demo,
				Role.COMPANY_MEMBER);
		List<HistoryPoint> history = as(reader, () -> checks.history(demo));
		checkId = history.get(history.size() - 1).checkId();
		result = as(reader, () -> checks.result(checkId).orElseThrow());
		comparison = as(reader, () -> checks.comparison(checkId).orElseThrow());
	}

	@Test
	void theReportIsATaggedPdfInGermanWithEveryFontEmbedded() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf())) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).as("mark info").isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("marked as tagged").isTrue();
			assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).as("structure elements").isNotEmpty();
			assertThat(catalog.getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).contains("Muldental Antriebstechnik");
			assertThat(document.getDocumentInformation().getSubject()).as("the description PDF/UA asks for")
				.contains("Ergebnis des Transformationschecks");
			assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
				.as("PDF/UA identification in the XMP metadata")
				.contains("pdfuaid");

			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty()
				.allSatisfy(font -> assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue())
				.allSatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"));
		}
	}

	@Test
	void nextStepsCarryGermanTitlesAndAbsoluteLinks() throws Exception {
		assertThat(result.nextSteps()).isNotEmpty();
		try (PDDocument document = Loader.loadPDF(pdf())) {
			String text = text(document);
			List<String> uris = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						uris.add(uri.getURI());
					}
				}
			}
			for (Questionnaire.NextStep step : result.nextSteps()) {
				String absolute = mailer.baseUrl() + step.link();
				assertThat(absolute).startsWith("http");
				assertThat(text).contains(step.text().in(Locale.GERMAN)).contains(absolute);
				assertThat(uris).anySatisfy(uri -> assertThat(java.net.URLDecoder.decode(uri, StandardCharsets.UTF_8))
					.isEqualTo(absolute));
			}
			// never the bare relative path as the only thing printed for a step
			assertThat(text).doesNotContain(": /anliegen/neu");
		}
	}

	@Test
	void everyComparisonTableEndsWithTheTotalRow() throws Exception {
		List<Comparison.Group> shown = comparison.groups().stream().filter(Comparison.Group::shown).toList();
		assertThat(shown).isNotEmpty();
		Document html = Jsoup.parse(as(reader, () -> reports.html(result, Locale.GERMAN)));
		List<Element> tables = html.select("h3 + table");
		assertThat(tables).hasSize(shown.size());
		for (int i = 0; i < shown.size(); i++) {
			Comparison.Quartiles overall = shown.get(i).overall();
			Element last = tables.get(i).select("tbody > tr").last();
			assertThat(last.select("th").text()).isEqualTo("Gesamtwert");
			assertThat(last.select("td").eachText()).containsExactly(String.valueOf(result.scores().overall()),
					String.valueOf(overall.lower()), String.valueOf(overall.median()), String.valueOf(overall.upper()));
		}
		try (PDDocument document = Loader.loadPDF(pdf())) {
			String comparisonText = text(document).split("Vergleich mit der Region", 2)[1];
			assertThat(comparisonText.split("Gesamtwert", -1)).as("one total row per shown group")
				.hasSize(shown.size() + 1);
		}
	}

	@Test
	void tableHeadersRepeatOnANewPageAndNeverStayBehindAlone() {
		Document html = Jsoup.parse(as(reader, () -> reports.html(result, Locale.GERMAN)));
		assertThat(html.select("table")).hasSizeGreaterThan(3)
			.allSatisfy(table -> assertThat(table.child(0).tagName()).as("the header row group comes first")
				.isEqualTo("thead"));
		String style = html.select("style").html().replaceAll("\\s+", " ");
		assertThat(style).contains("-fs-table-paginate: paginate")
			.contains("thead { display: table-header-group; }")
			.contains("tr, .keep { page-break-inside: avoid; }")
			.contains("h2, h3 { page-break-after: avoid; }");
	}

	private byte[] pdf() {
		return as(reader, () -> reports.pdf(checkId, Locale.GERMAN).orElseThrow());
	}

	private static String text(PDDocument document) throws java.io.IOException {
		return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
	}

}
