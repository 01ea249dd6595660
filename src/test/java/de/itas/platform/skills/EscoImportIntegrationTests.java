package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import de.itas.platform.PlatformTest;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * CI imports the full ESCO data ({@code ITAS_ESCO_TEST_DIR}) into the platform's database and checks the
 * counts, the finder and the pathways on it; afterwards the demo taxonomy is imported again for the
 * other tests of the shared context.
 */
@PlatformTest
class EscoImportIntegrationTests {

	@Autowired
	TaxonomyImports imports;

	@Autowired
	TaxonomyImporter importer;

	@Autowired
	Occupations occupations;

	@Autowired
	org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

	@Test
	@WithMockUser(roles = "ADMIN")
	void theFullEscoExportIsImportedCountedAndServed() throws java.io.IOException {
		Path directory = EscoTestData.directory();
		try {
			ImportReport report = imports.importNow(directory);
			System.out.println(report.describe());
			assertThat(report.success()).as(report.describe()).isTrue();
			assertThat(report.occupations()).isEqualTo(3039);
			assertThat(report.skills()).isEqualTo(13896);
			assertThat(report.relations()).isEqualTo(123855 - 191);
			assertThat(report.warnings()).anySatisfy(warning -> assertThat(warning).contains("191 relations of 4 occupations"));
			assertThat(occupations.occupationCount()).isEqualTo(3039);

			List<OccupationMatch> matches = occupations.search("CNC-Fräser", 5);
			assertThat(matches.get(0).label()).isEqualTo("CNC-Fräser/CNC-Fräserin");
			List<Pathway> pathways = occupations.pathways(PathwayQuery.from(matches.get(0).uri(), 10));
			assertThat(pathways).hasSize(10);
			assertThat(pathways.get(0).sharedSkills()).isNotEmpty();

			// "Mein Weg" groups the skills under the level-1 groups of the ESCO skill hierarchy
			OccupationDetails cnc = occupations.occupation(matches.get(0).uri()).orElseThrow();
			List<SkillGroupSkills> groups = occupations.groupByHierarchy(cnc.skills());
			assertThat(groups).extracting(SkillGroupSkills::label).contains("Arbeiten mit Maschinen und Spezialausrüstungen");
			assertThat(groups.stream().mapToInt(group -> group.skills().size()).sum()).isEqualTo(cnc.skills().size());
			String page = mvc.get().uri("/mein-weg?von={von}", cnc.uri()).exchange().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
			assertThat(html.select("#chosen-occupation").text()).contains("CNC-Fräser/CNC-Fräserin");
			assertThat(html.select("fieldset[data-skill-group] > legend").eachText())
				.anySatisfy(legend -> assertThat(legend).startsWith("Arbeiten mit Maschinen und Spezialausrüstungen ("));
			assertThat(html.select("fieldset[data-skill-group] input[name=kompetenz]")).hasSize(cnc.skills().size());

			ImportReport again = importer.run(TaxonomySource.directory(directory), false);
			assertThat(again.alreadyImported()).isTrue();
		}
		finally {
			ImportReport demo = importer.run(TaxonomySource.classpath("skills/demo"), true);
			assertThat(demo.success()).isTrue();
		}
	}

}
