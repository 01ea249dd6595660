package de.itas.platform.skills.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.skills.engine.TaxonomySnapshot.Occupation;

/**
 * Finds occupations for a job title in two steps. First, several simple signals each propose their best
 * occupations: the word-and-compound finder ({@link OccupationFinder}), character n-grams of the labels
 * ({@link CharNgrams}) and BM25 over the labels, the description and the skill labels of each occupation
 * ({@link FieldIndex}). Then every proposed occupation gets a feature vector (the signals, whether its labels
 * contain the query's head noun, how the taxonomy names it, how large it is) and the learned
 * {@link RankingModel} orders them. Immutable and thread-safe; a query works in its own arrays or in ones lent to it
 * alone.
 */
public final class OccupationRanker {

	/** The features in the order of the vector, by the names the model file uses. */
	public static final List<String> FEATURES = List.of("blend", "blend-relative", "word", "trigram", "ngram",
			"ngram-relative", "labels", "labels-relative", "preferred", "description", "essential-skills",
			"all-skills", "isco-group", "head-word", "head-base", "head-in-preferred", "best-is-preferred",
			"best-is-hidden", "label-count", "skill-count", "modifier-labels", "modifier-skills", "modifier-description",
			"modifier-isco-group", "code-depth", "isco-0", "isco-1", "isco-2", "isco-3", "isco-4", "isco-5", "isco-6",
			"isco-7", "isco-8", "isco-9", "root-labels", "root-skills", "root-description", "group-blend", "group-ngram", "minor-group-blend",
			"minor-group-ngram", "query-words", "query-best-blend", "query-best-ngram", "feedback-skills",
			"feedback-skills-weighted");

	/** Where the feedback features start in the vector. */
	private static final int FEEDBACK_AT = 45;

	/** How many of the candidates the finder and the n-grams rank best together feed back their skills. */
	private static final int FEEDBACK = 5;

	/** How many occupations each signal proposes. */
	private static final int FROM_FINDER = 80;
	private static final int FROM_NGRAMS = 80;
	private static final int FROM_LABELS = 60;
	private static final int FROM_SKILLS = 30;
	private static final int FROM_DESCRIPTION = 30;
	/** The unit groups of this many best occupations (by the finder, by n-grams) join with all their members. */
	private static final int FROM_GROUPS = 3;

	/** Endings of German agent nouns: the word of a title that names the person doing the work. */
	private static final List<String> AGENT_ENDINGS = List.of("er", "eur", "ist", "ant", "ent", "oge", "mann", "kraft",
			"arzt", "or", "at", "hilfe", "wart", "ling", "ekt", "eut", "graf", "graph", "ent");

	private final int occupationCount;
	private final OccupationFinder finder;
	private final CharNgrams ngrams;
	private final String[] ngramTexts;
	private final FieldIndex labels;
	private final FieldIndex preferred;
	private final FieldIndex description;
	private final FieldIndex essentialSkills;
	private final FieldIndex allSkills;
	private final FieldIndex isco;
	private final FieldIndex rootLabels;
	private final FieldIndex rootSkills;
	private final FieldIndex rootDescription;
	private final float[] labelCount;
	private final float[] skillCount;
	private final float[] codeDepth;
	private final int[] iscoMajor;
	/** Per occupation, its ISCO unit group and minor group (indexes, -1 for none), and the members of each. */
	private final int[] unitGroup;
	private final int[] minorGroup;
	private final int[][] unitMembers;
	private final int unitCount;
	private final int minorCount;
	private final List<List<String>> essentialLabels;
	/** Per occupation, its skills (numbered by label) with idf weights scaled to a unit vector. */
	private final int[][] skillIds;
	private final float[][] skillWeights;
	/** Two arrays with a slot per skill, zero between queries (the feedback centroids). */
	private final ScratchPool<float[][]> feedbackScratch;
	private final RankingModel model;
	private final Forest forest;

