package de.itas.platform.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.itas.platform.skills.engine.TaxonomySnapshot;
import de.itas.platform.skills.engine.TaxonomySnapshot.Occupation;

/**
 * The baseline the finder is measured against: character 3- to 5-gram TF-IDF vectors of lower-cased
 * labels and query, cosine similarity, an occupation scoring as its best label. No folding, no stemming,
 * no compounds, no synonyms.
 */
public final class NgramBaseline {

	private final List<Occupation> occupations;
	private final List<Map<String, Double>> labelVectors = new ArrayList<>();
	private final List<Integer> labelOwners = new ArrayList<>();
	private final Map<String, Integer> documentFrequency = new HashMap<>();
	private final int labels;

	public NgramBaseline(TaxonomySnapshot snapshot) {
		this.occupations = snapshot.occupations();
		List<Map<String, Integer>> counts = new ArrayList<>();
		for (int i = 0; i < occupations.size(); i++) {
			Occupation occupation = occupations.get(i);
			List<String> all = new ArrayList<>();
			all.add(occupation.preferredLabel());
			all.addAll(occupation.altLabels());
			all.addAll(occupation.hiddenLabels());
			for (String label : all) {
				Map<String, Integer> grams = grams(label);
				counts.add(grams);
				labelOwners.add(i);
				grams.keySet().forEach(gram -> documentFrequency.merge(gram, 1, Integer::sum));
			}
		}
		this.labels = counts.size();
		for (Map<String, Integer> grams : counts) {
			labelVectors.add(vector(grams));
		}
	}

	private static Map<String, Integer> grams(String text) {
		String padded = " " + text.toLowerCase(Locale.ROOT) + " ";
		Map<String, Integer> grams = new HashMap<>();
		for (int n = 3; n <= 5; n++) {
			for (int i = 0; i + n <= padded.length(); i++) {
				grams.merge(padded.substring(i, i + n), 1, Integer::sum);
			}
		}
		return grams;
	}

	private Map<String, Double> vector(Map<String, Integer> grams) {
		Map<String, Double> vector = new HashMap<>();
		double norm = 0;
		for (Map.Entry<String, Integer> gram : grams.entrySet()) {
			double idf = Math.log(1.0 + (double) labels / documentFrequency.getOrDefault(gram.getKey(), 1));
			double weight = (1 + Math.log(gram.getValue())) * idf;
			vector.put(gram.getKey(), weight);
			norm += weight * weight;
		}
		double length = Math.sqrt(norm);
		vector.replaceAll((gram, weight) -> weight / length);
		return vector;
	}

	public List<String> search(String query, int limit) {
		Map<String, Double> q = vector(grams(query));
		double[] best = new double[occupations.size()];
		for (int label = 0; label < labelVectors.size(); label++) {
			Map<String, Double> vector = labelVectors.get(label);
			double dot = 0;
			for (Map.Entry<String, Double> gram : q.entrySet()) {
				Double weight = vector.get(gram.getKey());
				if (weight != null) {
					dot += weight * gram.getValue();
				}
			}
			int owner = labelOwners.get(label);
			best[owner] = Math.max(best[owner], dot);
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < best.length; i++) {
			if (best[i] > 0) {
				order.add(i);
			}
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -best[i]));
		return order.stream().limit(limit).map(i -> occupations.get(i).preferredLabel()).toList();
	}

}
