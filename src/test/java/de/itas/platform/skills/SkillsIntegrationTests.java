package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomySource;

/** The skills module in the running platform: demo taxonomy, APIs, pages and imports. */
@PlatformTest
class SkillsIntegrationTests {

	private static final String DEMO = "https://demo.itas.local/taxonomy/occupation/";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Occupations occupations;

	@Autowired
	TaxonomyImports imports;

	@Autowired
	PersonalGoals goals;

	@Autowired
	CurrentOccupations currentOccupations;

	@Autowired
	SkillsPersonalData personalData;

	@Test
	void theDemoTaxonomyIsImportedOnFirstStart() {
		TaxonomyStatus status = imports.status().orElseThrow();
		assertThat(status.source()).isEqualTo("classpath:skills/demo");
		// the counts of tools/skills/make-demo-taxonomy.py (SkillsDemoTaxonomyUnitTests checks the files)
		assertThat(status.occupations()).isEqualTo(65);
		assertThat(status.skills()).isEqualTo(390);
		assertThat(status.relations()).isEqualTo(1341);
		assertThat(occupations.occupationCount()).isEqualTo(65);
	}

	@Test
	void searchApiAnswersBestFirstWithMatchedLabel() {
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}&limit=3", "Zerspaner CNC")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.results.length()", length -> assertThat(length).asNumber().isEqualTo(3))
			.hasPathSatisfying("$.results[0].uri", uri -> assertThat(uri).asString().startsWith(DEMO))
			.hasPathSatisfying("$.results[0].score", score -> assertThat(score).asNumber().isNotNull())
			.hasPathSatisfying("$.results[0].matchedLabel", label -> assertThat(label).asString().isNotBlank())
			.hasPathSatisfying("$.attribution", text -> assertThat(text).asString().contains("ESCO"));
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "Mechatroniker/in")).bodyJson()
			.extractingPath("$.results[0].uri")
			.isEqualTo(DEMO + "mechatroniker");
	}

	@Test
	void badQueriesGetA400WithAClearMessage() {
		assertThat(mvc.get().uri("/api/v1/occupations/search?q=")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("empty");
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "x".repeat(201))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.contains("200");
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "Dreher\u0007")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("control-characters");
		assertThat(mvc.get().uri("/api/v1/occupations/search")).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/occupations/search?q=Dreher&limit=0")).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/occupations/search?q=Dreher&limit=viele")).hasStatus(400);
	}

	@Test
	void oneLetterSymbolOnlyAndOverlongTitlesGetA400WithAMessage() {
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "a")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.error", error -> assertThat(error).isEqualTo("too-short"))
			.hasPathSatisfying("$.message", message -> assertThat(message).asString().contains("zwei Buchstaben"));
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "🚗🔧")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("too-short");
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "Mechatroniker ".repeat(36))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("too-long");
	}

	@Test
	void emojiAndScriptInTitlesAreJustText() {
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "Mechatroniker 🚗")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[0].uri")
			.isEqualTo(DEMO + "mechatroniker");
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}", "<script>alert(1)</script>")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.results", results -> assertThat(results).isNotNull());
	}

	@Test
	void searchResultsExplainTheMatchAndFlagWeakFits() {
		assertThat(mvc.get().uri("/api/v1/occupations/search?q={q}&limit=3", "Zerspaner CNC")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.results[0].matchedSkills", skills -> assertThat(skills).isNotNull())
			.hasPathSatisfying("$.results[0].weak", weak -> assertThat(weak).isEqualTo(false));
		assertThat(mvc.get().uri("/mein-weg?beruf={q}", "Zerspaner CNC").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("passt zu: ")
			.doesNotContain("Kein Beruf passt gut");
		assertThat(mvc.get().uri("/mein-weg?beruf={q}", "Opernsängerin Koloratursopran").accept(MediaType.TEXT_HTML))
			.hasStatusOk()
			.bodyText()
			.contains("Kein Beruf passt gut zu „Opernsängerin Koloratursopran“.", "Unsichere Vorschläge",
					"href=\"/berufe/gruppen\"");
	}

	@Test
	void badTitlesOnThePageGetAMessageOrAnEmptyStateNeverAnErrorPage() {
		String[][] cases = { { "a", "mindestens zwei Buchstaben" }, { "🚗", "mindestens zwei Buchstaben" },
				{ "x".repeat(500), "höchstens 200 Zeichen" }, { "Dreher\u0007", "Steuerzeichen" } };
		for (String[] bad : cases) {
			assertThat(mvc.get().uri("/mein-weg?beruf={q}", bad[0]).accept(MediaType.TEXT_HTML)).as(bad[0])
				.hasStatusOk()
				.bodyText()
				.contains(bad[1]);
			assertThat(mvc.get().uri("/berufe/vorschlaege?beruf={q}", bad[0])).as(bad[0]).hasStatusOk().bodyText().contains(bad[1]);
		}
		// the typed text comes back escaped, in the field and in the answer
		assertThat(mvc.get().uri("/mein-weg?beruf={q}", "<script>alert(1)</script>").accept(MediaType.TEXT_HTML))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(mvc.get().uri("/mein-weg?beruf={q}", "").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.doesNotContain("field__error");
	}

	@Test
	void theGroupBrowserLeadsFromTheGroupsToTheOccupations() {
		assertThat(mvc.get().uri("/berufe/gruppen").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("Berufe nach Berufsgruppen", "href=\"/berufe/gruppen/7223\"");
		assertThat(mvc.get().uri("/berufe/gruppen/7223").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("Zerspanungsmechaniker/Zerspanungsmechanikerin", "/mein-weg?von=");
		assertThat(mvc.get().uri("/berufe/gruppen/0000").accept(MediaType.TEXT_HTML)).hasStatus(404);
	}

	@Test
	void pathwaysApiRanksTargetsWithSharedAndMissingSkills() {
		assertThat(mvc.get().uri("/api/v1/occupations/pathways?from={from}&limit=5", DEMO + "motorenmonteur"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.results.length()", length -> assertThat(length).asNumber().isEqualTo(5))
			.hasPathSatisfying("$.results[0].sharedSkills[0].label", label -> assertThat(label).asString().isNotBlank())
			.hasPathSatisfying("$.results[0].missingSkills", missing -> assertThat(missing).isNotNull())
			.hasPathSatisfying("$.results[0].greenShare", share -> assertThat(share).asNumber().isNotNull());
		String skills = "https://demo.itas.local/taxonomy/skill/hv-safety,https://demo.itas.local/taxonomy/skill/battery-assembly";
		assertThat(mvc.get()
			.uri("/api/v1/occupations/pathways?from={from}&skills={skills}&limit=1&futureOnly=true&excludeSameGroup=true",
					DEMO + "montierer", skills))
			.bodyJson()
			.extractingPath("$.results[0].uri")
			.isEqualTo(DEMO + "batteriemonteur");
		assertThat(mvc.get().uri("/api/v1/occupations/pathways?from={from}", DEMO + "gibt-es-nicht")).hasStatus(404)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("unknown-occupation");
	}

	@Test
	void myPathServesThePageAndItsHtmxFragmentsFromOneUrl() {
		assertThat(mvc.get().uri("/mein-weg?beruf={q}", "Mechatronikerin").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("<html", "Welcher Beruf passt?", "Mechatroniker/Mechatronikerin",
					"Diese Anwendung nutzt die ESCO-Klassifikation der Europäischen Kommission.");
		assertThat(mvc.get().uri("/mein-weg?von={von}", DEMO + "getriebe-zerspaner").accept(MediaType.TEXT_HTML))
			.hasStatusOk()
			.bodyText()
			.contains("<html", "Ihre Kompetenzen als", "Getriebetechnik", "checked", "Berufe in Reichweite",
					"Zerspanungsmechaniker/Zerspanungsmechanikerin");
		MvcTestResult fragment = mvc.post()
			.uri("/mein-weg")
			.header("HX-Request", "true")
			.with(csrf())
			.param("von", DEMO + "montierer")
			.param("kompetenz", "https://demo.itas.local/taxonomy/skill/hv-safety",
					"https://demo.itas.local/taxonomy/skill/battery-assembly", "https://demo.itas.local/taxonomy/skill/assembly")
			.param("suche", "Schweißen")
			.exchange();
		assertThat(fragment).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"profile\"")
			.doesNotContain("<html")
			.contains("Batteriemonteur/Batteriemonteurin", "Von Ihnen ergänzt", "Metall schweißen (MAG/WIG)");
		assertThat(mvc.get().uri("/berufe/vorschlaege?beruf={q}", "Staplerfahrer")).hasStatusOk()
			.bodyText()
			.contains("role=\"option\"", "Gabelstaplerfahrer/Gabelstaplerfahrerin")
			.doesNotContain("<html");
		assertThat(mvc.get().uri("/mein-weg?von={von}", DEMO + "gibt-es-nicht").accept(MediaType.TEXT_HTML))
			.hasStatus(404);
	}

	@Test
	void theChosenOccupationIsNamedInStepOneAndItsSkillsAreGroupedByTheHierarchy() throws IOException {
		String page = mvc.get()
			.uri("/mein-weg?von={von}", DEMO + "zerspanungsmechaniker")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		assertThat(html.select("#chosen-occupation").text()).contains("Gewählter Beruf:",
				"Zerspanungsmechaniker/Zerspanungsmechanikerin");
		assertThat(html.select("#beruf").attr("value")).isEqualTo("Zerspanungsmechaniker/Zerspanungsmechanikerin");
		assertThat(html.select("#chosen-occupation form")).as("visitors cannot remember an occupation").isEmpty();
		java.util.List<String> legends = html.select("fieldset[data-skill-group] > legend").eachText();
		assertThat(legends).first().asString().startsWith("Metall spanend bearbeiten (");
		assertThat(legends).anySatisfy(legend -> assertThat(legend).startsWith("Werkstoffe, Mechanik und Fertigungsverfahren ("))
			.anySatisfy(legend -> assertThat(legend).startsWith("Sicher und gesund arbeiten ("));
		org.jsoup.nodes.Element machining = html.select("fieldset[data-skill-group]").first();
		assertThat(machining.select("label").eachText()).contains("Werkstücke fräsen (wesentlich)", "5-Achs-Fräsen");
		assertThat(html.select("fieldset[data-skill-group] input[name=kompetenz]")).hasSize(
				occupations.occupation(DEMO + "zerspanungsmechaniker").orElseThrow().skills().size());
		assertThat(html.select("fieldset[data-skill-group] input[name=kompetenz]")).allSatisfy(box -> {
			assertThat(box.hasAttr("checked")).isTrue();
			assertThat(html.select("label[for=" + box.id() + "]")).hasSize(1);
		});
	}

	@Test
	void theCurrentOccupationIsRememberedForThePersonPrefillsMyPathAndIsExportedAndErased() throws IOException {
		PlatformUser person = testAccounts.user(Role.EMPLOYEE);
		personalData.erase(person.id()); // the test account is shared with other tests
		assertThat(mvc.get().uri("/mein-weg?von={von}", DEMO + "montierer").with(SecurityMockMvcRequestPostProcessors.user(person)))
			.bodyText()
			.contains("Als meinen heutigen Beruf merken");
		assertThat(currentOccupations.current(person.id())).as("a GET does not change it").isEmpty();
		assertThat(mvc.get().uri("/mein-weg").with(SecurityMockMvcRequestPostProcessors.user(person))).bodyText()
			.doesNotContain("id=\"profile\"");

		assertThat(mvc.post()
			.uri("/mein-weg/beruf")
			.with(SecurityMockMvcRequestPostProcessors.user(person))
			.with(csrf())
			.param("von", DEMO + "montierer")).hasStatus3xxRedirection();
		assertThat(currentOccupations.current(person.id()).orElseThrow().occupation().uri()).isEqualTo(DEMO + "montierer");
		String prefilled = mvc.get()
			.uri("/mein-weg")
			.with(SecurityMockMvcRequestPostProcessors.user(person))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(prefilled);
		assertThat(html.select("#chosen-occupation").text()).contains("Zuletzt gewählter Beruf:",
				"Montierer/Montiererin Fahrzeugteile", "(als Ihr heutiger Beruf gemerkt)");
		assertThat(html.select("#beruf").attr("value")).isEqualTo("Montierer/Montiererin Fahrzeugteile");
		assertThat(html.select("#step-skills").text()).contains("Montierer/Montiererin Fahrzeugteile");

		// confirming skills for another occupation makes it the current one
		assertThat(mvc.post()
			.uri("/mein-weg")
			.with(SecurityMockMvcRequestPostProcessors.user(person))
			.with(csrf())
			.param("von", DEMO + "motorenmonteur")
			.param("kompetenz", "https://demo.itas.local/taxonomy/skill/assembly")).hasStatusOk();
		assertThat(currentOccupations.current(person.id()).orElseThrow().occupation().uri()).isEqualTo(DEMO + "motorenmonteur");
		// saving a goal remembers where the person comes from
		assertThat(mvc.post()
			.uri("/mein-weg/ziel")
			.with(SecurityMockMvcRequestPostProcessors.user(person))
			.with(csrf())
			.param("von", DEMO + "kfz-mechatroniker")
			.param("nach", DEMO + "kfz-hv")).hasStatus3xxRedirection();
		assertThat(currentOccupations.current(person.id()).orElseThrow().occupation().uri()).isEqualTo(DEMO + "kfz-mechatroniker");

		java.util.Map<String, Object> exported = personalData.export(person.id());
		assertThat(exported).containsKey("currentOccupation");
		assertThat(exported.get("currentOccupation").toString()).contains(DEMO + "kfz-mechatroniker",
				"Kraftfahrzeugmechatroniker/Kraftfahrzeugmechatronikerin");

		assertThat(mvc.post()
			.uri("/mein-weg/beruf")
			.with(SecurityMockMvcRequestPostProcessors.user(person))
			.with(csrf())
			.param("von", DEMO + "gibt-es-nicht")).hasStatus(404);
		assertThat(mvc.post().uri("/mein-weg/beruf").with(csrf()).param("von", DEMO + "montierer"))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/login");

		personalData.erase(person.id());
		assertThat(currentOccupations.current(person.id())).isEmpty();
		assertThat(goals.goal(person.id())).isEmpty();
		assertThat(personalData.export(person.id())).doesNotContainKey("currentOccupation");
	}

	@Test
	void aPersonCanForgetTheRememberedOccupation() {
		PlatformUser person = testAccounts.user(Role.EMPLOYEE);
		currentOccupations.remember(person.id(), DEMO + "schweisser");
		assertThat(mvc.post().uri("/mein-weg/beruf/loeschen").with(SecurityMockMvcRequestPostProcessors.user(person)).with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/mein-weg?neu=true");
		assertThat(currentOccupations.current(person.id())).isEmpty();
	}

	@Test
	void englishPagesShowEnglishSkillLabelsAndTheEnglishAttribution() {
		assertThat(mvc.get().uri("/mein-weg?lang=en&von={von}", DEMO + "getriebe-zerspaner").accept(MediaType.TEXT_HTML))
			.hasStatusOk()
			.bodyText()
			.contains("gear technology", "This service uses the ESCO classification of the European Commission.");
	}

	@Test
	void aSignedInPersonComparesAndSavesAGoal() {
		PlatformUser person = testAccounts.user(Role.EMPLOYEE);
		assertThat(mvc.post()
			.uri("/mein-weg/vergleich")
			.with(SecurityMockMvcRequestPostProcessors.user(person))
			.with(csrf())
			.param("von", DEMO + "motorenmonteur")
			.param("nach", DEMO + "e-motor-monteur")).hasStatusOk()
			.bodyText()
			.contains("im Vergleich", "fehlt noch", "vorhanden", "Als mein Ziel speichern");
		assertThat(mvc.post()
			.uri("/mein-weg/ziel")
			.with(SecurityMockMvcRequestPostProcessors.user(person))
			.with(csrf())
			.param("von", DEMO + "motorenmonteur")
			.param("nach", DEMO + "e-motor-monteur")
			.param("kompetenz", "https://demo.itas.local/taxonomy/skill/assembly")).hasStatus3xxRedirection();
		SavedGoal goal = goals.goal(person.id()).orElseThrow();
		assertThat(goal.target().uri()).isEqualTo(DEMO + "e-motor-monteur");
		assertThat(goal.skillUris()).containsExactly("https://demo.itas.local/taxonomy/skill/assembly");
		assertThat(mvc.get().uri("/mein-weg").with(SecurityMockMvcRequestPostProcessors.user(person))).bodyText()
			.contains("Ihr gespeichertes Ziel");
		assertThat(goals.goal(UUID.randomUUID())).isEmpty();
	}

	@Test
	void visitorsMayNotSaveGoalsAndOnlyCompaniesSeeTeamPaths() {
		assertThat(mvc.post().uri("/mein-weg/ziel").with(csrf()).param("von", "x").param("nach", "y"))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/login");
		assertThat(mvc.get().uri("/team-wege").with(testAccounts.as(Role.EMPLOYEE))).hasStatus(403);
		assertThat(mvc.get()
			.uri("/team-wege?von={a}&von={b}", DEMO + "montierer", DEMO + "motorenmonteur")
			.with(testAccounts.as(Role.COMPANY_ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Rollen im Team (2)", "Wohin das Team gehen kann", "Passung");
		assertThat(mvc.get()
			.uri("/team-wege?von={a}&zukunft=true", DEMO + "montierer")
			.header("HX-Request", "true")
			.with(testAccounts.as(Role.COMPANY_MEMBER))).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"team-results\"")
			.contains("Zukunftsorientiert");
	}

	@Test
	void adminSeesTheTaxonomyAndOthersDoNot() {
		assertThat(mvc.get().uri("/admin/taxonomie").with(testAccounts.as(Role.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Kompetenz-Taxonomie (ESCO)", "classpath:skills/demo", "Import starten");
		assertThat(mvc.get().uri("/admin/taxonomie").with(testAccounts.as(Role.EMPLOYEE))).hasStatus(403);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void brokenExportsAreRefusedWithFileLineAndProblemAndChangeNothing(@TempDir Path temp) throws IOException {
		TaxonomyStatus before = imports.status().orElseThrow();
		int occupationsBefore = occupations.occupationCount();

		Path missing = copyDemo(temp.resolve("missing"));
		Files.delete(missing.resolve(EscoCsvReader.RELATIONS));
		assertRefused(missing, "occupationSkillRelations.csv: file is missing");

		Path columns = copyDemo(temp.resolve("columns"));
		replace(columns.resolve(EscoCsvReader.SKILLS), "preferredLabel", "prefLabel");
		assertRefused(columns, "skills_en.csv, line 1: missing column(s) preferredLabel");

		Path quoting = copyDemo(temp.resolve("quoting"));
		replace(quoting.resolve(EscoCsvReader.OCCUPATIONS), ",7223.2,", ",\"7223.2\"x,");
		assertRefused(quoting, "occupations_de.csv, line ");

		Path unknown = copyDemo(temp.resolve("unknown"));
		Files.writeString(unknown.resolve(EscoCsvReader.RELATIONS),
				"https://demo.itas.local/taxonomy/occupation/erfunden,essential,knowledge,https://demo.itas.local/taxonomy/skill/java\n",
				StandardOpenOption.APPEND);
		long lines = Files.readAllLines(unknown.resolve(EscoCsvReader.RELATIONS)).size();
		assertRefused(unknown, "occupationSkillRelations.csv, line " + lines
				+ ": unknown occupation https://demo.itas.local/taxonomy/occupation/erfunden");

		assertThat(imports.status().orElseThrow()).isEqualTo(before);
		assertThat(occupations.occupationCount()).isEqualTo(occupationsBefore);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void reimportIsIdempotentAndConceptsGoneFromANewerExportBecomeObsolete(@TempDir Path temp) throws IOException {
		Path demo = copyDemo(temp.resolve("demo"));
		ImportReport again = imports.importNow(demo);
		assertThat(again.success()).isTrue();
		assertThat(again.obsoleteOccupations()).isZero();
		assertThat(again.occupations()).isEqualTo(occupations.occupationCount());

		Path newer = copyDemo(temp.resolve("newer"));
		removeLinesContaining(newer.resolve(EscoCsvReader.OCCUPATIONS), "occupation/reman,");
		removeLinesContaining(newer.resolve(EscoCsvReader.RELATIONS), "occupation/reman,");
		removeLinesContaining(newer.resolve(EscoCsvReader.GREEN_SHARE), "occupation/reman,");
		try {
			ImportReport report = imports.importNow(newer);
			assertThat(report.success()).as(report.describe()).isTrue();
			assertThat(report.obsoleteOccupations()).isEqualTo(1);
			assertThat(occupations.occupation(DEMO + "reman")).isEmpty();
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> occupations.pathways(PathwayQuery.from(DEMO + "reman", 5)))
				.isInstanceOf(UnknownOccupationException.class);
		}
		finally {
			ImportReport restored = imports.importNow(demo);
			assertThat(restored.success()).isTrue();
			assertThat(occupations.occupation(DEMO + "reman")).isPresent();
		}
	}

	private void assertRefused(Path directory, String problem) {
		ImportReport report = imports.importNow(directory);
		assertThat(report.success()).isFalse();
		assertThat(report.problems()).as(report.describe()).anySatisfy(text -> assertThat(text).contains(problem));
	}

	private static Path copyDemo(Path target) throws IOException {
		Files.createDirectories(target);
		for (String file : java.util.List.of(EscoCsvReader.OCCUPATIONS, EscoCsvReader.SKILLS, EscoCsvReader.RELATIONS,
				EscoCsvReader.SKILLS_DE, EscoCsvReader.ISCO_GROUPS, EscoCsvReader.GREEN_SHARE, EscoCsvReader.GREEN,
				EscoCsvReader.DIGITAL, EscoCsvReader.TRANSVERSAL, EscoCsvReader.SKILL_GROUPS,
				EscoCsvReader.SKILL_HIERARCHY)) {
			Files.write(target.resolve(file), TaxonomySource.classpath("skills/demo").readAll(file));
		}
		return target;
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(content).contains(from);
		Files.writeString(file, content.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
	}

	private static void removeLinesContaining(Path file, String text) throws IOException {
		java.util.List<String> lines = Files.readAllLines(file);
		// multi-line records of the occupations file: drop the record by its URI line and its continuation lines
		java.util.List<String> kept = new java.util.ArrayList<>();
		boolean dropping = false;
		for (String line : lines) {
			if (line.contains(text)) {
				dropping = true;
				continue;
			}
			if (dropping && (line.startsWith("Occupation,") || line.startsWith("https://") || line.startsWith("\""))) {
				dropping = false;
			}
			if (!dropping) {
				kept.add(line);
			}
		}
		Files.write(file, kept);
	}

}
