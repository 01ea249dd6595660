package de.itas.platform.skills.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import de.itas.platform.skills.engine.TaxonomySnapshot.Occupation;

/**
 * Finds occupations for a job title as people write it. Every label (preferred, alternative, hidden) is
 * indexed twice: by its words and compound parts (after {@link GermanText}'s folding and stemming), and
 * by character trigrams. A query is scored against each label by a blend of both cosine similarities
 * with inverse label frequency weights, so rare words ("Zerspanung") count more than common ones
 * ("Fachkraft"); unknown words are corrected to the nearest known word (small typos) or, for the word
 * being typed, completed by prefix. An occupation scores as its best label.
 * <p>
 * Immutable and thread-safe once built; the per-label working arrays of a query are lent to it alone
 * ({@link ScratchPool}) and left zeroed when it ends.
 */
public final class OccupationFinder {

	private static final double WORD_SHARE = 0.75;

	/** A compound that can be split weighs less itself, so that its parts carry the match. */
	private static final float COMPOUND_WEIGHT = 0.6f;

	private static final float PART_WEIGHT = 0.8f;

	private static final float DEEP_PART_WEIGHT = 0.5f;

	/** Above 0.5, covering the query counts more than covering the label (0.5 is the cosine). */
	private static final double QUERY_COVERAGE = 0.6;

	private static final float CORRECTED_WEIGHT = 0.8f;

	private static final float PREFIX_WEIGHT = 0.7f;

	/** A little preference for how the taxonomy itself names an occupation. */
	private static final float[] KIND_PRIOR = { 1.0f, 0.98f, 0.95f };

	private final int occupationCount;
	private final String[] labelText;
	private final int[] labelOccupation;
	private final byte[] labelKind;
	private final float[] labelWordNorm;
	private final float[] labelGramNorm;

	private final Map<String, Integer> wordIds;
	private final float[] wordIdf;
	private final int[][] wordPostings;
	private final float[][] wordPostingWeights;
	private final String[] sortedWords;
	private final Map<String, int[]> wordsByGram;

	private final Map<String, Integer> gramIds;
	private final float[] gramIdf;
	private final int[][] gramPostings;

	private final Compounds compounds;

	private final ScratchPool<LabelScratch> labelScratch;

	private final ScratchPool<WordScratch> wordScratch;

