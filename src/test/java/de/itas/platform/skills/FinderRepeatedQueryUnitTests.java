package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * The finder lends its working arrays from query to query: a query must answer the same on a fresh index,
 * after any other queries (typos, compounds, odd input) and while other threads search.
 */
class FinderRepeatedQueryUnitTests {

	private static final List<String> QUERIES = List.of("Mechatroniker/in", "Industriemechaiker", "CNC-Fräser",
			"Schichtleiter Motorenmontage", "Lagerist", "Qualitätsprüferin", "Mechatr", "Kfz Kfz Kfz Kfz",
			"Schweisser", "Zerspanungsmechanikr", "<script>alert(1)</script>", "HV Techniker");

	private static TaxonomyIndex fresh() {
		return TaxonomyIndex.build(EscoCsvReader.read(TaxonomySource.classpath("skills/demo")).snapshot(), 1,
				new TaxonomyIndex.FutureThresholds(0.1, 0.15));
	}

	@Test
	void aQueryAnswersAsOnAFreshIndexAfterOtherQueriesAndAlongsideOtherThreads() throws Exception {
		Map<String, List<OccupationMatch>> alone = new LinkedHashMap<>();
		for (String query : QUERIES) {
			alone.put(query, fresh().search(query, 10));
		}
		assertThat(alone.get("Industriemechaiker")).as("a typo is corrected").isNotEmpty();
		assertThat(alone.get("Mechatroniker/in")).isNotEmpty();

		TaxonomyIndex shared = fresh();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < QUERIES.size(); i++) {
				// a different order each round, so that every query follows different ones
				String query = QUERIES.get((i * (round + 5)) % QUERIES.size());
				assertThat(shared.search(query, 10)).as("%s in round %d", query, round).isEqualTo(alone.get(query));
			}
		}

		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Map<String, List<OccupationMatch>>>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int offset = t;
				results.add(threads.submit(() -> {
					Map<String, List<OccupationMatch>> found = new LinkedHashMap<>();
					for (int i = 0; i < 5 * QUERIES.size(); i++) {
						String query = QUERIES.get((i + offset) % QUERIES.size());
						List<OccupationMatch> matches = shared.search(query, 10);
						List<OccupationMatch> earlier = found.putIfAbsent(query, matches);
						if (earlier != null && !earlier.equals(matches)) {
							found.put(query + " (changed)", matches);
						}
					}
					return found;
				}));
			}
			for (Future<Map<String, List<OccupationMatch>>> result : results) {
				assertThat(result.get()).isEqualTo(alone);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
