package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.TaxonomyIndex;

/**
 * The finder on the full ESCO data against the project's own set of job titles, and against the
 * character n-gram TF-IDF baseline. Prints the figures reported in docs/benchmarks.md.
 */
class FinderEvaluationTests {

	private static final String CASES = "/skills/evaluation/finder-esco.tsv";

	@Test
	void finderFindsRealisticJobTitlesAndBeatsTheNgramBaselineByAWideMargin() {
		TaxonomyIndex index = EscoTestData.index();
		List<FinderEvaluation.Case> cases = FinderEvaluation.cases(CASES);
		assertThat(FinderEvaluation.unknownExpectations(cases, EscoTestData.read().snapshot())).isEmpty();

		FinderEvaluation.Metrics finder = FinderEvaluation.evaluate(cases,
				(query, limit) -> index.search(query, limit).stream().map(OccupationMatch::label).toList());
		NgramBaseline baseline = new NgramBaseline(EscoTestData.read().snapshot());
		FinderEvaluation.Metrics ngram = FinderEvaluation.evaluate(cases, baseline::search);

		System.out.println("Finder evaluation (ESCO, " + index.occupationCount() + " occupations)");
		System.out.println("  finder:   " + finder.summary());
		System.out.println("  baseline: " + ngram.summary());
		System.out.println("  finder misses:\n" + finder.misses()
			.stream()
			.map(miss -> "    " + miss.test().query() + " -> rank " + miss.rank() + " " + miss.top().stream().limit(3).toList())
			.collect(Collectors.joining("\n")));

		assertThat(finder.mrr()).isGreaterThan(0.8);
		assertThat(finder.recallAt10()).isGreaterThan(0.9);
		assertThat(finder.mrr() - ngram.mrr()).as("margin over the n-gram baseline").isGreaterThan(0.05);
	}

}
