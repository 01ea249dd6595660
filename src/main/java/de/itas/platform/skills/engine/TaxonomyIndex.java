package de.itas.platform.skills.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.skills.OccupationDetails;
import de.itas.platform.skills.OccupationGroup;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.OccupationSummary;
import de.itas.platform.skills.Pathway;
import de.itas.platform.skills.PathwayQuery;
import de.itas.platform.skills.SkillGroupSkills;
import de.itas.platform.skills.SkillRequirement;
import de.itas.platform.skills.engine.TaxonomySnapshot.Broader;
import de.itas.platform.skills.engine.TaxonomySnapshot.IscoGroup;
import de.itas.platform.skills.engine.TaxonomySnapshot.Occupation;
import de.itas.platform.skills.engine.TaxonomySnapshot.Skill;
import de.itas.platform.skills.engine.TaxonomySnapshot.SkillGroup;

/**
 * The whole taxonomy in memory for fast reads: the finder, the pathway engine and the concepts, built
 * from one snapshot. Every instance builds its own from the database after each import; an index is
 * never changed, only replaced.
 */
public final class TaxonomyIndex {

	/** Thresholds that make a target "future-oriented". */
	public record FutureThresholds(double greenShare, double digitalShare) {
	}

	private final long importId;
	private final List<Occupation> occupations;
	private final List<Skill> skills;
	private final Map<String, Integer> occupationPositions;
	private final Map<String, Integer> skillPositions;
	private final Map<String, String> iscoLabels;
	private final OccupationFinder finder;
	private final OccupationRanker ranker;
	/** Per skill, the derivation roots of its analysed words and compound parts (to explain a match). */
	private final String[][] skillTerms;
	/** The ISCO groups in code order. */
	private final List<IscoGroup> iscoGroups;
	private final PathwayEngine engine;
	private final OccupationSummary[] summaries;
	private final boolean[] green;
	private final boolean[] digital;
	private final String[] foldedSkillLabels;
	private final FutureThresholds thresholds;
	/** Per skill: its heading group (index into {@link #headings}), or -1 where the hierarchy does not place it. */
	private final int[] headingOf;
	/** The heading groups in display order. */
	private final List<SkillGroup> headings;

	private TaxonomyIndex(TaxonomySnapshot snapshot, long importId, FutureThresholds thresholds, RankingModel model) {
		this.importId = importId;
		this.thresholds = thresholds;
		this.occupations = List.copyOf(snapshot.occupations());
		this.skills = List.copyOf(snapshot.skills());
		this.occupationPositions = PathwayEngine.positions(occupations.stream().map(Occupation::uri).toList());
		this.skillPositions = PathwayEngine.positions(skills.stream().map(Skill::uri).toList());
		this.iscoLabels = new HashMap<>();
		for (IscoGroup group : snapshot.iscoGroups()) {
			iscoLabels.put(group.code(), group.label());
		}
		Set<String> vocabulary = new HashSet<>();
		for (Skill skill : skills) {
			if (skill.labelDe() != null) {
				vocabulary.addAll(GermanText.words(skill.labelDe()));
			}
		}
		this.finder = new OccupationFinder(occupations, vocabulary);
		this.engine = new PathwayEngine(occupations.size(), skills.size(), snapshot.relations(), occupationPositions,
				skillPositions);
		this.iscoGroups = snapshot.iscoGroups().stream().sorted(Comparator.comparing(IscoGroup::code)).toList();
		// an array per skill: counting the shared terms of a match walks them for every skill of the occupation
		String[][] terms = new String[skills.size()][];
		for (int i = 0; i < skills.size(); i++) {
			terms[i] = OccupationRanker.roots(finder.terms(GermanText.words(skills.get(i).label()))).keySet()
				.toArray(String[]::new);
		}
		this.skillTerms = terms;
		this.ranker = new OccupationRanker(occupations, finder, skillLabels(true), skillLabels(false), iscoPath(),
				model);
		this.green = new boolean[skills.size()];
		this.digital = new boolean[skills.size()];
		this.foldedSkillLabels = new String[skills.size()];
		for (int i = 0; i < skills.size(); i++) {
			green[i] = skills.get(i).green();
			digital[i] = skills.get(i).digital();
			foldedSkillLabels[i] = GermanText.fold(skills.get(i).label() + " | " + skills.get(i).labelEn());
		}
		this.headings = new ArrayList<>();
		this.headingOf = headings(snapshot, skills, headings);
		this.summaries = new OccupationSummary[occupations.size()];
		for (int i = 0; i < occupations.size(); i++) {
			Occupation occupation = occupations.get(i);
			double greenShare = occupation.greenShare() != null ? occupation.greenShare() : engine.share(i, green);
			summaries[i] = new OccupationSummary(occupation.uri(), occupation.preferredLabel(), occupation.iscoGroup(),
					occupation.iscoGroup() == null ? null : iscoLabels.get(occupation.iscoGroup()), greenShare,
					engine.share(i, digital), engine.skillsOf(i).length);
		}
	}

