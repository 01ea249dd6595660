package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySnapshot;
import de.itas.platform.skills.engine.TaxonomySnapshot.Relation;
import de.itas.platform.skills.engine.TaxonomySnapshot.Skill;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * The self-written demo taxonomy (written by {@code tools/skills/make-demo-taxonomy.py}): its counts, that
 * every occupation has a realistic skill set, every skill sits in a group of the skill hierarchy, and that
 * the pathways the issue names make sense on it.
 */
class SkillsDemoTaxonomyUnitTests {

	private static final String DEMO = "https://demo.itas.local/taxonomy/occupation/";

	private static final TaxonomySnapshot SNAPSHOT = EscoCsvReader.read(TaxonomySource.classpath("skills/demo"))
		.snapshot();

	private static final TaxonomyIndex INDEX = TaxonomyIndex.build(SNAPSHOT, 1,
			new TaxonomyIndex.FutureThresholds(0.1, 0.15));

	@Test
	void theDemoHasItsDocumentedCounts() {
		assertThat(SNAPSHOT.occupations()).hasSize(65);
		assertThat(SNAPSHOT.skills()).hasSize(390);
		assertThat(SNAPSHOT.relations()).hasSize(1341);
		assertThat(SNAPSHOT.skillGroups()).hasSize(31);
		assertThat(SNAPSHOT.warnings()).isEmpty();
		assertThat(SNAPSHOT.skills()).allSatisfy(skill -> {
			assertThat(skill.labelDe()).as(skill.uri()).isNotBlank();
			assertThat(skill.labelEn()).as(skill.uri()).isNotBlank();
			assertThat(skill.type()).as(skill.uri()).isIn("knowledge", "skill/competence");
			assertThat(skill.reuseLevel()).as(skill.uri()).isNotBlank();
		});
		assertThat(SNAPSHOT.skills().stream().filter(Skill::green)).hasSizeGreaterThan(50);
		assertThat(SNAPSHOT.skills().stream().filter(Skill::digital)).hasSizeGreaterThan(80);
		assertThat(SNAPSHOT.skills().stream().filter(Skill::transversal)).hasSizeGreaterThan(25);
	}

	@Test
	void everyOccupationHasARealisticSkillSetAndEverySkillIsUsed() {
		Map<String, Integer> essential = new HashMap<>();
		Map<String, Integer> all = new HashMap<>();
		Set<String> used = new HashSet<>();
		for (Relation relation : SNAPSHOT.relations()) {
			all.merge(relation.occupationUri(), 1, Integer::sum);
			if (relation.essential()) {
				essential.merge(relation.occupationUri(), 1, Integer::sum);
			}
			used.add(relation.skillUri());
		}
		SNAPSHOT.occupations().forEach(occupation -> {
			assertThat(all.get(occupation.uri())).as(occupation.preferredLabel()).isBetween(14, 40);
			assertThat(essential.get(occupation.uri())).as(occupation.preferredLabel()).isGreaterThanOrEqualTo(6);
		});
		assertThat(used).hasSize(SNAPSHOT.skills().size());
	}

	@Test
	void everySkillBelongsToAGroupBelowAPillar() {
		Set<String> groups = new HashSet<>();
		SNAPSHOT.skillGroups().forEach(group -> groups.add(group.uri()));
		Map<String, String> broader = new HashMap<>();
		SNAPSHOT.skillHierarchy().forEach(link -> broader.put(link.conceptUri(), link.broaderUri()));
		for (Skill skill : SNAPSHOT.skills()) {
			String group = broader.get(skill.uri());
			assertThat(group).as(skill.uri()).isNotNull();
			assertThat(groups).contains(group);
			assertThat(broader.get(group)).as("pillar of " + group).isNotNull();
			assertThat(broader.get(broader.get(group))).as("a pillar has no broader concept").isNull();
		}
	}

