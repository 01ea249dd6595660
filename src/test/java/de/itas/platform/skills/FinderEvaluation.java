package de.itas.platform.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import de.itas.platform.skills.engine.TaxonomySnapshot;

/**
 * The finder's evaluation: job titles with the occupations that count as right, and the measures
 * (mean reciprocal rank over the top 10, accuracy at 1, recall at 10).
 */
public final class FinderEvaluation {

	public record Case(String query, Set<String> expectedLabels) {
	}

	public record Outcome(Case test, int rank, List<String> top) {
	}

	public record Metrics(int cases, double mrr, double accuracyAt1, double recallAt10, List<Outcome> outcomes) {

		public String summary() {
			return String.format(Locale.ROOT, "%d queries: MRR %.3f, accuracy@1 %.3f, recall@10 %.3f", cases, mrr,
					accuracyAt1, recallAt10);
		}

		public List<Outcome> misses() {
			return outcomes.stream().filter(outcome -> outcome.rank() != 1).toList();
		}

	}

	private FinderEvaluation() {
	}

	public static List<Case> cases(String resource) {
		try (InputStream in = FinderEvaluation.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			List<Case> cases = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				cases.add(new Case(columns[0], new HashSet<>(Arrays.asList(columns[1].strip().split("\\|")))));
			}
			return cases;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param search gives the preferred labels of the top 10 occupations for a query
	 */
	public static Metrics evaluate(List<Case> cases, BiFunction<String, Integer, List<String>> search) {
		double reciprocal = 0;
		int first = 0;
		int inTop10 = 0;
		List<Outcome> outcomes = new ArrayList<>();
		for (Case test : cases) {
			List<String> top = search.apply(test.query(), 10);
			int rank = 0;
			for (int i = 0; i < top.size(); i++) {
				if (test.expectedLabels().contains(top.get(i))) {
					rank = i + 1;
					break;
				}
			}
			if (rank > 0) {
				reciprocal += 1.0 / rank;
				inTop10++;
				if (rank == 1) {
					first++;
				}
			}
			outcomes.add(new Outcome(test, rank, top));
		}
		int n = cases.size();
		return new Metrics(n, reciprocal / n, (double) first / n, (double) inTop10 / n, outcomes);
	}

	/** Every expected label names an occupation of the taxonomy (a typo in the test set would hide misses). */
	public static List<String> unknownExpectations(List<Case> cases, TaxonomySnapshot snapshot) {
		Set<String> labels = new HashSet<>();
		snapshot.occupations().forEach(occupation -> labels.add(occupation.preferredLabel()));
		return cases.stream()
			.flatMap(test -> test.expectedLabels().stream())
			.filter(label -> !labels.contains(label))
			.toList();
	}

}