	/**
	 * @param occupations the occupations, in the order of the positions the hits name
	 * @param essentialSkills per occupation, the labels of its essential skills
	 * @param optionalSkills per occupation, the labels of its optional skills
	 * @param iscoLabels per occupation, the labels of its ISCO groups (unit group first), may be empty
	 */
	public OccupationRanker(List<Occupation> occupations, OccupationFinder finder, List<List<String>> essentialSkills,
			List<List<String>> optionalSkills, List<List<String>> iscoLabels, RankingModel model) {
		if (!model.features().equals(FEATURES)) {
			throw new IllegalArgumentException("the model was trained on other features: " + model.features());
		}
		this.occupationCount = occupations.size();
		this.finder = finder;
		this.model = model;
		this.forest = new Forest(model.trees());
		List<String> texts = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		List<Map<String, Float>> labelDocs = new ArrayList<>();
		List<Map<String, Float>> preferredDocs = new ArrayList<>();
		List<Map<String, Float>> descriptionDocs = new ArrayList<>();
		List<Map<String, Float>> essentialDocs = new ArrayList<>();
		List<Map<String, Float>> skillDocs = new ArrayList<>();
		List<Map<String, Float>> iscoDocs = new ArrayList<>();
		this.labelCount = new float[occupationCount];
		this.skillCount = new float[occupationCount];
		this.codeDepth = new float[occupationCount];
		this.iscoMajor = new int[occupationCount];
		for (int i = 0; i < occupationCount; i++) {
			Occupation occupation = occupations.get(i);
			Set<String> all = new LinkedHashSet<>();
			all.add(occupation.preferredLabel());
			all.addAll(occupation.altLabels());
			all.addAll(occupation.hiddenLabels());
			all.removeIf(String::isBlank);
			// ESCO codes grow by one part per level below the ISCO unit group ("7223.1", "7223.1.2")
			codeDepth[i] = occupation.code() == null ? 0 : occupation.code().split("\\.").length - 1;
			String group = occupation.iscoGroup();
			iscoMajor[i] = group == null || group.isEmpty() || !Character.isDigit(group.charAt(0)) ? -1 : group.charAt(0) - '0';
			Map<String, Float> labelTerms = new HashMap<>();
			for (String label : all) {
				texts.add(label);
				owners.add(i);
				add(labelTerms, label);
			}
			labelDocs.add(labelTerms);
			labelCount[i] = (float) Math.log(1 + all.size());
			preferredDocs.add(add(new HashMap<>(), occupation.preferredLabel()));
			descriptionDocs.add(add(new HashMap<>(), occupation.description() == null ? "" : occupation.description()));
			Map<String, Float> essential = new HashMap<>();
			essentialSkills.get(i).forEach(label -> add(essential, label));
			essentialDocs.add(essential);
			Map<String, Float> skills = new HashMap<>(essential);
			optionalSkills.get(i).forEach(label -> add(skills, label));
			skillDocs.add(skills);
			skillCount[i] = (float) Math.log(1 + essentialSkills.get(i).size() + optionalSkills.get(i).size());
			Map<String, Float> groups = new HashMap<>();
			iscoLabels.get(i).forEach(label -> add(groups, label));
			iscoDocs.add(groups);
		}
		Map<String, Integer> units = new HashMap<>();
		Map<String, Integer> minors = new HashMap<>();
		this.unitGroup = new int[occupationCount];
		this.minorGroup = new int[occupationCount];
		for (int i = 0; i < occupationCount; i++) {
			String group = occupations.get(i).iscoGroup();
			boolean known = group != null && group.length() >= 3;
			unitGroup[i] = known ? units.computeIfAbsent(group, key -> units.size()) : -1;
			minorGroup[i] = known ? minors.computeIfAbsent(group.substring(0, 3), key -> minors.size()) : -1;
		}
		this.unitCount = units.size();
		this.minorCount = minors.size();
		List<List<Integer>> members = new ArrayList<>();
		for (int g = 0; g < unitCount; g++) {
			members.add(new ArrayList<>());
		}
		for (int i = 0; i < occupationCount; i++) {
			if (unitGroup[i] >= 0) {
				members.get(unitGroup[i]).add(i);
			}
		}
		this.unitMembers = members.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		this.ngramTexts = texts.toArray(String[]::new);
		this.ngrams = new CharNgrams(texts, owners.stream().mapToInt(Integer::intValue).toArray());
		this.labels = new FieldIndex(labelDocs);
		this.preferred = new FieldIndex(preferredDocs);
		this.description = new FieldIndex(descriptionDocs);
		this.essentialSkills = new FieldIndex(essentialDocs);
		this.allSkills = new FieldIndex(skillDocs);
		this.isco = new FieldIndex(iscoDocs);
		this.rootLabels = new FieldIndex(labelDocs.stream().map(OccupationRanker::roots).toList());
		this.rootSkills = new FieldIndex(skillDocs.stream().map(OccupationRanker::roots).toList());
		this.rootDescription = new FieldIndex(descriptionDocs.stream().map(OccupationRanker::roots).toList());
		this.essentialLabels = essentialSkills.stream().map(List::copyOf).toList();
		Map<String, Integer> skillNumbers = new HashMap<>();
		this.skillIds = new int[occupationCount][];
		for (int i = 0; i < occupationCount; i++) {
			Set<Integer> own = new java.util.TreeSet<>();
			for (String label : essentialSkills.get(i)) {
				own.add(skillNumbers.computeIfAbsent(label, key -> skillNumbers.size()));
			}
			for (String label : optionalSkills.get(i)) {
				own.add(skillNumbers.computeIfAbsent(label, key -> skillNumbers.size()));
			}
			skillIds[i] = own.stream().mapToInt(Integer::intValue).toArray();
		}
		int distinctSkills = skillNumbers.size();
		int[] holders = new int[distinctSkills];
		for (int[] ids : skillIds) {
			for (int id : ids) {
				holders[id]++;
			}
		}
		this.skillWeights = new float[occupationCount][];
		for (int i = 0; i < occupationCount; i++) {
			int[] ids = skillIds[i];
			float[] weights = new float[ids.length];
			double norm = 0;
			for (int k = 0; k < ids.length; k++) {
				weights[k] = (float) Math.log((double) occupationCount / holders[ids[k]]);
				norm += weights[k] * weights[k];
			}
			for (int k = 0; k < ids.length && norm > 0; k++) {
				weights[k] /= (float) Math.sqrt(norm);
			}
			skillWeights[i] = weights;
		}
		this.feedbackScratch = new ScratchPool<>(() -> new float[][] { new float[distinctSkills], new float[distinctSkills] });
	}

