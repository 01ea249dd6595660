package de.itas.platform.skills.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Character 3- to 5-gram TF-IDF vectors of texts (the labels of the occupations), compared by cosine: a
 * signal that needs no word boundaries, so that compounds, derivations and spelling variants the word
 * analysis does not know still meet ("Orthopädietechnik" ~ "Orthopädietechniker"). Texts are folded by
 * {@link GermanText#fold} first. Immutable and thread-safe.
 */
final class CharNgrams {

	private final int documents;
	private final int[] owner;
	private final Map<String, Integer> gramIds;
	private final float[] idf;
	private final int[][] postings;
	private final float[][] weights;
	private final ScratchPool<float[]> scratch;

	/**
	 * @param texts the texts to compare with
	 * @param owner for each text, the item it belongs to (an item scores as its best text)
	 */
	CharNgrams(List<String> texts, int[] owner) {
		this.documents = texts.size();
		this.owner = owner.clone();
		List<Map<String, Integer>> counts = new ArrayList<>(documents);
		Map<String, Integer> frequency = new HashMap<>();
		for (String text : texts) {
			Map<String, Integer> grams = grams(text);
			counts.add(grams);
			grams.keySet().forEach(gram -> frequency.merge(gram, 1, Integer::sum));
		}
		this.gramIds = new HashMap<>(frequency.size() * 2);
		this.idf = new float[frequency.size()];
		int[] sizes = new int[frequency.size()];
		for (Map.Entry<String, Integer> entry : frequency.entrySet()) {
			int id = gramIds.size();
			gramIds.put(entry.getKey(), id);
			idf[id] = idf(entry.getValue());
			sizes[id] = entry.getValue();
		}
		this.postings = new int[idf.length][];
		this.weights = new float[idf.length][];
		for (int id = 0; id < idf.length; id++) {
			postings[id] = new int[sizes[id]];
			weights[id] = new float[sizes[id]];
		}
		int[] filled = new int[idf.length];
		for (int doc = 0; doc < documents; doc++) {
			Map<String, Integer> grams = counts.get(doc);
			double norm = 0;
			for (Map.Entry<String, Integer> gram : grams.entrySet()) {
				double weight = (1 + Math.log(gram.getValue())) * idf[gramIds.get(gram.getKey())];
				norm += weight * weight;
			}
			double length = Math.sqrt(norm);
			for (Map.Entry<String, Integer> gram : grams.entrySet()) {
				int id = gramIds.get(gram.getKey());
				double weight = (1 + Math.log(gram.getValue())) * idf[id];
				postings[id][filled[id]] = doc;
				weights[id][filled[id]++] = (float) (weight / length);
			}
		}
		this.scratch = new ScratchPool<>(() -> new float[documents]);
	}

	private float idf(int frequency) {
		return (float) (Math.log((1.0 + documents) / (1.0 + frequency)) + 1);
	}

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	static String normalise(String text) {
		return normaliseFolded(GermanText.fold(text));
	}

	private static String normaliseFolded(String folded) {
		return NON_ALPHANUMERIC.matcher(folded).replaceAll(" ").strip();
	}

	private static Map<String, Integer> grams(String text) {
		return foldedGrams(GermanText.fold(text));
	}

	private static Map<String, Integer> foldedGrams(String folded) {
		String padded = " " + normaliseFolded(folded) + " ";
		Map<String, Integer> grams = new HashMap<>();
		for (int n = 3; n <= 5; n++) {
			for (int i = 0; i + n <= padded.length(); i++) {
				grams.merge(padded.substring(i, i + n), 1, Integer::sum);
			}
		}
		return grams;
	}

	/**
	 * Writes each item's best cosine into {@code best} (which must be zero-filled, one slot per item) and
	 * the text that gave it into {@code bestText}.
	 */
	void score(String query, float[] best, int[] bestText) {
		scoreFolded(GermanText.fold(query), best, bestText);
	}

	/** As {@link #score}, for a query already {@link GermanText#fold folded}. */
	void scoreFolded(String folded, float[] best, int[] bestText) {
		Map<String, Integer> grams = foldedGrams(folded);
		if (grams.isEmpty() || documents == 0) {
			return;
		}
		double norm = 0;
		for (Map.Entry<String, Integer> gram : grams.entrySet()) {
			Integer id = gramIds.get(gram.getKey());
			double weight = (1 + Math.log(gram.getValue())) * (id == null ? idf(0) : idf[id]);
			norm += weight * weight;
		}
		double length = Math.sqrt(norm);
		// zero between queries: the last loop below clears each slot it reads; a failed query drops its array
		float[] dot = scratch.take();
		for (Map.Entry<String, Integer> gram : grams.entrySet()) {
			Integer id = gramIds.get(gram.getKey());
			if (id == null) {
				continue;
			}
			float weight = (float) ((1 + Math.log(gram.getValue())) * idf[id] / length);
			int[] docs = postings[id];
			float[] docWeights = weights[id];
			for (int k = 0; k < docs.length; k++) {
				dot[docs[k]] += weight * docWeights[k];
			}
		}
		for (int doc = 0; doc < documents; doc++) {
			float value = dot[doc];
			dot[doc] = 0;
			if (value > best[owner[doc]]) {
				best[owner[doc]] = value;
				bestText[owner[doc]] = doc;
			}
		}
		scratch.give(dot);
	}

}
