package de.itas.platform.trainings.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import de.itas.platform.shared.web.PageOf;
import de.itas.platform.trainings.Format;

/**
 * An immutable in-memory copy of the published catalogue as the search reads it, for one state of the
 * catalogue (the change counter {@code trainings.search_state}) and one day: offers with their search
 * keys, their upcoming runs, an inverted index of the lexemes PostgreSQL's German full-text configuration
 * made of each offer ({@code search_vector}) and the weighted positions of {@code rank_vector}.
 * <p>
 * It answers exactly what {@link TrainingSearch}'s SQL answers for the same query — the same matches,
 * total, facets, order and page — without a database round trip per query: matching is a union of
 * posting lists per word prefix, the rank is PostgreSQL's {@code ts_rank} (default weights, no
 * normalisation) recomputed in the same float arithmetic, facets are counted in one pass. Words are
 * stemmed by PostgreSQL ({@code to_tsquery('german', …)}) before the index is asked, and a word the full text
 * finds too rarely comes with the stems of its stand-ins from the vocabulary (a typo). Only a word that does
 * not stem to one lexeme is left to SQL. {@code SearchIndexEquivalenceIntegrationTests} compares both answers
 * over a few thousand queries.
 */
final class SearchIndex {

	/** {@code ts_rank}'s default weights of D, C, B, A (float, as in PostgreSQL's tsrank.c). */
	private static final float[] WEIGHTS = { 0.1f, 0.2f, 0.4f, 1.0f };

	private static final int NO_DATE = Integer.MAX_VALUE;

	final long version;
	final LocalDate day;

	// offers, by position (ascending id)
	private final long[] ids;
	private final String[] titles;
	private final String[] summaries;
	private final String[] providers;
	private final Format[] formats;
	private final BigDecimal[] hours;
	private final DurationClass[] durations;
	private final BigDecimal[] prices;
	/** Prices in cents (the column has two decimals), for comparing without BigDecimal. */
	private final long[] cents;
	private final boolean[] azav;
	private final boolean[] fundable;
	/** {@code o.next_start} as stored (the relevance tie-break and the order without run filters). */
	private final int[] nextStarts;
	private final int[][] skills;

	// upcoming runs (not cancelled, from the index's day on) of each offer, ordered by start and id
	private final int[] runFrom;
	private final int[] runStart;
	private final int[] runDistrict;
	private final double[] runLatitude;
	private final double[] runLongitude;
	private final @Nullable String[] runCity;
	private final boolean[] runOnline;

	private final String[] districtCodes;
	private final Map<String, Integer> districtIndex;
	private final String[] skillUris;
	private final String[] skillLabels;
	/** Position of each skill in the database's order of (least label, uri). */
	private final int[] skillOrder;
	private final Map<String, Integer> skillIndex;

	// full text: sorted lexemes, offers per lexeme; per offer the rank vector's lexemes and position weights
	private final String[] lexemes;
	private final int[][] postings;
	private final int[] rankFrom;
	private final int[] rankLexemes;
	private final int[] rankWeightFrom;
	private final byte[] rankWeights;