	/**
	 * Terms reduced to a crude word root, so that the person, the activity and the work meet: "zerspaner",
	 * "zerspanung" and "zerspanen" all become "zerspan", "schweisser" and "schweissen" "schweiss".
	 */
	static Map<String, Float> roots(Map<String, Float> terms) {
		Map<String, Float> roots = new HashMap<>();
		terms.forEach((term, weight) -> roots.merge(root(term), weight, Float::sum));
		return roots;
	}

	private static final List<String> DERIVATIONS = List.of("ungen", "ung", "erei", "ereien", "erin", "er", "en", "e",
			"n");

	public static String root(String term) {
		for (String ending : DERIVATIONS) {
			if (term.endsWith(ending) && term.length() - ending.length() >= 4) {
				return term.substring(0, term.length() - ending.length());
			}
		}
		return term;
	}

	private Map<String, Float> add(Map<String, Float> terms, String text) {
		finder.terms(GermanText.words(text)).forEach((term, weight) -> terms.merge(term, weight, Float::sum));
		return terms;
	}

	/** One proposed occupation of a query with its features and the label that matched best. */
	public record Candidate(int occupation, float[] features, String matchedLabel) {
	}

	/** A found occupation: its position, the calibrated score and the label that matched it best. */
	public record Hit(int occupation, double score, String matchedLabel) {
	}

	/** The occupations the signals propose for the query, with their features (in no particular order). */
	public List<Candidate> candidates(String query) {
		return candidates(finder.read(query));
	}

