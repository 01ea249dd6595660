package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.TaxonomyIndex;

/**
 * Pathways on the full ESCO data: occupations of the same ISCO unit group share much of their work, so a
 * good ranking brings an occupation's siblings into its top 10. Measured over every occupation that has
 * skills and at least one sibling with skills.
 */
class PathwayEvaluationTests {

	@Test
	void sameUnitGroupSiblingsRankHighAmongThePathways() {
		TaxonomyIndex index = EscoTestData.index();
		Map<String, Integer> groupSizes = new HashMap<>();
		List<String> uris = index.occupationUris();
		for (String uri : uris) {
			if (index.summary(uri).orElseThrow().skillCount() > 0) {
				groupSizes.merge(Objects.requireNonNull(index.iscoGroupOf(uri)), 1, Integer::sum);
			}
		}
		int evaluated = 0;
		double recallSum = 0;
		double precisionSum = 0;
		int firstIsSibling = 0;
		for (String uri : uris) {
			String group = index.iscoGroupOf(uri);
			int siblings = groupSizes.getOrDefault(group, 0) - 1;
			if (index.summary(uri).orElseThrow().skillCount() == 0 || siblings < 1) {
				continue;
			}
			List<Pathway> top = index.pathways(PathwayQuery.from(uri, 10));
			long found = top.stream().filter(pathway -> group.equals(pathway.target().iscoGroup())).count();
			recallSum += (double) found / Math.min(10, siblings);
			precisionSum += found / 10.0;
			if (!top.isEmpty() && group.equals(top.get(0).target().iscoGroup())) {
				firstIsSibling++;
			}
			evaluated++;
		}
		double recall = recallSum / evaluated;
		System.out.println(String.format(Locale.ROOT,
				"Pathway evaluation (ESCO): %d occupations; siblings in top 10: recall %.3f, precision %.3f; top 1 is a sibling: %.3f",
				evaluated, recall, precisionSum / evaluated, (double) firstIsSibling / evaluated));
		assertThat(evaluated).isGreaterThan(2500);
		assertThat(recall).isGreaterThan(0.4);
	}

}
