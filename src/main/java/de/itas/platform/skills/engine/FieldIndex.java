package de.itas.platform.skills.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One text field per item (all labels of an occupation, its description, the labels of its skills…)
 * scored against a query with BM25, normalised by the score a document containing every query term
 * very often would reach, so that scores of different queries and fields are comparable (0 to below 1).
 * Terms are the finder's analysed words and compound parts. Immutable and thread-safe.
 */
final class FieldIndex {

	private static final float K1 = 1.2f;

	private static final float B = 0.75f;

	private final int documents;
	private final Map<String, Integer> termIds;
	private final float[] idf;
	private final int[][] postings;
	private final float[][] saturated;

	/** @param documents per item, its terms with their counts */
	FieldIndex(List<Map<String, Float>> documents) {
		this.documents = documents.size();
		Map<String, List<int[]>> build = new HashMap<>();
		double totalLength = 0;
		float[] length = new float[this.documents];
		for (int doc = 0; doc < this.documents; doc++) {
			for (float count : documents.get(doc).values()) {
				length[doc] += count;
			}
			totalLength += length[doc];
		}
		double average = this.documents == 0 ? 1 : Math.max(1e-6, totalLength / this.documents);
		Map<String, List<float[]>> values = new HashMap<>();
		for (int doc = 0; doc < this.documents; doc++) {
			for (Map.Entry<String, Float> term : documents.get(doc).entrySet()) {
				float tf = term.getValue();
				float value = (float) (tf * (K1 + 1) / (tf + K1 * (1 - B + B * length[doc] / average)));
				build.computeIfAbsent(term.getKey(), key -> new ArrayList<>()).add(new int[] { doc });
				values.computeIfAbsent(term.getKey(), key -> new ArrayList<>()).add(new float[] { value });
			}
		}
		this.termIds = new HashMap<>(build.size() * 2);
		this.idf = new float[build.size()];
		this.postings = new int[build.size()][];
		this.saturated = new float[build.size()][];
		for (Map.Entry<String, List<int[]>> entry : build.entrySet()) {
			int id = termIds.size();
			termIds.put(entry.getKey(), id);
			int frequency = entry.getValue().size();
			idf[id] = (float) Math.log(1 + (this.documents - frequency + 0.5) / (frequency + 0.5));
			postings[id] = entry.getValue().stream().mapToInt(posting -> posting[0]).toArray();
			List<float[]> termValues = values.get(entry.getKey());
			saturated[id] = new float[termValues.size()];
			for (int k = 0; k < termValues.size(); k++) {
				saturated[id][k] = termValues.get(k)[0];
			}
		}
	}

	/**
	 * Adds each item's normalised BM25 score for the weighted query terms into {@code scores}; terms the
	 * field does not know count towards the maximum (a query about something else scores lower).
	 */
	void score(Map<String, Float> query, float[] scores) {
		double maximum = 0;
		for (Map.Entry<String, Float> term : query.entrySet()) {
			Integer id = termIds.get(term.getKey());
			float termIdf = id == null ? (float) Math.log(1 + (documents + 0.5) / 0.5) : idf[id];
			maximum += termIdf * (K1 + 1) * term.getValue();
		}
		if (maximum <= 0) {
			return;
		}
		for (Map.Entry<String, Float> term : query.entrySet()) {
			Integer id = termIds.get(term.getKey());
			if (id == null) {
				continue;
			}
			float weight = (float) (idf[id] * term.getValue() / maximum);
			int[] docs = postings[id];
			float[] values = saturated[id];
			for (int k = 0; k < docs.length; k++) {
				scores[docs[k]] += weight * values[k];
			}
		}
	}

	/** Whether the item's field contains the term. */
	boolean contains(int doc, String term) {
		return contains(doc, term(term));
	}

	/** The term's number in this field (for {@link #contains(int, int)}), or -1 for a term it does not know. */
	int term(@Nullable String term) {
		Integer id = term == null ? null : termIds.get(term);
		return id == null ? -1 : id;
	}

	/** Whether the item's field contains the term of that {@link #term number}. */
	boolean contains(int doc, int term) {
		return term >= 0 && java.util.Arrays.binarySearch(postings[term], doc) >= 0;
	}

}