	/**
	 * @param occupations the occupations, in the order whose positions {@link Hit#occupation()} returns
	 * @param vocabulary extra words that may be compound parts (e.g. from skill labels)
	 */
	public OccupationFinder(List<Occupation> occupations, Set<String> vocabulary) {
		this.occupationCount = occupations.size();
		List<String> texts = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		List<Byte> kinds = new ArrayList<>();
		for (int i = 0; i < occupations.size(); i++) {
			Occupation occupation = occupations.get(i);
			int owner = i;
			Set<String> seen = new HashSet<>();
			addLabel(occupation.preferredLabel(), i, (byte) 0, seen, texts, owners, kinds);
			occupation.altLabels().forEach(label -> addLabel(label, owner, (byte) 1, seen, texts, owners, kinds));
			occupation.hiddenLabels().forEach(label -> addLabel(label, owner, (byte) 2, seen, texts, owners, kinds));
		}
		int labels = texts.size();
		this.labelText = texts.toArray(String[]::new);
		this.labelOccupation = owners.stream().mapToInt(Integer::intValue).toArray();
		this.labelKind = new byte[labels];
		for (int i = 0; i < labels; i++) {
			labelKind[i] = kinds.get(i);
		}

		List<List<String>> labelWords = new ArrayList<>(labels);
		Set<String> partVocabulary = new HashSet<>(vocabulary);
		for (String text : texts) {
			List<String> words = GermanText.words(text);
			labelWords.add(words);
			partVocabulary.addAll(words);
		}
		this.compounds = new Compounds(partVocabulary);

		// word features per label: the words themselves (weight 1) and their compound parts
		List<Map<String, Float>> labelFeatures = new ArrayList<>(labels);
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (List<String> words : labelWords) {
			Map<String, Float> features = features(words);
			labelFeatures.add(features);
			features.keySet().forEach(feature -> documentFrequency.merge(feature, 1, Integer::sum));
		}
		this.wordIds = new HashMap<>(documentFrequency.size() * 2);
		this.sortedWords = documentFrequency.keySet().stream().sorted().toArray(String[]::new);
		for (String word : sortedWords) {
			wordIds.put(word, wordIds.size());
		}
		this.wordIdf = new float[sortedWords.length];
		for (String word : sortedWords) {
			wordIdf[wordIds.get(word)] = idf(labels, documentFrequency.get(word));
		}
		this.labelWordNorm = new float[labels];
		List<Map<Integer, Float>> weightBuild = new ArrayList<>();
		for (int i = 0; i < sortedWords.length; i++) {
			weightBuild.add(new LinkedHashMap<>());
		}
		for (int label = 0; label < labels; label++) {
			double norm = 0;
			for (Map.Entry<String, Float> feature : labelFeatures.get(label).entrySet()) {
				int id = wordIds.get(feature.getKey());
				float weight = wordIdf[id] * feature.getValue();
				weightBuild.get(id).put(label, weight);
				norm += weight * weight;
			}
			labelWordNorm[label] = (float) Math.sqrt(norm);
		}
		this.wordPostings = new int[sortedWords.length][];
		this.wordPostingWeights = new float[sortedWords.length][];
		for (int id = 0; id < sortedWords.length; id++) {
			Map<Integer, Float> postings = weightBuild.get(id);
			wordPostings[id] = postings.keySet().stream().mapToInt(Integer::intValue).toArray();
			wordPostingWeights[id] = new float[postings.size()];
			int k = 0;
			for (float weight : postings.values()) {
				wordPostingWeights[id][k++] = weight;
			}
		}

		// trigrams of the known words, to correct typos in query words
		Map<String, List<Integer>> gramsToWords = new HashMap<>();
		for (int id = 0; id < sortedWords.length; id++) {
			for (String gram : grams(sortedWords[id])) {
				gramsToWords.computeIfAbsent(gram, key -> new ArrayList<>()).add(id);
			}
		}
		this.wordsByGram = new HashMap<>(gramsToWords.size() * 2);
		gramsToWords.forEach((gram, ids) -> wordsByGram.put(gram, ids.stream().mapToInt(Integer::intValue).toArray()));

		// character trigrams per label
		Map<String, List<Integer>> gramLabels = new HashMap<>();
		for (int label = 0; label < labels; label++) {
			for (String gram : labelGrams(labelWords.get(label))) {
				gramLabels.computeIfAbsent(gram, key -> new ArrayList<>()).add(label);
			}
		}
		this.gramIds = new HashMap<>(gramLabels.size() * 2);
		this.gramIdf = new float[gramLabels.size()];
		this.gramPostings = new int[gramLabels.size()][];
		for (Map.Entry<String, List<Integer>> entry : gramLabels.entrySet()) {
			int id = gramIds.size();
			gramIds.put(entry.getKey(), id);
			gramIdf[id] = idf(labels, entry.getValue().size());
			gramPostings[id] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
		}
		this.labelGramNorm = new float[labels];
		for (int label = 0; label < labels; label++) {
			double norm = 0;
			for (String gram : labelGrams(labelWords.get(label))) {
				float weight = gramIdf[gramIds.get(gram)];
				norm += weight * weight;
			}
			labelGramNorm[label] = (float) Math.sqrt(norm);
		}
		this.labelScratch = new ScratchPool<>(() -> new LabelScratch(labelText.length));
		this.wordScratch = new ScratchPool<>(() -> new WordScratch(sortedWords.length));
	}