	@Test
	void thePathwaysTheIssueNamesMakeSense() {
		assertThat(top(DEMO + "zerspanungsmechaniker", 5, false)).contains(DEMO + "cnc-fraeser", DEMO + "cnc-dreher");
		assertThat(top(DEMO + "zerspanungsmechaniker", 10, true)).as("future-oriented, other ISCO group")
			.containsAnyOf(DEMO + "e-motor-monteur", DEMO + "elektromotorenwickler", DEMO + "additive");
		assertThat(top(DEMO + "kfz-mechatroniker", 3, false)).contains(DEMO + "kfz-hv");
		assertThat(top(DEMO + "montierer", 5, false)).contains(DEMO + "batteriemonteur");
		assertThat(top(DEMO + "montierer", 3, true)).contains(DEMO + "batteriemonteur");
	}

	@Test
	void anOccupationsSkillsAreGroupedUnderTheHeadingsOfTheHierarchy() {
		OccupationDetails machinist = INDEX.occupation(DEMO + "zerspanungsmechaniker").orElseThrow();
		List<SkillGroupSkills> groups = INDEX.group(machinist.skills());
		assertThat(groups).extracting(SkillGroupSkills::label)
			.startsWith("Metall spanend bearbeiten")
			.contains("Werkstoffe, Mechanik und Fertigungsverfahren", "Sicher und gesund arbeiten")
			.doesNotHaveDuplicates()
			.doesNotContainNull();
		assertThat(groups.stream().mapToInt(group -> group.skills().size()).sum()).isEqualTo(machinist.skills().size());
		assertThat(groups.get(0).skills()).extracting(SkillRequirement::label).contains("Werkstücke fräsen", "Werkstücke drehen");
		// pillars in ESCO's order: skills, knowledge, transversal, languages; codes in natural order (S2 before S10)
		List<String> labels = groups.stream().map(SkillGroupSkills::label).toList();
		assertThat(labels.indexOf("Montieren, Fügen und Umformen")).isLessThan(labels.indexOf("Werkstoffe, Mechanik und Fertigungsverfahren"));
		assertThat(labels.indexOf("Werkstoffe, Mechanik und Fertigungsverfahren")).isLessThan(labels.indexOf("Sicher und gesund arbeiten"));
	}

	@Test
	void skillsTheHierarchyDoesNotPlaceGoToAGroupOfTheirOwnAtTheEnd() {
		String java = "https://demo.itas.local/taxonomy/skill/java";
		TaxonomySnapshot withoutJava = new TaxonomySnapshot(SNAPSHOT.occupations(), SNAPSHOT.skills(),
				SNAPSHOT.relations(), SNAPSHOT.iscoGroups(), SNAPSHOT.skillGroups(),
				SNAPSHOT.skillHierarchy().stream().filter(link -> !link.conceptUri().equals(java)).toList(), List.of());
		TaxonomyIndex index = TaxonomyIndex.build(withoutJava, 1, new TaxonomyIndex.FutureThresholds(0.1, 0.15));
		List<SkillGroupSkills> groups = index.group(index.occupation(DEMO + "softwareentwickler").orElseThrow().skills());
		SkillGroupSkills last = groups.get(groups.size() - 1);
		assertThat(last.other()).isTrue();
		assertThat(last.label()).isNull();
		assertThat(last.skills()).extracting(SkillRequirement::uri).containsExactly(java);
		assertThat(groups.subList(0, groups.size() - 1)).noneMatch(SkillGroupSkills::other);

		TaxonomySnapshot noHierarchy = new TaxonomySnapshot(SNAPSHOT.occupations(), SNAPSHOT.skills(),
				SNAPSHOT.relations(), SNAPSHOT.iscoGroups(), List.of(), List.of(), List.of());
		TaxonomyIndex flat = TaxonomyIndex.build(noHierarchy, 1, new TaxonomyIndex.FutureThresholds(0.1, 0.15));
		assertThat(flat.group(flat.occupation(DEMO + "montierer").orElseThrow().skills())).singleElement()
			.satisfies(group -> assertThat(group.other()).isTrue());
	}

	private static List<String> top(String from, int limit, boolean future) {
		List<Pathway> pathways = INDEX.pathways(new PathwayQuery(List.of(from), null, limit, future, future));
		return pathways.stream().map(Pathway::uri).toList();
	}

}