	private SearchIndex(Builder b) {
		this.version = b.version;
		this.day = b.day;
		int n = b.ids.size();
		this.ids = b.ids.stream().mapToLong(Long::longValue).toArray();
		this.titles = b.titles.toArray(String[]::new);
		this.summaries = b.summaries.toArray(String[]::new);
		this.providers = b.providers.toArray(String[]::new);
		this.formats = b.formats.toArray(Format[]::new);
		this.hours = b.hours.toArray(BigDecimal[]::new);
		this.durations = new DurationClass[n];
		for (int i = 0; i < n; i++) {
			durations[i] = DurationClass.of(hours[i]);
		}
		this.prices = b.prices.toArray(BigDecimal[]::new);
		this.cents = new long[n];
		for (int i = 0; i < n; i++) {
			cents[i] = prices[i].movePointRight(2).longValueExact();
		}
		this.azav = toArray(b.azav);
		this.fundable = toArray(b.fundable);
		this.nextStarts = b.nextStarts.stream().mapToInt(Integer::intValue).toArray();
		this.skillUris = b.skillUris.toArray(String[]::new);
		this.skillLabels = b.skillLabels.toArray(String[]::new);
		this.skillIndex = new HashMap<>();
		for (int s = 0; s < skillUris.length; s++) {
			skillIndex.put(skillUris[s], s);
		}
		this.skillOrder = new int[skillUris.length];
		for (int s = 0; s < skillOrder.length; s++) {
			skillOrder[s] = s;
		}
		this.skills = new int[n][];
		for (int i = 0; i < n; i++) {
			skills[i] = b.offerSkills.get(i).stream().filter(skillIndex::containsKey).mapToInt(skillIndex::get).toArray();
		}
		this.districtCodes = b.districtCodes.toArray(String[]::new);
		this.districtIndex = new HashMap<>(b.districtIndex);
		this.runFrom = b.runFrom.stream().mapToInt(Integer::intValue).toArray();
		this.runStart = b.runStart.stream().mapToInt(Integer::intValue).toArray();
		this.runDistrict = b.runDistrict.stream().mapToInt(Integer::intValue).toArray();
		this.runLatitude = b.runLatitude.stream().mapToDouble(Double::doubleValue).toArray();
		this.runLongitude = b.runLongitude.stream().mapToDouble(Double::doubleValue).toArray();
		this.runCity = b.runCity.toArray(String[]::new);
		this.runOnline = toArray(b.runOnline);
		// the dictionary: every lexeme of any offer, sorted like PostgreSQL sorts a tsvector's lexemes (bytes)
		this.lexemes = b.postingLists.keySet().toArray(String[]::new);
		Arrays.sort(lexemes, SearchIndex::compareLexemes);
		Map<String, Integer> lexemeIds = new HashMap<>();
		this.postings = new int[lexemes.length][];
		for (int l = 0; l < lexemes.length; l++) {
			lexemeIds.put(lexemes[l], l);
			postings[l] = b.postingLists.get(lexemes[l]).toArray();
		}
		this.rankFrom = new int[n + 1];
		IntList rankLexemeList = new IntList();
		IntList weightFrom = new IntList();
		IntList weights = new IntList();
		for (int i = 0; i < n; i++) {
			rankFrom[i] = rankLexemeList.size();
			List<RankEntry> entries = new ArrayList<>(b.rankEntries.get(i));
			entries.removeIf(entry -> !lexemeIds.containsKey(entry.lexeme()));
			entries.sort(Comparator.comparing(RankEntry::lexeme, SearchIndex::compareLexemes));
			for (RankEntry entry : entries) {
				rankLexemeList.add(lexemeIds.get(entry.lexeme()));
				weightFrom.add(weights.size());
				for (byte weight : entry.weights()) {
					weights.add(weight);
				}
			}
		}
		rankFrom[n] = rankLexemeList.size();
		weightFrom.add(weights.size());
		this.rankLexemes = rankLexemeList.toArray();
		this.rankWeightFrom = weightFrom.toArray();
		this.rankWeights = new byte[weights.size()];
		for (int w = 0; w < rankWeights.length; w++) {
			rankWeights[w] = (byte) weights.get(w);
		}
	}

	int size() {
		return ids.length;
	}