	private static void addLabel(String label, int occupation, byte kind, Set<String> seen, List<String> texts,
			List<Integer> owners, List<Byte> kinds) {
		if (!label.isBlank() && seen.add(label.strip().toLowerCase(java.util.Locale.ROOT))) {
			texts.add(label.strip());
			owners.add(occupation);
			kinds.add(kind);
		}
	}

	private static float idf(int documents, int frequency) {
		return (float) Math.log(1.0 + (double) documents / frequency);
	}

	private Map<String, Float> features(List<String> words) {
		return features(words, compounds::parts);
	}

	private Map<String, Float> features(List<String> words, Function<String, Map<String, Integer>> partsOf) {
		Map<String, Float> features = new LinkedHashMap<>();
		for (String word : words) {
			Map<String, Integer> parts = partsOf.apply(word);
			features.merge(word, parts.isEmpty() ? 1.0f : COMPOUND_WEIGHT, Math::max);
			parts.forEach((part, depth) -> features.merge(part, partWeight(depth), Math::max));
		}
		return features;
	}

	private static float partWeight(int depth) {
		return depth == 1 ? PART_WEIGHT : DEEP_PART_WEIGHT;
	}

	private static Set<String> labelGrams(List<String> words) {
		return grams(String.join(" ", words));
	}