	public static TaxonomyIndex build(TaxonomySnapshot snapshot, long importId, FutureThresholds thresholds) {
		return new TaxonomyIndex(snapshot, importId, thresholds, RankingModel.shipped());
	}

	/** With another ranking model than the shipped one (training and its evaluation). */
	public static TaxonomyIndex build(TaxonomySnapshot snapshot, long importId, FutureThresholds thresholds,
			RankingModel model) {
		return new TaxonomyIndex(snapshot, importId, thresholds, model);
	}

	public static TaxonomyIndex empty() {
		return new TaxonomyIndex(new TaxonomySnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of()), 0, new FutureThresholds(1, 1), RankingModel.untrained(OccupationRanker.FEATURES));
	}

	/** Per occupation, the labels of its essential (or optional) skills. */
	private List<List<String>> skillLabels(boolean essential) {
		List<List<String>> labels = new ArrayList<>(occupations.size());
		for (int i = 0; i < occupations.size(); i++) {
			List<String> own = new ArrayList<>();
			for (int skill : engine.skillsOf(i)) {
				if (engine.isEssential(i, skill) == essential) {
					own.add(skills.get(skill).label());
				}
			}
			labels.add(own);
		}
		return labels;
	}

	/** Per occupation, the labels of its ISCO unit group and the groups above it. */
	private List<List<String>> iscoPath() {
		List<List<String>> paths = new ArrayList<>(occupations.size());
		for (Occupation occupation : occupations) {
			List<String> path = new ArrayList<>();
			String code = occupation.iscoGroup();
			for (int length = code == null ? 0 : code.length(); length >= 1; length--) {
				String label = iscoLabels.get(code.substring(0, length));
				if (label != null) {
					path.add(label);
				}
			}
			paths.add(path);
		}
		return paths;
	}

	/** The ranker behind {@link #search}, for training and evaluating its model. */
	public OccupationRanker ranker() {
		return ranker;
	}

	/** The import the index was built from (0 for none). */
	public long importId() {
		return importId;
	}

	public int occupationCount() {
		return occupations.size();
	}

	public int skillCount() {
		return skills.size();
	}

	public List<OccupationMatch> search(String query, int limit) {
		OccupationRanker.Found found = ranker.find(query, limit);
		List<OccupationRanker.Hit> hits = found.hits();
		if (hits.isEmpty()) {
			return List.of();
		}
		// roots, so that "Zerspaner" is explained by a skill about "Zerspanung"
		Set<String> queryTerms = found.rootTerms();
		double weakBelow = ranker.model().weakBelow();
		return hits.stream()
			.map(hit -> new OccupationMatch(occupations.get(hit.occupation()).uri(),
					occupations.get(hit.occupation()).preferredLabel(), Math.round(hit.score() * 1000) / 1000.0,
					hit.matchedLabel(), matchedSkills(hit.occupation(), queryTerms), hit.score() < weakBelow))
			.toList();
	}

	/** Up to two skill labels of the occupation that share words with the query, essential skills first. */
	private List<String> matchedSkills(int occupation, Set<String> queryTerms) {
		List<int[]> found = new ArrayList<>();
		for (int skill : engine.skillsOf(occupation)) {
			int shared = 0;
			for (String term : skillTerms[skill]) {
				if (queryTerms.contains(term)) {
					shared++;
				}
			}
			if (shared > 0) {
				found.add(new int[] { skill, shared, engine.isEssential(occupation, skill) ? 1 : 0 });
			}
		}
		return found.stream()
			.sorted(Comparator.comparingInt((int[] f) -> -f[2]).thenComparingInt(f -> -f[1])
				.thenComparing(f -> skills.get(f[0]).label()))
			.limit(2)
			.map(f -> skills.get(f[0]).label())
			.toList();
	}

	/** The ISCO groups with no group above them (the major groups), in code order. */
	public List<OccupationGroup.GroupLink> topGroups() {
		Set<String> codes = new HashSet<>();
		iscoGroups.forEach(group -> codes.add(group.code()));
		return iscoGroups.stream()
			.filter(group -> parentCode(group.code(), codes) == null)
			.map(group -> new OccupationGroup.GroupLink(group.code(), group.label()))
			.toList();
	}

	/** An ISCO group with the groups above and below it and, for a unit group, its occupations. */
	public Optional<OccupationGroup> group(String code) {
		IscoGroup group = iscoGroups.stream().filter(candidate -> candidate.code().equals(code)).findFirst().orElse(null);
		if (group == null) {
			return Optional.empty();
		}
		Set<String> codes = new HashSet<>();
		iscoGroups.forEach(candidate -> codes.add(candidate.code()));
		List<OccupationGroup.GroupLink> parents = new ArrayList<>();
		for (String parent = parentCode(code, codes); parent != null; parent = parentCode(parent, codes)) {
			parents.add(0, new OccupationGroup.GroupLink(parent, iscoLabels.get(parent)));
		}
		List<OccupationGroup.GroupLink> children = iscoGroups.stream()
			.filter(candidate -> code.equals(parentCode(candidate.code(), codes)))
			.map(candidate -> new OccupationGroup.GroupLink(candidate.code(), candidate.label()))
			.toList();
		List<OccupationSummary> members = new ArrayList<>();
		for (int i = 0; i < occupations.size(); i++) {
			if (code.equals(occupations.get(i).iscoGroup())) {
				members.add(summaries[i]);
			}
		}
		members.sort(Comparator.comparing(summary -> summary.label().toLowerCase(Locale.GERMAN)));
		return Optional.of(new OccupationGroup(group.code(), group.label(), parents, children, members));
	}

	/** The longest shorter code that is a group (ISCO codes nest by prefix: 7, 72, 722, 7223). */
	private static @Nullable String parentCode(String code, Set<String> codes) {
		for (int length = code.length() - 1; length >= 1; length--) {
			if (codes.contains(code.substring(0, length))) {
				return code.substring(0, length);
			}
		}
		return null;
	}

	public boolean contains(String occupationUri) {
		return occupationPositions.containsKey(occupationUri);
	}

	public Optional<OccupationSummary> summary(String occupationUri) {
		Integer position = occupationPositions.get(occupationUri);
		return position == null ? Optional.empty() : Optional.of(summaries[position]);
	}

	public Optional<OccupationDetails> occupation(String occupationUri) {
		Integer position = occupationPositions.get(occupationUri);
		if (position == null) {
			return Optional.empty();
		}
		Occupation occupation = occupations.get(position);
		int[] skillPositionsOf = engine.skillsOf(position);
		List<SkillRequirement> requirements = new ArrayList<>();
		for (int skill : skillPositionsOf) {
			requirements.add(requirement(skill, engine.isEssential(position, skill)));
		}
		requirements.sort(Comparator.comparing((SkillRequirement skill) -> !skill.essential())
			.thenComparing(skill -> skill.label().toLowerCase(Locale.GERMAN)));
		Set<String> otherLabels = new LinkedHashSet<>(occupation.altLabels());
		otherLabels.remove(occupation.preferredLabel());
		return Optional.of(new OccupationDetails(summaries[position], occupation.description(),
				List.copyOf(otherLabels), requirements));
	}

	public Optional<SkillRequirement> skill(String skillUri) {
		Integer position = skillPositions.get(skillUri);
		return position == null ? Optional.empty() : Optional.of(requirement(position, false));
	}

	/** Skills whose German or English label contains every word of the query, shortest labels first. */
	public List<SkillRequirement> searchSkills(String query, int limit) {
		String[] words = GermanText.fold(query).trim().split("[^a-z0-9]+");
		if (words.length == 0 || (words.length == 1 && words[0].isEmpty())) {
			return List.of();
		}
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < foldedSkillLabels.length; i++) {
			String label = foldedSkillLabels[i];
			if (Arrays.stream(words).allMatch(label::contains)) {
				found.add(i);
			}
		}
		return found.stream()
			.sorted(Comparator.comparingInt((Integer i) -> skills.get(i).label().length()))
			.limit(limit)
			.map(i -> requirement(i, false))
			.toList();
	}

	/**
	 * The skills under the headings of the skill hierarchy, headings in the hierarchy's order (skills,
	 * knowledge, transversal, languages; by code within), skills in the given order within each heading;
	 * skills the hierarchy does not place come last in a group without uri.
	 */
	public List<SkillGroupSkills> group(List<SkillRequirement> requirements) {
		Map<Integer, List<SkillRequirement>> byHeading = new HashMap<>();
		for (SkillRequirement requirement : requirements) {
			Integer position = skillPositions.get(requirement.uri());
			int heading = position == null ? -1 : headingOf[position];
			byHeading.computeIfAbsent(heading, h -> new ArrayList<>()).add(requirement);
		}
		List<SkillGroupSkills> grouped = new ArrayList<>();
		for (int h = 0; h < headings.size(); h++) {
			List<SkillRequirement> inHeading = byHeading.get(h);
			if (inHeading != null) {
				grouped.add(new SkillGroupSkills(headings.get(h).uri(), headings.get(h).label(), List.copyOf(inHeading)));
			}
		}
		List<SkillRequirement> other = byHeading.get(-1);
		if (other != null) {
			grouped.add(new SkillGroupSkills(null, null, List.copyOf(other)));
		}
		return grouped;
	}

	/**
	 * Finds each skill's heading: walks up the broader relations (preferring a group over a broader skill,
	 * the first in URI order where there are several) to the pillar, and takes the group just below the
	 * pillar; a skill directly below a pillar is headed by the pillar itself.
	 */
	private static int[] headings(TaxonomySnapshot snapshot, List<Skill> skills, List<SkillGroup> headings) {
		Map<String, SkillGroup> groups = new HashMap<>();
		for (SkillGroup group : snapshot.skillGroups()) {
			groups.put(group.uri(), group);
		}
		Map<String, String> up = new HashMap<>();
		for (Broader link : snapshot.skillHierarchy()) {
			String current = up.get(link.conceptUri());
			boolean better = current == null
					|| (groups.containsKey(link.broaderUri()) && !groups.containsKey(current))
					|| (groups.containsKey(link.broaderUri()) == groups.containsKey(current)
							&& link.broaderUri().compareTo(current) < 0);
			if (better) {
				up.put(link.conceptUri(), link.broaderUri());
			}
		}
		Map<String, Integer> headingPositions = new HashMap<>();
		List<SkillGroup> found = new ArrayList<>();
		String[] headingUris = new String[skills.size()];
		for (int i = 0; i < skills.size(); i++) {
			String below = null;
			String node = skills.get(i).uri();
			Set<String> seen = new HashSet<>();
			String previousGroup = null;
			while (up.containsKey(node) && seen.add(node)) {
				node = up.get(node);
				if (groups.containsKey(node)) {
					below = previousGroup;
					previousGroup = node;
				}
			}
			String heading = below != null ? below : previousGroup;
			if (heading != null && !headingPositions.containsKey(heading)) {
				headingPositions.put(heading, found.size());
				found.add(groups.get(heading));
			}
			headingUris[i] = heading;
		}
		Map<String, String> pillarOf = new HashMap<>();
		for (SkillGroup group : found) {
			String node = group.uri();
			Set<String> seen = new HashSet<>();
			while (up.containsKey(node) && seen.add(node)) {
				node = up.get(node);
			}
			pillarOf.put(group.uri(), groups.containsKey(node) ? groups.get(node).code() : null);
		}
		found.sort(Comparator.comparingInt((SkillGroup group) -> pillarRank(pillarOf.get(group.uri()), group))
			.thenComparing(group -> group.code() == null ? "" : group.code(), TaxonomyIndex::compareCodes)
			.thenComparing(SkillGroup::label));
		headings.addAll(found);
		Map<String, Integer> sorted = new HashMap<>();
		for (int h = 0; h < found.size(); h++) {
			sorted.put(found.get(h).uri(), h);
		}
		int[] headingOf = new int[skills.size()];
		for (int i = 0; i < skills.size(); i++) {
			headingOf[i] = headingUris[i] == null ? -1 : sorted.get(headingUris[i]);
		}
		return headingOf;
	}

	private static final List<String> PILLARS = List.of("S", "K", "T", "L");

	private static int pillarRank(@Nullable String pillarCode, SkillGroup group) {
		String code = pillarCode != null ? pillarCode : group.code();
		int rank = code == null ? -1 : PILLARS.indexOf(code);
		return rank < 0 ? PILLARS.size() : rank;
	}

	/** Codes in natural order: "S2" before "S10", "04" before "07". */
	private static int compareCodes(String a, String b) {
		String prefixA = a.replaceAll("[0-9.]+$", "");
		String prefixB = b.replaceAll("[0-9.]+$", "");
		int byPrefix = prefixA.compareTo(prefixB);
		if (byPrefix != 0) {
			return byPrefix;
		}
		String[] partsA = a.substring(prefixA.length()).split("\\.");
		String[] partsB = b.substring(prefixB.length()).split("\\.");
		for (int k = 0; k < Math.min(partsA.length, partsB.length); k++) {
			int byNumber = Long.compare(number(partsA[k]), number(partsB[k]));
			if (byNumber != 0) {
				return byNumber;
			}
		}
		return Integer.compare(partsA.length, partsB.length);
	}

	private static long number(String digits) {
		try {
			return digits.isEmpty() ? -1 : Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	public List<Pathway> pathways(PathwayQuery query) {
		List<Integer> sources = query.from().stream().map(occupationPositions::get).filter(p -> p != null).toList();
		int[] held;
		float @Nullable [] weights;
		if (query.skills() != null) {
			held = query.skills().stream().map(skillPositions::get).filter(p -> p != null).mapToInt(Integer::intValue)
				.distinct().toArray();
			weights = null;
		}
		else {
			Map<Integer, Float> union = new HashMap<>();
			for (int source : sources) {
				int[] sourceSkills = engine.skillsOf(source);
				float[] sourceWeights = engine.weightsOf(source);
				for (int k = 0; k < sourceSkills.length; k++) {
					union.merge(sourceSkills[k], sourceWeights[k], Math::max);
				}
			}
			held = union.keySet().stream().mapToInt(Integer::intValue).toArray();
			weights = new float[held.length];
			for (int k = 0; k < held.length; k++) {
				weights[k] = union.get(held[k]);
			}
		}
		Set<String> sourceGroups = new HashSet<>();
		for (int source : sources) {
			if (occupations.get(source).iscoGroup() != null) {
				sourceGroups.add(occupations.get(source).iscoGroup());
			}
		}
		PathwayEngine.TargetFilter filter = occupation -> {
			if (query.excludeSameGroup() && sourceGroups.contains(occupations.get(occupation).iscoGroup())) {
				return false;
			}
			return !query.futureOnly() || isFutureOriented(summaries[occupation]);
		};
		int[] exclude = sources.stream().mapToInt(Integer::intValue).toArray();
		boolean[] heldFlags = new boolean[skills.size()];
		for (int skill : held) {
			heldFlags[skill] = true;
		}
		return engine.rank(held, weights, exclude, filter, query.limit())
			.stream()
			.map(target -> new Pathway(summaries[target.occupation()], target.score(),
					Arrays.stream(target.shared())
						.mapToObj(skill -> requirement(skill, engine.isEssential(target.occupation(), skill)))
						.toList(),
					Arrays.stream(target.missing())
						.mapToObj(skill -> requirement(skill, engine.isEssential(target.occupation(), skill)))
						.toList()))
			.toList();
	}

	public boolean isFutureOriented(OccupationSummary occupation) {
		return occupation.greenShare() >= thresholds.greenShare()
				|| occupation.digitalShare() >= thresholds.digitalShare();
	}

	private SkillRequirement requirement(int position, boolean essential) {
		Skill skill = skills.get(position);
		return new SkillRequirement(skill.uri(), skill.label(), skill.labelEn(), essential,
				"knowledge".equals(skill.type()), skill.green(), skill.digital(), skill.transversal());
	}

	/** Occupations as the finder sees them, for evaluation and benchmarks. */
	public List<String> occupationUris() {
		return occupations.stream().map(Occupation::uri).toList();
	}

	/** The ISCO unit group of an occupation, or null. */
	public @Nullable String iscoGroupOf(String occupationUri) {
		Integer position = occupationPositions.get(occupationUri);
		return position == null ? null : occupations.get(position).iscoGroup();
	}

}