	private List<Candidate> candidates(OccupationFinder.Query query) {
		List<String> words = query.words;
		if (words.isEmpty() || occupationCount == 0) {
			return List.of();
		}
		Map<String, Float> terms = query.terms();
		OccupationFinder.Signals signals = finder.signals(query);
		float[] ngram = new float[occupationCount];
		int[] ngramText = new int[occupationCount];
		Arrays.fill(ngramText, -1);
		ngrams.scoreFolded(query.folded, ngram, ngramText);
		float[] labelScore = new float[occupationCount];
		labels.score(terms, labelScore);
		float[] preferredScore = new float[occupationCount];
		preferred.score(terms, preferredScore);
		float[] descriptionScore = new float[occupationCount];
		description.score(terms, descriptionScore);
		float[] essentialScore = new float[occupationCount];
		essentialSkills.score(terms, essentialScore);
		float[] skillScore = new float[occupationCount];
		allSkills.score(terms, skillScore);
		float[] iscoScore = new float[occupationCount];
		isco.score(terms, iscoScore);
		Map<String, Float> rootTerms = roots(terms);
		float[] rootLabelScore = new float[occupationCount];
		rootLabels.score(rootTerms, rootLabelScore);
		float[] rootSkillScore = new float[occupationCount];
		rootSkills.score(rootTerms, rootSkillScore);
		float[] rootDescriptionScore = new float[occupationCount];
		rootDescription.score(rootTerms, rootDescriptionScore);

		boolean[] chosen = new boolean[occupationCount];
		List<Integer> proposed = new ArrayList<>();
		top(signals.blend, FROM_FINDER, chosen, proposed);
		top(ngram, FROM_NGRAMS, chosen, proposed);
		top(labelScore, FROM_LABELS, chosen, proposed);
		top(essentialScore, FROM_SKILLS, chosen, proposed);
		top(descriptionScore, FROM_DESCRIPTION, chosen, proposed);
		top(rootSkillScore, FROM_SKILLS, chosen, proposed);
		top(rootLabelScore, FROM_SKILLS, chosen, proposed);
		// the cluster hypothesis: where several occupations of one ISCO group match, the group is likely right
		float[][] unitBlend = groupBest(signals.blend, unitGroup, unitCount);
		float[][] unitNgram = groupBest(ngram, unitGroup, unitCount);
		float[][] minorBlend = groupBest(signals.blend, minorGroup, minorCount);
		float[][] minorNgram = groupBest(ngram, minorGroup, minorCount);
		List<Integer> leaders = new ArrayList<>();
		top(signals.blend, FROM_GROUPS, new boolean[occupationCount], leaders);
		top(ngram, FROM_GROUPS, new boolean[occupationCount], leaders);
		for (int leader : leaders) {
			if (unitGroup[leader] >= 0) {
				for (int member : unitMembers[unitGroup[leader]]) {
					if (!chosen[member]) {
						chosen[member] = true;
						proposed.add(member);
					}
				}
			}
		}

		float maxBlend = max(signals.blend);
		float maxNgram = max(ngram);
		float maxLabels = max(labelScore);
		String head = head(words);
		String headBase = head == null ? null : base(query, head);
		Map<String, Float> modifiers = new HashMap<>(terms);
		if (head != null) {
			modifiers.remove(head);
			modifiers.remove(headBase);
		}
		float[] modifierLabels = new float[occupationCount];
		float[] modifierSkills = new float[occupationCount];
		float[] modifierDescription = new float[occupationCount];
		float[] modifierIsco = new float[occupationCount];
		if (!modifiers.isEmpty()) {
			labels.score(modifiers, modifierLabels);
			allSkills.score(modifiers, modifierSkills);
			description.score(modifiers, modifierDescription);
			isco.score(modifiers, modifierIsco);
		}
		int headInLabels = labels.term(head);
		int headBaseInLabels = labels.term(headBase);
		int headBaseInPreferred = preferred.term(headBase);
		List<Candidate> candidates = new ArrayList<>(proposed.size());
		for (int occupation : proposed) {
			float[] x = new float[FEATURES.size()];
			int best = signals.bestLabel[occupation];
			x[0] = signals.blend[occupation];
			x[1] = maxBlend > 0 ? signals.blend[occupation] / maxBlend : 0;
			x[2] = signals.word[occupation];
			x[3] = signals.gram[occupation];
			x[4] = ngram[occupation];
			x[5] = maxNgram > 0 ? ngram[occupation] / maxNgram : 0;
			x[6] = labelScore[occupation];
			x[7] = maxLabels > 0 ? labelScore[occupation] / maxLabels : 0;
			x[8] = preferredScore[occupation];
			x[9] = descriptionScore[occupation];
			x[10] = essentialScore[occupation];
			x[11] = skillScore[occupation];
			x[12] = iscoScore[occupation];
			x[13] = labels.contains(occupation, headInLabels) ? 1 : 0;
			x[14] = labels.contains(occupation, headBaseInLabels) ? 1 : 0;
			x[15] = preferred.contains(occupation, headBaseInPreferred) ? 1 : 0;
			x[16] = best >= 0 && finder.labelKind(best) == 0 ? 1 : 0;
			x[17] = best >= 0 && finder.labelKind(best) == 2 ? 1 : 0;
			x[18] = labelCount[occupation];
			x[19] = skillCount[occupation];
			x[20] = modifierLabels[occupation];
			x[21] = modifierSkills[occupation];
			x[22] = modifierDescription[occupation];
			x[23] = modifierIsco[occupation];
			x[24] = codeDepth[occupation];
			if (iscoMajor[occupation] >= 0) {
				x[25 + iscoMajor[occupation]] = 1;
			}
			x[35] = rootLabelScore[occupation];
			x[36] = rootSkillScore[occupation];
			x[37] = rootDescriptionScore[occupation];
			x[38] = others(unitBlend, unitGroup[occupation], signals.blend[occupation]);
			x[39] = others(unitNgram, unitGroup[occupation], ngram[occupation]);
			x[40] = others(minorBlend, minorGroup[occupation], signals.blend[occupation]);
			x[41] = others(minorNgram, minorGroup[occupation], ngram[occupation]);
			// the same for every candidate of a title: only the trees use them, to weigh the others by how
			// well the title matches anything at all
			x[42] = words.size();
			x[43] = maxBlend;
			x[44] = maxNgram;
			String matched = best >= 0 ? finder.labelText(best)
					: ngramText[occupation] >= 0 ? ngramTexts[ngramText[occupation]] : "";
			candidates.add(new Candidate(occupation, x, matched));
		}
		feedback(candidates, signals.blend, maxBlend, ngram, maxNgram);
		return candidates;
	}