	private static Set<String> grams(String text) {
		String padded = " " + text + " ";
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 3 <= padded.length(); i++) {
			grams.add(padded.substring(i, i + 3));
		}
		return grams;
	}

	/** A found occupation (its position in the list the finder was built from) and the label that matched. */
	public record Hit(int occupation, double score, String matchedLabel) {
	}

	/** The best occupations for the query, best first; never throws for any string. */
	public List<Hit> search(String query, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		Signals signals = signals(query);
		List<Hit> hits = new ArrayList<>();
		for (int occupation = 0; occupation < occupationCount; occupation++) {
			if (signals.bestLabel[occupation] >= 0 && signals.blend[occupation] > 0.05) {
				hits.add(new Hit(occupation, Math.round(signals.blend[occupation] * 1000) / 1000.0,
						labelText[signals.bestLabel[occupation]]));
			}
		}
		hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::matchedLabel));
		return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
	}

	/**
	 * Per occupation, the scores of its labels for one query: the blend of word and trigram similarity of
	 * its best label (the finder's own score), the best word and the best trigram similarity of any of its
	 * labels, and the best label (-1 where no label shares anything with the query).
	 */
	public static final class Signals {

		final float[] blend;
		final float[] word;
		final float[] gram;
		final int[] bestLabel;

		Signals(int occupations) {
			this.blend = new float[occupations];
			this.word = new float[occupations];
			this.gram = new float[occupations];
			this.bestLabel = new int[occupations];
			Arrays.fill(bestLabel, -1);
		}

	}

	/**
	 * A query read once for every signal: its folded text, its words, whether its last word is still being
	 * typed, and the compound splits of its words (the costly part of reading it), each made once. Belongs
	 * to one query and one thread.
	 */
	final class Query {

		final String folded;
		final List<String> words;
		final boolean typing;
		private final Map<String, List<String>> splits = new HashMap<>();
		private final Map<String, Map<String, Integer>> parts = new HashMap<>();
		private @org.jspecify.annotations.Nullable Map<String, Float> terms;

		Query(String text) {
			this.folded = GermanText.fold(text);
			this.words = GermanText.foldedWords(folded);
			this.typing = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
		}

		/** As {@link Compounds#parts}. */
		Map<String, Integer> parts(String word) {
			Map<String, Integer> found = parts.get(word);
			if (found == null) {
				found = compounds.parts(word, this::split);
				parts.put(word, found);
			}
			return found;
		}

		/** As {@link Compounds#split}. */
		List<String> split(String word) {
			List<String> found = splits.get(word);
			if (found == null) {
				found = compounds.split(word);
				splits.put(word, found);
			}
			return found;
		}

		/** As {@link OccupationFinder#terms(List)} for the query's words (made once; not to be changed). */
		Map<String, Float> terms() {
			if (terms == null) {
				terms = features(words, this::parts);
			}
			return terms;
		}

	}

	Query read(String query) {
		return new Query(query);
	}

	Signals signals(String query) {
		return signals(new Query(query));
	}

	Signals signals(Query query) {
		Signals signals = new Signals(occupationCount);
		List<String> words = query.words;
		if (words.isEmpty() || labelText.length == 0) {
			return signals;
		}
		Map<Integer, Float> queryWords = queryFeatures(query);
		// a query that fails leaves its scratch to the garbage collector, so only clean ones go back
		LabelScratch scratch = labelScratch.take();
		score(words, queryWords, scratch, signals);
		scratch.clear();
		labelScratch.give(scratch);
		return signals;
	}

	/** Per label, the query's dot products and which labels it touched; all zero between queries. */
	private static final class LabelScratch {

		final float[] wordDot;
		final float[] gramDot;
		final boolean[] touched;
		final int[] touchedList;
		int touchedCount;

		LabelScratch(int labels) {
			this.wordDot = new float[labels];
			this.gramDot = new float[labels];
			this.touched = new boolean[labels];
			this.touchedList = new int[labels];
		}

		void clear() {
			for (int t = 0; t < touchedCount; t++) {
				int label = touchedList[t];
				wordDot[label] = 0;
				gramDot[label] = 0;
				touched[label] = false;
			}
			touchedCount = 0;
		}

	}

	private void score(List<String> words, Map<Integer, Float> queryWords, LabelScratch scratch, Signals signals) {
		float[] wordDot = scratch.wordDot;
		float[] gramDot = scratch.gramDot;
		boolean[] touched = scratch.touched;
		int[] touchedList = scratch.touchedList;
		int touchedCount = 0;
		double queryWordNorm = 0;
		for (Map.Entry<Integer, Float> feature : queryWords.entrySet()) {
			int id = feature.getKey();
			float queryWeight = wordIdf[id] * feature.getValue();
			queryWordNorm += queryWeight * queryWeight;
			int[] postings = wordPostings[id];
			float[] weights = wordPostingWeights[id];
			for (int k = 0; k < postings.length; k++) {
				int label = postings[k];
				wordDot[label] += queryWeight * weights[k];
				if (!touched[label]) {
					touched[label] = true;
					touchedList[touchedCount++] = label;
				}
			}
		}
		double queryGramNorm = 0;
		for (String gram : labelGrams(words)) {
			Integer id = gramIds.get(gram);
			float weight = id == null ? idf(labelText.length, 1) : gramIdf[id];
			queryGramNorm += weight * weight;
			if (id == null) {
				continue;
			}
			for (int label : gramPostings[id]) {
				gramDot[label] += weight * weight;
				if (!touched[label]) {
					touched[label] = true;
					touchedList[touchedCount++] = label;
				}
			}
		}
		scratch.touchedCount = touchedCount;
		double wordNorm = Math.sqrt(queryWordNorm);
		double gramNorm = Math.sqrt(queryGramNorm);
		// labels found by the same query words share their dot product, and the labels of one posting list
		// come one after another: the query's part of the word score is computed once per run of them
		float coveredDot = Float.NaN;
		double queryCoverage = 0;
		for (int t = 0; t < touchedCount; t++) {
			int label = touchedList[t];
			double wordScore;
			if (wordNorm == 0 || labelWordNorm[label] == 0 || wordDot[label] <= 0) {
				wordScore = 0;
			}
			else {
				if (Float.floatToRawIntBits(wordDot[label]) != Float.floatToRawIntBits(coveredDot)) {
					coveredDot = wordDot[label];
					queryCoverage = Math.pow(wordDot[label] / (wordNorm * wordNorm), QUERY_COVERAGE);
				}
				wordScore = queryCoverage
						* Math.pow(wordDot[label] / (labelWordNorm[label] * labelWordNorm[label]), 1 - QUERY_COVERAGE);
			}
			double gramScore = gramNorm == 0 || labelGramNorm[label] == 0 ? 0
					: gramDot[label] / (gramNorm * labelGramNorm[label]);
			wordScore = Math.min(1, wordScore);
			gramScore = Math.min(1, gramScore);
			double score = (WORD_SHARE * wordScore + (1 - WORD_SHARE) * gramScore) * KIND_PRIOR[labelKind[label]];
			int occupation = labelOccupation[label];
			if (score > signals.blend[occupation]) {
				signals.blend[occupation] = (float) score;
				signals.bestLabel[occupation] = label;
			}
			signals.word[occupation] = Math.max(signals.word[occupation], (float) wordScore);
			signals.gram[occupation] = Math.max(signals.gram[occupation], (float) gramScore);
		}
	}

	String labelText(int label) {
		return labelText[label];
	}

	byte labelKind(int label) {
		return labelKind[label];
	}

	/** The split of a word into the fewest known parts (canonical forms), or the word alone. */
	List<String> split(String word) {
		return split(word, compounds::split);
	}

	/** As {@link #split(String)}, with the query's own splits. */
	List<String> split(Query query, String word) {
		return split(word, query::split);
	}

	private static List<String> split(String word, Function<String, List<String>> splitter) {
		List<String> parts = new ArrayList<>();
		for (String part : splitter.apply(word)) {
			parts.addAll(List.of(GermanText.canonical(part).split(" ")));
		}
		return parts;
	}

	/** The words of a text with their compound parts, weighted as the finder weighs them (word 1, parts less). */
	Map<String, Float> terms(List<String> words) {
		return features(words);
	}

	private Map<Integer, Float> queryFeatures(Query query) {
		List<String> words = query.words;
		boolean typing = query.typing;
		Map<Integer, Float> features = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean last = i == words.size() - 1;
			Integer id = wordIds.get(word);
			if (id == null) {
				id = inflected(word);
			}
			Map<String, Integer> parts = query.parts(word);
			if (id != null) {
				features.merge(id, parts.isEmpty() ? 1.0f : COMPOUND_WEIGHT, Math::max);
			}
			for (Map.Entry<String, Integer> part : parts.entrySet()) {
				Integer partId = wordIds.get(part.getKey());
				if (partId != null) {
					features.merge(partId, partWeight(part.getValue()), Math::max);
				}
			}
			if (id == null && parts.isEmpty()) {
				Integer corrected = correct(word);
				if (corrected != null) {
					features.merge(corrected, CORRECTED_WEIGHT, Math::max);
				}
				if (typing && last && word.length() >= 3) {
					for (int completion : completions(word)) {
						features.merge(completion, PREFIX_WEIGHT, Math::max);
					}
				}
			}
		}
		return features;
	}

	/** A known word that differs from an unknown one only by a plural or case ending. */
	private @org.jspecify.annotations.Nullable Integer inflected(String word) {
		if (word.length() < 5) {
			return null;
		}
		for (String ending : List.of("e", "n", "en", "s", "es", "er")) {
			if (word.endsWith(ending)) {
				Integer id = wordIds.get(word.substring(0, word.length() - ending.length()));
				if (id != null) {
					return id;
				}
			}
			Integer id = wordIds.get(word + ending);
			if (id != null) {
				return id;
			}
		}
		return null;
	}

	/** The known word nearest to an unknown one (one edit for short words, two for long ones). */
	private @org.jspecify.annotations.Nullable Integer correct(String word) {
		if (word.length() < 4) {
			return null;
		}
		int allowed = word.length() <= 7 ? 1 : 2;
		// how many trigrams each known word shares with this one, counted in a lent array instead of a map
		WordScratch scratch = wordScratch.take();
		int[] shared = scratch.shared;
		int[] seen = scratch.seen;
		int distinct = 0;
		// the table size a HashMap<Integer, Integer> filled by merge() in this order would end with: it grows
		// before a merge when it holds more than 3/4 of its size, and, while smaller than 64, when a new
		// word makes one bucket longer than 7
		int table = 0;
		int[] bucketSize = scratch.bucketSize;
		for (String gram : grams(word)) {
			int[] ids = wordsByGram.get(gram);
			if (ids != null && ids.length < 5000) {
				for (int id : ids) {
					if (table == 0 || distinct > table / 4 * 3) {
						table = grow(table, seen, distinct, bucketSize);
					}
					if (shared[id]++ == 0) {
						seen[distinct++] = id;
						if (table < 64 && ++bucketSize[bucket(id, table)] > 7) {
							table = grow(table, seen, distinct, bucketSize);
						}
					}
				}
			}
		}
		long[] order = new long[distinct];
		int candidates = 0;
		for (int k = 0; k < distinct; k++) {
			int id = seen[k];
			if (Math.abs(sortedWords[id].length() - word.length()) <= allowed && shared[id] >= 2) {
				order[candidates++] = (long) bucket(id, table) << 32 | (Integer.MAX_VALUE - k);
			}
		}
		for (int k = 0; k < distinct; k++) {
			shared[seen[k]] = 0;
		}
		// ties are decided by the order the former HashMap visited its words (by bucket, the last added
		// first), so that the same word is chosen as before
		Arrays.sort(order, 0, candidates);
		Integer best = null;
		int bestDistance = allowed + 1;
		int bestPostings = -1;
		for (int c = 0; c < candidates; c++) {
			int id = seen[Integer.MAX_VALUE - (int) order[c]];
			String known = sortedWords[id];
			int distance = distance(word, known, allowed);
			int postings = wordPostings[id].length;
			if (distance < bestDistance || (distance == bestDistance && postings > bestPostings)) {
				best = id;
				bestDistance = distance;
				bestPostings = postings;
			}
		}
		wordScratch.give(scratch);
		return best;
	}

	/** The bucket of a HashMap with that table size that holds the word (Integer's hash, spread as HashMap does). */
	private static int bucket(int id, int table) {
		return (id ^ (id >>> 16)) & (table - 1);
	}

	/** The next table size, with the bucket lengths of the words seen so far while it is below 64. */
	private static int grow(int table, int[] seen, int distinct, int[] bucketSize) {
		int grown = table == 0 ? 16 : table * 2;
		if (grown < 64) {
			Arrays.fill(bucketSize, 0);
			for (int k = 0; k < distinct; k++) {
				bucketSize[bucket(seen[k], grown)]++;
			}
		}
		return grown;
	}

	/** Per known word, how many trigrams it shares with a word to correct (zero between words), and which did. */
	private static final class WordScratch {

		final int[] shared;
		final int[] seen;
		final int[] bucketSize = new int[64];

		WordScratch(int words) {
			this.shared = new int[words];
			this.seen = new int[words];
		}

	}

	private int[] completions(String prefix) {
		int from = Arrays.binarySearch(sortedWords, prefix);
		if (from < 0) {
			from = -from - 1;
		}
		List<Integer> found = new ArrayList<>();
		for (int i = from; i < sortedWords.length && i < from + 400 && sortedWords[i].startsWith(prefix); i++) {
			found.add(i);
		}
		return found.stream()
			.sorted(Comparator.comparingInt((Integer id) -> -wordPostings[id].length))
			.limit(5)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** Optimal string alignment distance, giving up above {@code limit}. */
	static int distance(String a, String b, int limit) {
		int n = a.length();
		int m = b.length();
		int[][] d = new int[n + 1][m + 1];
		for (int i = 0; i <= n; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= m; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= n; i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= m; j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, d[i - 2][j - 2] + 1);
				}
				d[i][j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
		}
		return d[n][m];
	}

	public int labelCount() {
		return labelText.length;
	}

}
