package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/** Ranking of pathways on the demo taxonomy. */
class PathwayUnitTests {

	private static final String DEMO = "https://demo.itas.local/taxonomy/occupation/";

	private static final TaxonomyIndex INDEX = TaxonomyIndex.build(
			EscoCsvReader.read(TaxonomySource.classpath("skills/demo")).snapshot(), 1,
			new TaxonomyIndex.FutureThresholds(0.1, 0.15));

	@Test
	void aGearboxMachinistReachesOtherMachiningJobsFirstAndSeesWhatIsMissingEssentialFirst() {
		List<Pathway> pathways = INDEX.pathways(PathwayQuery.from(DEMO + "getriebe-zerspaner", 10));
		assertThat(pathways).hasSize(10);
		assertThat(pathways).extracting(Pathway::uri).doesNotContain(DEMO + "getriebe-zerspaner");
		assertThat(pathways.subList(0, 3)).extracting(Pathway::uri)
			.containsAnyOf(DEMO + "zerspanungsmechaniker", DEMO + "cnc-dreher", DEMO + "schleifer");
		assertThat(pathways).extracting(Pathway::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		for (Pathway pathway : pathways) {
			List<Boolean> essentials = pathway.missingSkills().stream().map(SkillRequirement::essential).toList();
			assertThat(essentials).as("missing skills of %s, essential first", pathway.label())
				.isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
			assertThat(pathway.sharedSkills()).isNotEmpty();
		}
	}

	@Test
	void ownSkillsReplaceTheOccupationsDefaultsAndFiltersApply() {
		List<String> hvSkills = List.of("https://demo.itas.local/taxonomy/skill/hv-safety",
				"https://demo.itas.local/taxonomy/skill/battery-assembly",
				"https://demo.itas.local/taxonomy/skill/assembly");
		List<Pathway> pathways = INDEX
			.pathways(new PathwayQuery(List.of(DEMO + "montierer"), hvSkills, 3, false, false));
		assertThat(pathways.get(0).uri()).isEqualTo(DEMO + "batteriemonteur");

		List<Pathway> future = INDEX.pathways(new PathwayQuery(List.of(DEMO + "motorenmonteur"), null, 10, true, true));
		assertThat(future).isNotEmpty().allSatisfy(pathway -> {
			assertThat(INDEX.isFutureOriented(pathway.target())).isTrue();
			assertThat(pathway.target().iscoGroup()).isNotEqualTo("8211");
		});
	}

	@Test
	void essentialSkillsWeighMoreThanOptionalOnes() {
		String essential = "https://demo.itas.local/taxonomy/skill/battery-assembly";
		String optional = "https://demo.itas.local/taxonomy/skill/clean-room";
		double withEssential = scoreOf(List.of(essential, "https://demo.itas.local/taxonomy/skill/safety"));
		double withOptional = scoreOf(List.of(optional, "https://demo.itas.local/taxonomy/skill/safety"));
		assertThat(withEssential).isGreaterThan(withOptional);
	}

	private static double scoreOf(List<String> skills) {
		return INDEX.pathways(new PathwayQuery(List.of(DEMO + "montierer"), skills, 50, false, false))
			.stream()
			.filter(pathway -> pathway.uri().equals(DEMO + "batteriemonteur"))
			.findFirst()
			.orElseThrow()
			.score();
	}

}
