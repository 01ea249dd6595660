package de.itas.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Results and exports of a survey revision from the database: counts per option equal counts made directly
 * (and ignore answers in progress), the public page only after the end and never with free texts, a filter
 * that leaves a small group, exports parsed back with formula text neutralised, and only owners get in.
 */
@PlatformTest
class SurveyResultsIntegrationTests {

	private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"klick\")";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SurveyWriter writer;

	@Autowired
	SurveyStore store;

	@Autowired
	SurveyResults results;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCountsPerOptionAreTheRespondentsOfEachOptionCountedDirectlyAndDraftsDoNotCount() {
		Fixture fixture = fixture(true, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
		jdbc.sql("INSERT INTO surveys.participation (id, survey_id, account_id, state) VALUES (?, ?, ?, 'STARTED')")
			.params(UUID.randomUUID(), fixture.survey.id(), UUID.randomUUID())
			.update();
		UUID participation = jdbc.sql("SELECT id FROM surveys.participation WHERE survey_id = ?")
			.param(fixture.survey.id()).query(UUID.class).single();
		for (int i = 0; i < 7; i++) {
			jdbc.sql("INSERT INTO surveys.draft_answer (participation_id, question_id, choice) VALUES (?, ?, 'y')")
				.params(participation, fixture.question("M").id())
				.update();
		}

		ResultsView view = results.results(fixture.survey, null, null);

		QuestionResult multiple = view.question("M").orElseThrow();
		Map<String, Integer> direct = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT a.choice, count(DISTINCT a.response_id) AS n FROM surveys.answer a
				JOIN surveys.response r ON r.id = a.response_id
				WHERE r.survey_id = ? AND a.question_id = ? GROUP BY a.choice
				""").params(fixture.survey.id(), fixture.question("M").id())
			.query(rs -> {
				direct.put(rs.getString("choice"), rs.getInt("n"));
			});
		assertThat(view.responses()).isEqualTo(16);
		assertThat(multiple.options()).extracting(OptionCount::code).containsExactly("x", "y");
		assertThat(multiple.options()).extracting(OptionCount::count)
			.containsExactly(direct.get("x"), direct.get("y"));
		assertThat(multiple.options().get(1).count()).isEqualTo(10);
		assertThat(multiple.answered()).isEqualTo(16);
		assertThat(view.question("F").orElseThrow().texts()).isEmpty();
	}

	@Test
	void thePublicPageWaitsForTheEndShowsChartsAndTablesThenAndNeverTheFreeTexts() throws Exception {
		Fixture open = fixture(true, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3)));
		Fixture closed = fixture(true, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
		Fixture unpublished = fixture(false, Instant.now().minus(Duration.ofDays(30)),
				Instant.now().minus(Duration.ofDays(1)));

		Document notYet = page(mvc.get().uri("/umfragen/" + open.survey.slug() + "/ergebnisse").exchange());
		assertThat(notYet.select(".notice").text()).contains("nach dem Ende der Umfrage");
		assertThat(notYet.select("canvas")).isEmpty();
		assertThat(mvc.get().uri("/umfragen/" + unpublished.survey.slug() + "/ergebnisse").exchange()).hasStatus(404);
		assertThat(results.published(open.survey.slug(), null, null, null)).isEmpty();
		assertThat(results.published(unpublished.survey.slug(), null, null, null)).isEmpty();
		assertThat(results.published(closed.survey.slug(), 1, null, null)).get()
			.satisfies(view -> assertThat(view.question("F").orElseThrow().texts()).isEmpty());

		Document shown = page(mvc.get().uri("/umfragen/" + closed.survey.slug() + "/ergebnisse").exchange());
		assertThat(shown.select("canvas[data-chart]")).isNotEmpty();
		assertThat(shown.select("canvas[data-stacked=true]")).hasSize(1);
		assertThat(shown.select("table caption").text()).contains("M: Was nutzen Sie?");
		assertThat(shown.html()).doesNotContain("Geheimer Freitext").doesNotContain("HYPERLINK");

		Document owner = page(mvc.get().uri("/umfragen/verwaltung/" + closed.survey.id() + "/ergebnisse")
			.with(accounts.as(Role.COORDINATOR)).exchange());
		assertThat(owner.select(".results-texts li").text()).contains("Geheimer Freitext");
	}

	@Test
	void aFilterByASmallDistrictWithholdsTheGroupAndALargerOneSuppressesItsSmallCells() throws Exception {
		Fixture fixture = fixture(true, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
		String base = "/umfragen/" + fixture.survey.slug() + "/ergebnisse";

		Document small = page(mvc.get().uri(base).param("filter", "D:" + fixture.smallDistrict).exchange());
		assertThat(small.select(".results-withheld").text()).contains("weniger als 5");
		assertThat(small.select(".results-question")).isEmpty();

		Document large = page(mvc.get().uri(base).param("filter", "D:" + fixture.largeDistrict).exchange());
		assertThat(large.select(".results-withheld")).isEmpty();
		// in the large district 10 chose x and 10 chose y, 3 of them "weiß nicht" on the scale: hidden with a partner
		assertThat(large.select("#frage-S td").eachText()).contains("verborgen");
		assertThat(large.select("#frage-M td").eachText()).doesNotContain("verborgen");
	}

	@Test
	void theExportsOfAnswersAndResultsAreParsedBackWithFormulaTextNeutralised() throws Exception {
		Fixture fixture = fixture(true, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
		String base = "/umfragen/verwaltung/" + fixture.survey.id();

		MvcTestResult csv = mvc.get().uri(base + "/antworten.csv").with(accounts.as(Role.COORDINATOR)).exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getHeader("Content-Disposition"))
			.contains(fixture.survey.slug() + "-r1-antworten.csv");
		List<CSVRecord> records = csv(csv);
		List<String> header = records.get(0).toList();
		assertThat(header).containsSequence("D", "D (Text)").contains("M_x", "M_y", "S", "S (Text)", "F", "T_r1", "T_r2");
		assertThat(records).hasSize(17);
		int d = header.indexOf("D");
		int dText = header.indexOf("D (Text)");
		int mx = header.indexOf("M_x");
		int s = header.indexOf("S");
		int f = header.indexOf("F");
		List<CSVRecord> rows = records.subList(1, records.size());
		assertThat(rows).extracting(row -> row.get(d)).containsOnly(fixture.smallDistrict, fixture.largeDistrict);
		assertThat(rows).extracting(row -> row.get(dText)).contains(fixture.largeDistrictName);
		assertThat(rows).extracting(row -> row.get(mx)).containsOnly("0", "1");
		assertThat(rows).extracting(row -> row.get(s)).contains("-9", "4");
		assertThat(rows).extracting(row -> row.get(f)).contains("'" + FORMULA).doesNotContain(FORMULA);

		MvcTestResult xlsx = mvc.get().uri(base + "/antworten.xlsx").with(accounts.as(Role.COORDINATOR)).exchange();
		assertThat(xlsx).hasStatusOk();
		Map<String, String> parts = unzipped(xlsx.getResponse().getContentAsByteArray());
		assertThat(parts.get("xl/workbook.xml")).contains("Antworten").contains("Codebuch");
		String strings = org.jsoup.parser.Parser.unescapeEntities(parts.get("xl/sharedStrings.xml"), false);
		assertThat(strings).contains(fixture.largeDistrictName).contains("weiß nicht / keine Angabe")
			.contains(">'" + FORMULA + "<").doesNotContain(">" + FORMULA + "<");
		assertThat(parts.get("xl/worksheets/sheet1.xml")).containsPattern("<v>-9</v>").doesNotContain("<f>");

		MvcTestResult summary = mvc.get().uri(base + "/ergebnisse.csv").param("filter", "D:" + fixture.largeDistrict)
			.with(accounts.as(Role.COORDINATOR)).exchange();
		assertThat(summary).hasStatusOk();
		List<CSVRecord> lines = csv(summary);
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.get(0)).isEqualTo("M");
			assertThat(line.get(3)).isEqualTo("y");
			assertThat(line.get(4)).isEqualTo("10");
		});
		assertThat(lines).anySatisfy(line -> assertThat(line.get(4)).isEqualTo("verborgen"));
		assertThat(lines.stream().map(CSVRecord::toString)).noneMatch(line -> line.contains("Geheimer Freitext"));

		MvcTestResult summaryXlsx = mvc.get().uri(base + "/ergebnisse.xlsx").with(accounts.as(Role.COORDINATOR))
			.exchange();
		assertThat(summaryXlsx).hasStatusOk();
		// the respondents of M (16) are a number cell, not text
		assertThat(unzipped(summaryXlsx.getResponse().getContentAsByteArray()).get("xl/worksheets/sheet1.xml"))
			.containsPattern("<c r=\"E\\d+\"[^>]*><v>16</v></c>");
	}

	@Test
	void onlyOwnersSeeTheResultsPageAndTheExports() {
		PlatformUser provider = accounts.user(Role.PROVIDER);
		Fixture foreign = fixture(true, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
		Fixture own = fixture(builder -> builder.owner(provider.id(), null), true,
				Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)), true);

		for (String path : List.of("/ergebnisse", "/antworten.csv", "/antworten.xlsx", "/ergebnisse.csv",
				"/ergebnisse.xlsx")) {
			assertThat(mvc.get().uri("/umfragen/verwaltung/" + foreign.survey.id() + path).with(user(provider)).exchange())
				.as(path).hasStatus(404);
		}
		assertThat(mvc.get().uri("/umfragen/verwaltung/" + own.survey.id() + "/ergebnisse").with(user(provider))
			.exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/umfragen/verwaltung/" + own.survey.id() + "/ergebnisse")
			.with(accounts.as(Role.EMPLOYEE)).exchange()).hasStatus(403);
	}

	@Test
	void viewingTheFreeTextsOfASurveyThatIsNotAnonymousIsAudited() throws Exception {
		PlatformUser author = accounts.person("Frieda Freitext");
		Fixture fixture = fixture(builder -> builder.anonymous(false), true, Instant.now().minus(Duration.ofDays(30)),
				Instant.now().minus(Duration.ofDays(1)), false);
		UUID response = respond(fixture, author.id(), Map.of());
		answer(response, fixture.question("F"), null, null, null, "Mein Name steht dran");

		page(mvc.get().uri("/umfragen/verwaltung/" + fixture.survey.id() + "/ergebnisse")
			.with(accounts.as(Role.COORDINATOR)).exchange());

		assertThat(jdbc.sql("SELECT count(*) FROM accounts.audit_entry WHERE subject_id = ? AND what_key = ? AND detail LIKE ?")
			.params(author.id(), "surveys.results.audit-texts", "%" + fixture.survey.slug() + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theOwnerPageListsTenFreeTextsAndAllOnRequest() throws Exception {
		Fixture fixture = fixture(builder -> {
		}, false, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)), false);
		for (int i = 1; i <= 12; i++) {
			UUID response = respond(fixture, null, Map.of());
			answer(response, fixture.question("F"), null, null, null, "Freitext Nummer " + i);
		}
		String path = "/umfragen/verwaltung/" + fixture.survey.id() + "/ergebnisse";

		Document capped = page(mvc.get().uri(path).with(accounts.as(Role.ADMIN)).exchange());
		Document all = page(mvc.get().uri(path).param("alle", "F").with(accounts.as(Role.ADMIN)).exchange());

		assertThat(capped.select("#frage-F .results-texts li")).hasSize(10);
		assertThat(capped.select("#frage-F a[href*=alle=F]").text()).contains("Alle 12 Antworten");
		assertThat(all.select("#frage-F .results-texts li")).hasSize(12);
		assertThat(all.select("#frage-F a[href*=alle=F]")).isEmpty();
	}

	// ---- fixtures

	private record Fixture(SurveyDefinition survey, String smallDistrict, String largeDistrict,
			String largeDistrictName) {

		Question question(String code) {
			return survey.question(code).orElseThrow();
		}

	}

	private Fixture fixture(boolean publish, Instant opens, Instant closes) {
		return fixture(builder -> {
		}, publish, opens, closes, true);
	}

	/**
	 * A survey with a district (D), multiple choice (M), a scale with "weiß nicht" (S), free text (F) and a
	 * matrix (T); unless {@code answered} is false, 16 responses: 13 in the large district (x and y each 10
	 * times there, the scale 4 ten times and "weiß nicht" three times), 3 in the small one.
	 */
	private Fixture fixture(java.util.function.Consumer<SurveyBuilder> settings, boolean publish, Instant opens,
			Instant closes, boolean answered) {
		String slug = "erg-" + UUID.randomUUID().toString().substring(0, 8);
		SurveyBuilder builder = SurveyBuilder.survey(slug, "Ergebnistest " + slug).period(opens, closes)
			.publishResults(publish);
		settings.accept(builder);
		builder.question("D", QuestionKind.DISTRICT, "Wo arbeiten Sie?").and()
			.question("M", QuestionKind.MULTIPLE, "Was nutzen Sie?").options("x=Bahn", "y=Rad").optional().and()
			.question("S", QuestionKind.SCALE, "Wie zufrieden?").scale(1, 5, "gar nicht", "sehr").dontKnow().and()
			.question("F", QuestionKind.TEXT, "Was noch?").optional().and()
			.question("T", QuestionKind.MATRIX, "Wie oft?").rows("r1=Werktags", "r2=Wochenende").scale(1, 3, "nie", "oft")
			.optional();
		UUID id = writer.insert(builder.build());
		SurveyDefinition survey = store.find(id).orElseThrow();
		List<Choice> districts = survey.question("D").orElseThrow().options();
		Fixture fixture = new Fixture(survey, districts.get(1).code(), districts.get(0).code(), districts.get(0).label());
		if (!answered) {
			return fixture;
		}
		for (int i = 0; i < 13; i++) {
			UUID response = respond(fixture, null, Map.of());
			answer(response, fixture.question("D"), null, fixture.largeDistrict, null, null);
			if (i < 10) {
				answer(response, fixture.question("M"), null, "x", null, null);
			}
			if (i >= 3) {
				answer(response, fixture.question("M"), null, "y", null, null);
			}
			if (i < 10) {
				answer(response, fixture.question("S"), null, null, BigDecimal.valueOf(4), null);
			}
			else {
				dontKnow(response, fixture.question("S"));
			}
			answer(response, fixture.question("T"), "r1", null, BigDecimal.valueOf(i % 3 + 1), null);
			answer(response, fixture.question("T"), "r2", null, BigDecimal.valueOf(3), null);
			if (i == 0) {
				answer(response, fixture.question("F"), null, null, null, FORMULA);
			}
			if (i == 1) {
				answer(response, fixture.question("F"), null, null, null, "Geheimer Freitext");
			}
		}
		for (int i = 0; i < 3; i++) {
			UUID response = respond(fixture, null, Map.of());
			answer(response, fixture.question("D"), null, fixture.smallDistrict, null, null);
			answer(response, fixture.question("M"), null, "x", null, null);
			answer(response, fixture.question("S"), null, null, BigDecimal.valueOf(1), null);
		}
		return fixture;
	}

	private UUID respond(Fixture fixture, UUID account, Map<String, String> unused) {
		UUID response = UUID.randomUUID();
		jdbc.sql("INSERT INTO surveys.response (id, survey_id, account_id, submitted_at) VALUES (?, ?, ?, ?)")
			.params(response, fixture.survey.id(), account,
					account == null ? null : java.sql.Timestamp.from(Instant.now()))
			.update();
		return response;
	}

	private void answer(UUID response, Question question, String item, String choice, BigDecimal number, String text) {
		jdbc.sql("INSERT INTO surveys.answer (response_id, question_id, item, choice, number, text) VALUES (?, ?, ?, ?, ?, ?)")
			.params(response, question.id(), item, choice, number, text)
			.update();
	}

	private void dontKnow(UUID response, Question question) {
		jdbc.sql("INSERT INTO surveys.answer (response_id, question_id, dont_know) VALUES (?, ?, TRUE)")
			.params(response, question.id())
			.update();
	}

	private static Document page(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<CSVRecord> csv(MvcTestResult result) throws Exception {
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
	}

	/** The text of every part of an XLSX file by its name. */
	private static Map<String, String> unzipped(byte[] xlsx) throws Exception {
		Map<String, String> parts = new java.util.HashMap<>();
		Path file = Files.createTempFile("umfrage", ".xlsx");
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