	/** Bytewise (code point) order of lexemes, as PostgreSQL's {@code tsCompareString} orders them. */
	static int compareLexemes(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	// ---------------------------------------------------------------------------------------------- query

	/**
	 * The answer to a query whose words are given as their German stems (in the order of the query's words,
	 * "" for a stop word), each with the stems of the words standing in for it: every word must match, as
	 * a prefix, itself or one of its stand-ins.
	 */
	SearchResult search(SearchQuery query, List<List<String>> stems, Places.@Nullable Point centre) {
		Filters f = new Filters(query, centre);
		boolean hasText = !stems.isEmpty();
		List<String> operands = operands(stems);
		BitSet candidates = null;
		for (List<String> group : stems) {
			if (group.get(0).isEmpty()) {
				continue; // a stop word matches everything
			}
			BitSet word = new BitSet(ids.length);
			for (String stem : group) {
				word.or(matches(stem));
			}
			if (candidates == null) {
				candidates = word;
			}
			else {
				candidates.and(word);
			}
		}
		long total = 0;
		long azavCount = 0;
		long fundableCount = 0;
		long[] formatCounts = new long[Format.values().length];
		boolean[] formatSeen = new boolean[Format.values().length];
		long[] durationCounts = new long[DurationClass.values().length];
		long[] districtCounts = new long[districtCodes.length];
		long[] skillCounts = new long[skillUris.length];
		boolean[] districtSeen = new boolean[districtCodes.length];
		IntList hits = new IntList();
		int n = ids.length;
		for (int i = candidates == null ? 0 : candidates.nextSetBit(0); i >= 0 && i < n;
				i = candidates == null ? i + 1 : candidates.nextSetBit(i + 1)) {
			if (cents[i] > f.maxCents) {
				continue;
			}
			boolean runs = !f.filtersRuns || anyRun(i, f, false);
			boolean format = f.format == null || formats[i] == f.format;
			boolean duration = f.duration == null || durations[i] == f.duration;
			boolean azavOk = !f.azavOnly || azav[i];
			boolean fundableOk = !f.fundableOnly || fundable[i];
			boolean skill = f.skill == null || f.skill >= 0 && contains(skills[i], f.skill);
			boolean offer = format && duration && azavOk && fundableOk && skill;
			formatSeen[formats[i].ordinal()] = true;
			if (runs && offer) {
				total++;
				hits.add(i);
			}
			if (runs && duration && azavOk && fundableOk && skill) {
				formatCounts[formats[i].ordinal()]++;
			}
			if (runs && format && azavOk && fundableOk && skill) {
				durationCounts[durations[i].ordinal()]++;
			}
			if (runs && format && duration && fundableOk && skill && azav[i]) {
				azavCount++;
			}
			if (runs && format && duration && azavOk && skill && fundable[i]) {
				fundableCount++;
			}
			if (runs && format && duration && azavOk && fundableOk) {
				for (int s : skills[i]) {
					skillCounts[s]++;
				}
			}
			if (offer) {
				// the districts of the offer's runs within the other run filters
				Arrays.fill(districtSeen, false);
				for (int r = runFrom[i]; r < runFrom[i + 1]; r++) {
					int d = runDistrict[r];
					if (d >= 0 && !districtSeen[d] && runMatches(r, f, true)) {
						districtSeen[d] = true;
						districtCounts[d]++;
					}
				}
			}
		}
		Map<Format, Long> formatFacet = new EnumMap<>(Format.class);
		for (Format value : Format.values()) {
			if (formatSeen[value.ordinal()]) {
				formatFacet.put(value, formatCounts[value.ordinal()]);
			}
		}
		Map<DurationClass, Long> durationFacet = new EnumMap<>(DurationClass.class);
		for (DurationClass value : DurationClass.values()) {
			durationFacet.put(value, durationCounts[value.ordinal()]);
		}
		Map<String, Long> districtFacet = new HashMap<>();
		for (int d = 0; d < districtCodes.length; d++) {
			if (districtCounts[d] > 0) {
				districtFacet.put(districtCodes[d], districtCounts[d]);
			}
		}
		List<SearchFacets.SkillCount> skillFacet = skillFacet(skillCounts, f.skill);
		SearchFacets facets = new SearchFacets(districtFacet, formatFacet, durationFacet, azavCount, fundableCount,
				skillFacet);
		return new SearchResult(
				new PageOf<>(page(hits, query, f, hasText ? operands : null), query.page(), query.size(), total), facets);
	}

	private List<SearchFacets.SkillCount> skillFacet(long[] counts, @Nullable Integer chosen) {
		List<Integer> counted = new ArrayList<>();
		for (int s = 0; s < counts.length; s++) {
			if (counts[s] > 0) {
				counted.add(s);
			}
		}
		counted.sort(Comparator.<Integer>comparingLong(s -> -counts[s]).thenComparingInt(s -> skillOrder[s]));
		List<SearchFacets.SkillCount> facet = new ArrayList<>();
		for (int s : counted.subList(0, Math.min(TrainingSearch.SKILL_FACETS, counted.size()))) {
			facet.add(new SearchFacets.SkillCount(skillUris[s], skillLabels[s], counts[s]));
		}
		if (chosen != null && chosen >= 0 && counts[chosen] > 0
				&& facet.stream().noneMatch(skill -> skill.uri().equals(skillUris[chosen]))) {
			facet.add(new SearchFacets.SkillCount(skillUris[chosen], skillLabels[chosen], counts[chosen]));
		}
		return facet;
	}

	/** Compares two hits by their index in the list of hits. */
	private interface HitOrder {

		int compare(int a, int b);

	}

	/** The page of the matching offers in the query's order: the first (page + 1) × size picked, then sorted. */
	private List<OfferHit> page(IntList hits, SearchQuery query, Filters f, @Nullable List<String> operands) {
		int count = hits.size();
		HitOrder byId = (a, b) -> Long.compare(ids[hits.get(a)], ids[hits.get(b)]);
		HitOrder order;
		if (query.sort() == SearchQuery.Sort.PRICE) {
			order = (a, b) -> {
				int c = Long.compare(cents[hits.get(a)], cents[hits.get(b)]);
				return c != 0 ? c : byId.compare(a, b);
			};
		}
		else if (query.sort() == SearchQuery.Sort.RELEVANCE && operands != null) {
			float[] ranks = new float[count];
			for (int h = 0; h < count; h++) {
				ranks[h] = rank(hits.get(h), operands);
			}
			order = (a, b) -> {
				int c = Float.compare(ranks[b], ranks[a]);
				if (c == 0) {
					c = Integer.compare(nextStarts[hits.get(a)], nextStarts[hits.get(b)]);
				}
				return c != 0 ? c : byId.compare(a, b);
			};
		}
		else if (f.filtersRuns) {
			int[] starts = new int[count];
			for (int h = 0; h < count; h++) {
				int r = firstRun(hits.get(h), f);
				starts[h] = r < 0 ? NO_DATE : runStart[r];
			}
			order = (a, b) -> {
				int c = Integer.compare(starts[a], starts[b]);
				return c != 0 ? c : byId.compare(a, b);
			};
		}
		else {
			order = (a, b) -> {
				int c = Integer.compare(nextStarts[hits.get(a)], nextStarts[hits.get(b)]);
				return c != 0 ? c : byId.compare(a, b);
			};
		}
		long from = (long) query.page() * query.size();
		if (from >= count) {
			return List.of();
		}
		int[] first = firstOf(count, (int) Math.min(count, from + query.size()), order);
		List<OfferHit> page = new ArrayList<>();
		for (int k = (int) from; k < first.length; k++) {
			int i = hits.get(first[k]);
			int r = firstRun(i, f);
			page.add(new OfferHit(ids[i], titles[i], summaries[i], providers[i], formats[i], hours[i], prices[i], azav[i],
					fundable[i], r < 0 ? null : LocalDate.ofEpochDay(runStart[r]), r < 0 ? null : runCity[r],
					r >= 0 && runOnline[r], runFrom[i + 1] - runFrom[i]));
		}
		return page;
	}

	/** The first {@code k} of {@code 0 … count-1} in the given order, sorted (a bounded heap: O(count log k)). */
	private static int[] firstOf(int count, int k, HitOrder order) {
		int[] heap = new int[k];
		int size = 0;
		for (int h = 0; h < count; h++) {
			if (size < k) {
				// sift up: the heap's root is the last of the first k
				int child = size++;
				heap[child] = h;
				while (child > 0) {
					int parent = (child - 1) / 2;
					if (order.compare(heap[child], heap[parent]) <= 0) {
						break;
					}
					int swap = heap[parent];
					heap[parent] = heap[child];
					heap[child] = swap;
					child = parent;
				}
			}
			else if (order.compare(h, heap[0]) < 0) {
				heap[0] = h;
				int parent = 0;
				while (true) {
					int left = 2 * parent + 1;
					int largest = parent;
					if (left < size && order.compare(heap[left], heap[largest]) > 0) {
						largest = left;
					}
					if (left + 1 < size && order.compare(heap[left + 1], heap[largest]) > 0) {
						largest = left + 1;
					}
					if (largest == parent) {
						break;
					}
					int swap = heap[parent];
					heap[parent] = heap[largest];
					heap[largest] = swap;
					parent = largest;
				}
			}
		}
		Integer[] sorted = new Integer[size];
		for (int s = 0; s < size; s++) {
			sorted[s] = heap[s];
		}
		Arrays.sort(sorted, order::compare);
		int[] result = new int[size];
		for (int s = 0; s < size; s++) {
			result[s] = sorted[s];
		}
		return result;
	}

	/** The distinct operands of the rank query, sorted like PostgreSQL's {@code SortAndUniqItems}. */
	private static List<String> operands(List<List<String>> stems) {
		TreeSet<String> sorted = new TreeSet<>(SearchIndex::compareLexemes);
		for (List<String> group : stems) {
			for (String stem : group) {
				if (!stem.isEmpty()) {
					sorted.add(stem);
				}
			}
		}
		return new ArrayList<>(sorted);
	}

	/** Offers having a lexeme that starts with the stem. */
	private BitSet matches(String stem) {
		BitSet set = new BitSet(ids.length);
		for (int l = firstWithPrefix(stem); l < lexemes.length && lexemes[l].startsWith(stem); l++) {
			for (int i : postings[l]) {
				set.set(i);
			}
		}
		return set;
	}

	private int firstWithPrefix(String prefix) {
		int low = 0;
		int high = lexemes.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (compareLexemes(lexemes[mid], prefix) < 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/**
	 * {@code ts_rank(rank_vector, 'a:* | b:* …')} with the default weights and no normalisation: PostgreSQL's
	 * {@code calc_rank_or}, in its order of operands and lexemes and in its mix of float and double.
	 */
	float rank(int offer, List<String> operands) {
		if (operands.isEmpty() || rankFrom[offer] == rankFrom[offer + 1]) {
			return 0f;
		}
		float res = 0f;
		for (String operand : operands) {
			int first = firstWithPrefix(operand);
			for (int e = rankFrom[offer]; e < rankFrom[offer + 1]; e++) {
				int lexeme = rankLexemes[e];
				if (lexeme < first || !lexemes[lexeme].startsWith(operand)) {
					continue;
				}
				float resj = 0f;
				float wjm = -1f;
				int jm = 0;
				for (int p = rankWeightFrom[e], j = 0; p < rankWeightFrom[e + 1]; p++, j++) {
					float weight = WEIGHTS[rankWeights[p]];
					resj = resj + weight / ((j + 1) * (j + 1));
					if (weight > wjm) {
						wjm = weight;
						jm = j;
					}
				}
				res = (float) (res + (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685);
			}
		}
		res = res / operands.size();
		return res < 0 ? 1e-20f : res;
	}

	private boolean anyRun(int offer, Filters f, boolean exceptDistrict) {
		for (int r = runFrom[offer]; r < runFrom[offer + 1]; r++) {
			if (runMatches(r, f, exceptDistrict)) {
				return true;
			}
		}
		return false;
	}

	/** The first run (by start and id) within all run filters, or -1. */
	private int firstRun(int offer, Filters f) {
		for (int r = runFrom[offer]; r < runFrom[offer + 1]; r++) {
			if (runMatches(r, f, false)) {
				return r;
			}
		}
		return -1;
	}

	private boolean runMatches(int r, Filters f, boolean exceptDistrict) {
		// an unknown district (-1) matches no run, not even one without a district
		if (!exceptDistrict && f.district != null && (f.district < 0 || runDistrict[r] != f.district)) {
			return false;
		}
		int start = runStart[r];
		if (start < f.fromDay || start > f.toDay) {
			return false;
		}
		if (f.radius) {
			if (f.centre == null) {
				return false;
			}
			double lat = runLatitude[r];
			double lon = runLongitude[r];
			if (Double.isNaN(lat) || Double.isNaN(lon) || lat < f.centre.latitude() - f.dLat
					|| lat > f.centre.latitude() + f.dLat || lon < f.centre.longitude() - f.dLon
					|| lon > f.centre.longitude() + f.dLon) {
				return false;
			}
			double a = Math.pow(Math.sin(Math.toRadians(lat - f.centre.latitude()) / 2), 2)
					+ Math.cos(Math.toRadians(f.centre.latitude())) * Math.cos(Math.toRadians(lat))
							* Math.pow(Math.sin(Math.toRadians(lon - f.centre.longitude()) / 2), 2);
			return 6371 * 2 * Math.asin(Math.sqrt(a)) <= f.km;
		}
		return true;
	}

	private static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

	/** The query's filters in the index's terms. */
	private final class Filters {

		/** The highest price in cents that passes the price filter. */
		final long maxCents;
		final @Nullable Format format;
		final @Nullable DurationClass duration;
		final boolean azavOnly;
		final boolean fundableOnly;
		/** Index of the skill, -1 when the index does not know it (nothing matches), null without filter. */
		final @Nullable Integer skill;
		/** Index of the district, -1 when unknown, null without filter. */
		final @Nullable Integer district;
		final int fromDay;
		final int toDay;
		final boolean radius;
		final Places.@Nullable Point centre;
		final double km;
		final double dLat;
		final double dLon;
		final boolean filtersRuns;

		Filters(SearchQuery query, Places.@Nullable Point centre) {
			BigDecimal max = query.maxPrice();
			this.maxCents = max == null || max.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 100)) >= 0 ? Long.MAX_VALUE
					: max.movePointRight(2).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
			this.format = query.format();
			this.duration = query.duration();
			this.azavOnly = query.azavOnly();
			this.fundableOnly = query.fundableOnly();
			this.skill = query.skillUri() == null ? null : skillIndex.getOrDefault(query.skillUri(), -1);
			this.district = query.districtCode() == null ? null : districtIndex.getOrDefault(query.districtCode(), -1);
			int from = (int) day.toEpochDay();
			int to = Integer.MAX_VALUE - 1;
			if (query.startMonth() != null) {
				from = Math.max(from, (int) query.startMonth().atDay(1).toEpochDay());
				to = (int) query.startMonth().atEndOfMonth().toEpochDay();
			}
			if (query.startFrom() != null) {
				from = Math.max(from, (int) query.startFrom().toEpochDay());
			}
			this.fromDay = from;
			this.toDay = to;
			this.radius = query.radius();
			this.centre = centre;
			this.km = radius ? query.radiusKm() : 0;
			this.dLat = km / 111.0;
			this.dLon = centre == null ? 0 : km / (111.0 * Math.cos(Math.toRadians(centre.latitude())));
			this.filtersRuns = query.districtCode() != null || radius || query.startMonth() != null
					|| query.startFrom() != null;
		}

	}

	// ---------------------------------------------------------------------------------------------- build

	/** Reads the published catalogue; to be called in one read-only, repeatable-read transaction. */
	static SearchIndex load(NamedParameterJdbcTemplate jdbc, LocalDate today) {
		Builder b = new Builder();
		Long counter = jdbc.getJdbcTemplate().queryForObject("SELECT version FROM trainings.search_state WHERE id = 1",
				Long.class);
		b.version = counter == null ? 0 : counter;
		b.day = today;
		MapSqlParameterSource params = new MapSqlParameterSource("today", today);
		jdbc.query("SELECT s.skill_uri, min(s.label) AS label FROM trainings.offer_skill s GROUP BY s.skill_uri "
				+ "ORDER BY min(s.label), s.skill_uri", rs -> {
					b.skillUris.add(rs.getString(1));
					b.skillLabels.add(rs.getString(2));
				});
		Map<Long, Integer> positions = new HashMap<>();
		jdbc.query("SELECT o.id, o.title, o.summary, o.provider_name, o.format, o.duration_hours, o.price, "
				+ "o.provider_azav AND o.course_azav AS azav, o.fundable, o.next_start, o.skills, "
				+ "tsvector_to_array(o.search_vector) AS lexemes, o.rank_vector::text AS rank_vector "
				+ "FROM trainings.offer o WHERE o.status = 'PUBLISHED' ORDER BY o.id", params, rs -> {
					int i = b.ids.size();
					long id = rs.getLong("id");
					positions.put(id, i);
					b.ids.add(id);
					b.titles.add(rs.getString("title"));
					b.summaries.add(rs.getString("summary"));
					b.providers.add(rs.getString("provider_name"));
					b.formats.add(Format.valueOf(rs.getString("format")));
					b.hours.add(new BigDecimal(rs.getBigDecimal("duration_hours").stripTrailingZeros().toPlainString()));
					b.prices.add(rs.getBigDecimal("price"));
					b.azav.add(rs.getBoolean("azav"));
					b.fundable.add(rs.getBoolean("fundable"));
					LocalDate next = rs.getObject("next_start", LocalDate.class);
					b.nextStarts.add(next == null ? NO_DATE : (int) next.toEpochDay());
					b.offerSkills.add(List.of((String[]) rs.getArray("skills").getArray()));
					for (String lexeme : (String[]) rs.getArray("lexemes").getArray()) {
						b.postingLists.computeIfAbsent(lexeme, key -> new IntList()).add(i);
					}
					b.rankEntries.add(parseTsvector(rs.getString("rank_vector")));
				});
		int[] runCount = new int[b.ids.size()];
		List<Object[]> runs = new ArrayList<>();
		jdbc.query("SELECT r.offer_id, r.start_date, r.district_code, r.latitude, r.longitude, r.city, r.online "
				+ "FROM trainings.run r JOIN trainings.offer o ON o.id = r.offer_id AND o.status = 'PUBLISHED' "
				+ "WHERE NOT r.cancelled AND r.start_date >= :today ORDER BY r.offer_id, r.start_date, r.id", params, rs -> {
					Integer position = positions.get(rs.getLong(1));
					if (position == null) {
						return;
					}
					runCount[position]++;
					double latitude = rs.getDouble(4);
					boolean noLatitude = rs.wasNull();
					double longitude = rs.getDouble(5);
					boolean noLongitude = rs.wasNull();
					runs.add(new Object[] { position, (int) rs.getObject(2, LocalDate.class).toEpochDay(),
							district(b, rs.getString(3)), noLatitude ? Double.NaN : latitude,
							noLongitude ? Double.NaN : longitude, rs.getString(6), rs.getBoolean(7) });
				});
		// runs are ordered by offer id, and positions follow offer ids
		int next = 0;
		for (int i = 0; i < runCount.length; i++) {
			b.runFrom.add(next);
			next += runCount[i];
		}
		b.runFrom.add(next);
		for (Object[] run : runs) {
			b.runStart.add((Integer) run[1]);
			b.runDistrict.add((Integer) run[2]);
			b.runLatitude.add((Double) run[3]);
			b.runLongitude.add((Double) run[4]);
			b.runCity.add((String) run[5]);
			b.runOnline.add((Boolean) run[6]);
		}
		return new SearchIndex(b);
	}

	private static int district(Builder b, @Nullable String code) {
		if (code == null) {
			return -1;
		}
		return b.districtIndex.computeIfAbsent(code, key -> {
			b.districtCodes.add(key);
			return b.districtCodes.size() - 1;
		});
	}

	/** A lexeme of a tsvector with the weights of its positions (0 = D … 3 = A), in position order. */
	record RankEntry(String lexeme, byte[] weights) {
	}

	/**
	 * Parses PostgreSQL's text form of a tsvector ({@code 'lexem':1A,4B 'other':2}); a lexeme without
	 * positions counts as one position of weight D, as {@code ts_rank} counts it.
	 */
	static List<RankEntry> parseTsvector(@Nullable String text) {
		List<RankEntry> entries = new ArrayList<>();
		if (text == null) {
			return entries;
		}
		int i = 0;
		int length = text.length();
		while (i < length) {
			if (text.charAt(i) != '\'') {
				i++;
				continue;
			}
			StringBuilder lexeme = new StringBuilder();
			i++;
			while (i < length) {
				char c = text.charAt(i);
				if (c == '\\' && i + 1 < length) {
					lexeme.append(text.charAt(i + 1));
					i += 2;
				}
				else if (c == '\'' && i + 1 < length && text.charAt(i + 1) == '\'') {
					lexeme.append('\'');
					i += 2;
				}
				else if (c == '\'') {
					i++;
					break;
				}
				else {
					lexeme.append(c);
					i++;
				}
			}
			List<Byte> weights = new ArrayList<>();
			if (i < length && text.charAt(i) == ':') {
				i++;
				while (i < length && text.charAt(i) != ' ') {
					char c = text.charAt(i);
					if (Character.isDigit(c)) {
						while (i < length && Character.isDigit(text.charAt(i))) {
							i++;
						}
						byte weight = 0;
						if (i < length && text.charAt(i) >= 'A' && text.charAt(i) <= 'D') {
							weight = (byte) ('D' - text.charAt(i));
							i++;
						}
						weights.add(weight);
					}
					else {
						i++;
					}
				}
			}
			if (weights.isEmpty()) {
				weights.add((byte) 0);
			}
			byte[] array = new byte[weights.size()];
			for (int w = 0; w < array.length; w++) {
				array[w] = weights.get(w);
			}
			entries.add(new RankEntry(lexeme.toString(), array));
		}
		return entries;
	}

	private static boolean[] toArray(List<Boolean> values) {
		boolean[] array = new boolean[values.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = values.get(i);
		}
		return array;
	}

	/** What {@link #load} collects before the arrays are made. */
	private static final class Builder {

		long version;
		LocalDate day = LocalDate.MIN;
		final List<Long> ids = new ArrayList<>();
		final List<String> titles = new ArrayList<>();
		final List<String> summaries = new ArrayList<>();
		final List<String> providers = new ArrayList<>();
		final List<Format> formats = new ArrayList<>();
		final List<BigDecimal> hours = new ArrayList<>();
		final List<BigDecimal> prices = new ArrayList<>();
		final List<Boolean> azav = new ArrayList<>();
		final List<Boolean> fundable = new ArrayList<>();
		final List<Integer> nextStarts = new ArrayList<>();
		final List<List<String>> offerSkills = new ArrayList<>();
		final List<String> skillUris = new ArrayList<>();
		final List<String> skillLabels = new ArrayList<>();
		final Map<String, IntList> postingLists = new HashMap<>();
		final List<List<RankEntry>> rankEntries = new ArrayList<>();
		final List<String> districtCodes = new ArrayList<>();
		final Map<String, Integer> districtIndex = new HashMap<>();
		final List<Integer> runFrom = new ArrayList<>();
		final List<Integer> runStart = new ArrayList<>();
		final List<Integer> runDistrict = new ArrayList<>();
		final List<Double> runLatitude = new ArrayList<>();
		final List<Double> runLongitude = new ArrayList<>();
		final List<@Nullable String> runCity = new ArrayList<>();
		final List<Boolean> runOnline = new ArrayList<>();

	}

	/** A growable list of ints. */
	private static final class IntList {

		private int[] values = new int[4];
		private int size;

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int get(int index) {
			return values[index];
		}

		int size() {
			return size;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}

	}

}