	/**
	 * Pseudo-relevance feedback in the space of skills: the {@link #FEEDBACK} candidates that the finder's and
	 * the n-gram score rank best together (each relative to the query's best) are taken as likely right, and
	 * every candidate gets how much its skills resemble theirs: the mean cosine of the idf-weighted skill
	 * vectors (a leader's own share left out) and the same weighted by the leaders' strength. An occupation that no word of the title names but that needs
	 * the skills of the occupations the title does name moves up, one that shares a word by chance moves down.
	 */
	private void feedback(List<Candidate> candidates, float[] blend, float maxBlend, float[] ngram, float maxNgram) {
		int n = candidates.size();
		float[] strength = new float[n];
		// the leaders' positions in the candidate list, strongest first (ties: lower occupation first)
		int[] leaders = new int[FEEDBACK];
		int count = 0;
		for (int k = 0; k < n; k++) {
			int occupation = candidates.get(k).occupation();
			float own = ((maxBlend > 0 ? blend[occupation] / maxBlend : 0) + (maxNgram > 0 ? ngram[occupation] / maxNgram : 0)) / 2;
			strength[k] = own;
			if (own <= 0) {
				continue;
			}
			int at = count;
			while (at > 0 && (own > strength[leaders[at - 1]] || own == strength[leaders[at - 1]]
					&& occupation < candidates.get(leaders[at - 1]).occupation())) {
				at--;
			}
			if (at >= FEEDBACK) {
				continue;
			}
			System.arraycopy(leaders, at, leaders, at + 1, Math.min(count, FEEDBACK - 1) - at);
			leaders[at] = k;
			count = Math.min(count + 1, FEEDBACK);
		}
		if (count == 0) {
			return;
		}
		float[][] scratch = feedbackScratch.take();
		float[] centroid = scratch[0];
		float[] weighted = scratch[1];
		boolean[] leader = new boolean[n];
		for (int l = 0; l < count; l++) {
			leader[leaders[l]] = true;
			int occupation = candidates.get(leaders[l]).occupation();
			int[] ids = skillIds[occupation];
			float[] weights = skillWeights[occupation];
			for (int k = 0; k < ids.length; k++) {
				centroid[ids[k]] += weights[k];
				weighted[ids[k]] += strength[leaders[l]] * weights[k];
			}
		}
		for (int k = 0; k < n; k++) {
			Candidate candidate = candidates.get(k);
			int[] ids = skillIds[candidate.occupation()];
			float[] weights = skillWeights[candidate.occupation()];
			double plain = 0;
			double strong = 0;
			for (int j = 0; j < ids.length; j++) {
				plain += centroid[ids[j]] * weights[j];
				strong += weighted[ids[j]] * weights[j];
			}
			if (leader[k] && ids.length > 0) {
				// a leader is not its own evidence: its cosine with itself is 1
				plain -= 1;
				strong -= strength[k];
			}
			int others = count - (leader[k] ? 1 : 0);
			candidate.features()[FEEDBACK_AT] = others == 0 ? 0 : (float) Math.max(0, plain / others);
			candidate.features()[FEEDBACK_AT + 1] = (float) Math.max(0, strong);
		}
		for (int l = 0; l < count; l++) {
			for (int id : skillIds[candidates.get(leaders[l]).occupation()]) {
				centroid[id] = 0;
				weighted[id] = 0;
			}
		}
		feedbackScratch.give(scratch);
	}

	/** The best occupations for the query, best first; never throws for any string. */
	public List<Hit> search(String query, int limit) {
		return find(query, limit).hits();
	}

	/**
	 * The best occupations for a query and the query's terms reduced to their {@link #root roots} (what
	 * explains a match), from one reading of the query.
	 */
	public record Found(List<Hit> hits, Set<String> rootTerms) {
	}

	/** As {@link #search}, with the query's root terms. */
	public Found find(String text, int limit) {
		if (limit <= 0) {
			return new Found(List.of(), Set.of());
		}
		OccupationFinder.Query query = finder.read(text);
		List<Hit> hits = new ArrayList<>();
		for (Candidate candidate : candidates(query)) {
			double score = model.calibrated(raw(candidate.features()));
			hits.add(new Hit(candidate.occupation(), score, candidate.matchedLabel()));
		}
		hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::occupation));
		List<Hit> best = hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
		return new Found(best, best.isEmpty() ? Set.of() : roots(query.terms()).keySet());
	}

	public RankingModel model() {
		return model;
	}

	/** As {@link RankingModel#raw}, the same value to the last bit, with the trees walked as {@link Forest}. */
	private double raw(float[] x) {
		double[] weights = model.weights();
		double[] mean = model.mean();
		double[] scale = model.scale();
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * (x[i] - mean[i]) / scale[i];
		}
		return forest.add(sum, x);
	}

	/**
	 * The model's trees made complete to the depth of the deepest (a leaf above it becomes a test that sends
	 * both ways to the same value) and laid out in flat arrays, so that a tree is walked by index arithmetic
	 * in a fixed number of steps: the candidates of a query pass every tree, which made the trees a large part
	 * of a search.
	 */
	static final class Forest {

		private final int depth;
		private final int inner;
		private final int[] feature;
		private final float[] threshold;
		private final float[] leaf;

		Forest(List<RankingModel.Tree> trees) {
			int deepest = 0;
			for (RankingModel.Tree tree : trees) {
				deepest = Math.max(deepest, depth(tree, 0));
			}
			this.depth = deepest;
			this.inner = (1 << deepest) - 1;
			int leaves = 1 << deepest;
			this.feature = new int[trees.size() * inner];
			this.threshold = new float[trees.size() * inner];
			this.leaf = new float[trees.size() * leaves];
			for (int t = 0; t < trees.size(); t++) {
				lay(trees.get(t), 0, 0, 0, t);
			}
		}

		private static int depth(RankingModel.Tree tree, int node) {
			return tree.feature()[node] < 0 ? 0
					: 1 + Math.max(depth(tree, tree.left()[node]), depth(tree, tree.right()[node]));
		}

		/** Places the tree's node at position {@code at} (level order) of the complete tree number {@code t}. */
		private void lay(RankingModel.Tree tree, int node, int at, int level, int t) {
			if (level == depth) {
				leaf[t * (inner + 1) + at - inner] = tree.value()[node];
				return;
			}
			boolean split = tree.feature()[node] >= 0;
			feature[t * inner + at] = split ? tree.feature()[node] : 0;
			threshold[t * inner + at] = split ? tree.threshold()[node] : Float.POSITIVE_INFINITY;
			lay(tree, split ? tree.left()[node] : node, 2 * at + 1, level + 1, t);
			lay(tree, split ? tree.right()[node] : node, 2 * at + 2, level + 1, t);
		}

		/** {@code sum} plus each tree's value for x, added in the order of the trees. */
		double add(double sum, float[] x) {
			int trees = leaf.length / (inner + 1);
			for (int t = 0; t < trees; t++) {
				int base = t * inner;
				int at = 0;
				for (int level = 0; level < depth; level++) {
					at = x[feature[base + at]] <= threshold[base + at] ? 2 * at + 1 : 2 * at + 2;
				}
				sum += leaf[t * (inner + 1) + at - inner];
			}
			return sum;
		}

	}

	/**
	 * The head noun of a title: the first word with the ending of an agent noun ("Facharbeiter der
	 * ländlichen Hauswirtschaft" → facharbeiter), else the last word.
	 */
	static @Nullable String head(List<String> words) {
		for (String word : words) {
			if (word.length() >= 4 && AGENT_ENDINGS.stream().anyMatch(word::endsWith)) {
				return word;
			}
		}
		return words.isEmpty() ? null : words.get(words.size() - 1);
	}

	/** The last part of a compound head ("weinbautechniker" → techniker), or the word itself. */
	private String base(OccupationFinder.Query query, String head) {
		List<String> parts = finder.split(query, head);
		return parts.get(parts.size() - 1);
	}

	/** Per group, the best and second-best score of its members. */
	private static float[][] groupBest(float[] scores, int[] groupOf, int groups) {
		float[][] best = new float[2][groups];
		for (int i = 0; i < scores.length; i++) {
			int group = groupOf[i];
			if (group < 0) {
				continue;
			}
			if (scores[i] > best[0][group]) {
				best[1][group] = best[0][group];
				best[0][group] = scores[i];
			}
			else if (scores[i] > best[1][group]) {
				best[1][group] = scores[i];
			}
		}
		return best;
	}

	/** The best score among the other members of the group (the second best when this one is the best). */
	private static float others(float[][] best, int group, float own) {
		if (group < 0) {
			return 0;
		}
		return own >= best[0][group] ? best[1][group] : best[0][group];
	}

	private static float max(float[] values) {
		float max = 0;
		for (float value : values) {
			max = Math.max(max, value);
		}
		return max;
	}

	/** Adds the k best items with a positive score that are not chosen yet. */
	private static void top(float[] scores, int k, boolean[] chosen, List<Integer> into) {
		int[] heap = new int[k];
		int size = 0;
		for (int i = 0; i < scores.length; i++) {
			if (scores[i] <= 0) {
				continue;
			}
			if (size < k) {
				heap[size++] = i;
				for (int c = size - 1; c > 0 && scores[heap[(c - 1) / 2]] > scores[heap[c]]; c = (c - 1) / 2) {
					int t = heap[c];
					heap[c] = heap[(c - 1) / 2];
					heap[(c - 1) / 2] = t;
				}
			}
			else if (scores[i] > scores[heap[0]]) {
				heap[0] = i;
				int c = 0;
				while (true) {
					int l = 2 * c + 1;
					int r = l + 1;
					int m = c;
					if (l < size && scores[heap[l]] < scores[heap[m]]) {
						m = l;
					}
					if (r < size && scores[heap[r]] < scores[heap[m]]) {
						m = r;
					}
					if (m == c) {
						break;
					}
					int t = heap[c];
					heap[c] = heap[m];
					heap[m] = t;
					c = m;
				}
			}
		}
		for (int j = 0; j < size; j++) {
			if (!chosen[heap[j]]) {
				chosen[heap[j]] = true;
				into.add(heap[j]);
			}
		}
	}

}
