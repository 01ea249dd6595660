package de.itas.platform.trainings.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

import de.itas.platform.shared.web.PageOf;
import de.itas.platform.trainings.Format;

/**
 * The public search over published offers in SQL: German full-text search with stemming and prefixes,
 * forgiving small typos (a word the full text finds too rarely is widened by its nearest words of the
 * catalogue's vocabulary, {@code trainings.search_word}, by trigram similarity); filters on the offer and
 * on its upcoming runs (district, radius around a town, start month), facets counted with every filter but
 * their own. The SQL is built
 * from fixed fragments; every value is a bind parameter. Answers are cached under the catalogue's change
 * counter, so a repeated query costs one primary-key read until something changes.
 * <p>
 * Most queries are answered from a {@link SearchIndex}: an in-memory copy of the published catalogue for
 * the current change counter and day, which gives the same answer as the SQL without a database round
 * trip per query. When the catalogue has changed (or the day), the query is answered by SQL and the index
 * is rebuilt in the background. Both answer a widened word alike: it matches what any of its words matches.
 */
@Service
@Transactional(readOnly = true)
public class TrainingSearch {

	enum Filter {
		DISTRICT, FORMAT, DURATION, AZAV, FUNDABLE, SKILL
	}

	static final int SKILL_FACETS = 15;
	static final int MAX_WORDS = 6;

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

	/** Punctuation around a word (a comma after it, brackets around it), dropped when a word is tried as a town. */
	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");

	/** The radius around a town named among the search words, when the person chose none. */
	public static final int PLACE_IN_TEXT_RADIUS = 25;

	/** A tsquery of one prefix lexeme without quotes or backslashes inside: {@code 'robot':*}. */
	private static final Pattern SINGLE_PREFIX = Pattern.compile("'([^'\\\\]+)':\\*");

	private static final Logger LOG = LoggerFactory.getLogger(TrainingSearch.class);

	/**
	 * A word with fewer full-text matches than this among published offers is widened by its nearest words of
	 * the vocabulary (a typo); a word the full text finds often enough is not.
	 */
	static final int FUZZY_BELOW = 10;

	/** The trigram similarity a word of the vocabulary needs to stand in for a query word. */
	static final double NEAR_SIMILARITY = 0.5;

	/**
	 * A stand-in is at most this many letters longer or shorter than the word (a typo): a much shorter word
	 * ("Batterie" for "Batterietechnk"), matched as a prefix, would find far more than was asked for.
	 */
	static final int NEAR_LENGTH = 2;

	/** At most this many words of the vocabulary stand in for one query word, the nearest first. */
	static final int NEAR_WORDS = 5;

	/**
	 * Cached answers live at most this long; they are keyed by the catalogue's change counter
	 * ({@code trainings.search_state}, raised by triggers on every change of offers, runs and skills taught),
	 * so a cached answer is never older than the last change, on any instance.
	 */
	static final int CACHE_SECONDS = 30;

	private final NamedParameterJdbcTemplate jdbc;
	private final Places places;
	private final Clock clock;
	private final Cache<Key, Summary> summaries = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(java.time.Duration.ofSeconds(CACHE_SECONDS))
		.build();
	private final Cache<Key, List<OfferHit>> pages = Caffeine.newBuilder()
		.maximumSize(5_000)
		.expireAfterWrite(java.time.Duration.ofSeconds(CACHE_SECONDS))
		.build();
	private final Cache<WordKey, List<String>> nearWords = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(java.time.Duration.ofSeconds(CACHE_SECONDS))
		.build();
	private final Cache<Key, SearchResult> answers = Caffeine.newBuilder()
		.maximumSize(5_000)
		.expireAfterWrite(java.time.Duration.ofSeconds(CACHE_SECONDS))
		.build();
	/** A word's German stem as PostgreSQL makes it ("" for a stop word), empty when it is not one prefix lexeme. */
	private final Cache<String, Optional<String>> stems = Caffeine.newBuilder().maximumSize(10_000).build();

	private final TransactionTemplate snapshot;
	private final ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "training-search-index");
		thread.setDaemon(true);
		return thread;
	});
	/** The running or last rebuild of the index. */
	private CompletableFuture<Void> rebuild = CompletableFuture.completedFuture(null);
	private volatile @Nullable SearchIndex index;

	TrainingSearch(NamedParameterJdbcTemplate jdbc, Places places, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.places = places;
		this.clock = clock;
		this.snapshot = new TransactionTemplate(transactions);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildIndexOnStart() {
		refreshIndex();
	}

	@PreDestroy
	void stopIndexing() {
		indexer.shutdownNow();
	}

	/** Rebuilds the index in the background unless a rebuild is running; the rebuild (running or new). */
	synchronized CompletableFuture<Void> refreshIndex() {
		if (!rebuild.isDone()) {
			return rebuild;
		}
		try {
			rebuild = CompletableFuture.runAsync(() -> {
				try {
					index = buildIndex();
				}
				catch (RuntimeException ex) {
					LOG.warn("Training search index not rebuilt; the search uses SQL until the next try", ex);
				}
			}, indexer);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// shutting down
		}
		return rebuild;
	}

	/** Reads the index from one consistent snapshot of the database. */
	SearchIndex buildIndex() {
		long started = System.nanoTime();
		SearchIndex built = snapshot.execute(status -> SearchIndex.load(jdbc, LocalDate.now(clock)));
		LOG.debug("Training search index: {} offers in {} ms", built.size(), (System.nanoTime() - started) / 1_000_000);
		return built;
	}

	/** The index if it holds the given state of the catalogue on the given day. */
	@Nullable
	SearchIndex currentIndex(long version, LocalDate today) {
		SearchIndex current = index;
		return current != null && current.version == version && current.day.equals(today) ? current : null;
	}

	/** A query (or word) as of one day and one state of the catalogue. */
	private record Key(SearchQuery query, LocalDate today, long version) {
	}

	private record WordKey(String word, long version) {
	}

	/** Forgets cached answers (they are keyed by the catalogue's change counter and need no forgetting otherwise). */
	void forgetCounts() {
		answers.invalidateAll();
		summaries.invalidateAll();
		pages.invalidateAll();
		nearWords.invalidateAll();
	}

	/**
	 * The query as the person meant it: a town of the region among the search words ("Hochvolt" and a town) becomes
	 * the centre of a radius search ({@link #PLACE_IN_TEXT_RADIUS} km unless a radius is chosen), and the other
	 * words stay the text. A query with a place chosen already is kept as it is.
	 */
	public SearchQuery understand(SearchQuery query) {
		String text = query.text();
		if (text == null || query.place() != null) {
			return query;
		}
		List<String> words = List.of(text.split("\\s+"));
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			Optional<String> town = places.townName(word)
				.or(() -> places.townName(EDGE_PUNCTUATION.matcher(word).replaceAll("")));
			if (town.isPresent()) {
				List<String> rest = new ArrayList<>(words);
				rest.remove(i);
				return query.withText(String.join(" ", rest))
					.withPlace(town.get(), query.radiusKm() == null ? PLACE_IN_TEXT_RADIUS : query.radiusKm());
			}
		}
		return query;
	}

	public SearchResult search(SearchQuery query) {
		LocalDate today = LocalDate.now(clock);
		Long counter = jdbc.getJdbcTemplate().queryForObject("SELECT version FROM trainings.search_state WHERE id = 1",
				Long.class);
		long version = counter == null ? 0 : counter;
		Map<String, List<String>> near = near(query, version);
		SearchIndex current = currentIndex(version, today);
		if (current == null) {
			refreshIndex();
		}
		else {
			List<List<String>> stems = stems(query, near);
			if (stems != null) {
				return answers.get(new Key(query, today, version), key -> current.search(query, stems, centre(query)));
			}
		}
		return sqlSearch(query, today, version, near);
	}

	/** The answer of the SQL (what the index must answer as well). */
	SearchResult sqlSearch(SearchQuery query, LocalDate today, long version, Map<String, List<String>> near) {
		Summary summary = summaries.get(new Key(query.withPage(0).withSort(SearchQuery.Sort.RELEVANCE), today, version),
				key -> summary(key.query(), today, near));
		List<OfferHit> hits = pages.get(new Key(query, today, version), key -> hits(query, today, near));
		return new SearchResult(new PageOf<>(hits, query.page(), query.size(), summary.total()), summary.facets());
	}

	/** The answer of the given index, for comparing it with {@link #sqlSearch}; null when the index cannot answer. */
	@Nullable
	SearchResult indexSearch(SearchIndex source, SearchQuery query, long version) {
		List<List<String>> queryStems = stems(query, near(query, version));
		return queryStems == null ? null : source.search(query, queryStems, centre(query));
	}

	private Places.@Nullable Point centre(SearchQuery query) {
		return query.radius() ? places.centre(query.place()).orElse(null) : null;
	}

	/**
	 * The stems of the query's words, in order, each with the stems of the words standing in for it (a stop
	 * word has the single stem ""), or {@code null} when a word is not stemmed to exactly one prefix lexeme
	 * (then the SQL answers).
	 */
	@Nullable
	List<List<String>> stems(SearchQuery query, Map<String, List<String>> near) {
		if (query.text() == null) {
			return List.of();
		}
		List<List<String>> result = new ArrayList<>();
		for (String word : words(query.text())) {
			Optional<String> stem = stem(word);
			if (stem.isEmpty()) {
				return null;
			}
			List<String> group = new ArrayList<>();
			group.add(stem.get());
			for (String other : near.getOrDefault(word, List.of())) {
				// only single-lexeme words of the vocabulary stand in (see near)
				group.add(stem(other).orElseThrow());
			}
			result.add(List.copyOf(group));
		}
		return result;
	}

	/** A word's German stem as prefix lexeme ("" for a stop word), empty when it is not one prefix lexeme. */
	private Optional<String> stem(String word) {
		return stems.get(word, key -> {
			String tsquery = jdbc.queryForObject("SELECT to_tsquery('german', :word)::text",
					new MapSqlParameterSource("word", key + ":*"), String.class);
			if (tsquery == null || tsquery.isEmpty()) {
				return Optional.of("");
			}
			java.util.regex.Matcher single = SINGLE_PREFIX.matcher(tsquery);
			return single.matches() ? Optional.of(single.group(1)) : Optional.empty();
		});
	}

	/**
	 * The query's words that the full text finds too rarely, each with the nearest words of the vocabulary
	 * that stand in for it (a typo): four letters or more, not a stop word, fewer than {@link #FUZZY_BELOW}
	 * published offers found; the stand-ins have a trigram similarity of {@link #NEAR_SIMILARITY} or more and
	 * about the word's length, are no stop words and stem to one lexeme. Fixed for one state of the
	 * catalogue, so that the SQL and the index widen a word alike.
	 */
	Map<String, List<String>> near(SearchQuery query, long version) {
		if (query.text() == null) {
			return Map.of();
		}
		Map<String, List<String>> near = new java.util.LinkedHashMap<>();
		for (String word : words(query.text())) {
			if (word.length() < 4) {
				continue;
			}
			List<String> others = nearWords.get(new WordKey(word, version), key -> nearWords(word));
			if (!others.isEmpty()) {
				near.put(word, others);
			}
		}
		return near;
	}

	private List<String> nearWords(String word) {
		Optional<String> stem = stem(word);
		if (stem.isPresent() && stem.get().isEmpty()) {
			return List.of();
		}
		Integer found = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM trainings.offer o "
				+ "WHERE o.status = 'PUBLISHED' AND o.search_vector @@ to_tsquery('german', :word) LIMIT :enough) m",
				new MapSqlParameterSource("word", word + ":*").addValue("enough", FUZZY_BELOW), Integer.class);
		if (found != null && found >= FUZZY_BELOW) {
			return List.of();
		}
		// the trigram index finds candidates by pg_trgm.similarity_threshold (0.3); the nearest qualify
		List<String> candidates = jdbc.queryForList("SELECT s.word FROM trainings.search_word s "
				+ "WHERE s.word % :word AND s.word <> :word AND similarity(s.word, :word) >= :min "
				+ "AND abs(length(s.word) - length(:word)) <= :slack "
				+ "ORDER BY similarity(s.word, :word) DESC, s.word LIMIT :max",
				new MapSqlParameterSource("word", word).addValue("min", NEAR_SIMILARITY).addValue("slack", NEAR_LENGTH)
					.addValue("max", 4 * NEAR_WORDS),
				String.class);
		return candidates.stream()
			.filter(other -> LETTERS.matcher(other).matches())
			.filter(other -> stem(other).filter(otherStem -> !otherStem.isEmpty()).isPresent())
			.limit(NEAR_WORDS)
			.toList();
	}

	private List<OfferHit> hits(SearchQuery query, LocalDate today, Map<String, List<String>> near) {
		Sql sql = new Sql(query, today, places, near);
		String where = sql.where(EnumSet.noneOf(Filter.class));
		// the next start: kept on the offer (next_start) unless the query filters runs, then of a matching run
		String nextStart = sql.filtersRuns(EnumSet.noneOf(Filter.class))
				? "(SELECT min(r.start_date) FROM trainings.run r WHERE r.offer_id = o.id AND "
						+ sql.runConditions(EnumSet.noneOf(Filter.class)) + ")"
				: "o.next_start";
		String order = switch (query.sort()) {
			case START -> nextStart + " ASC NULLS LAST, o.id";
			case PRICE -> "o.price ASC, o.id";
			// equal relevance: the offer that starts sooner first (its next run at all, cheap: no subquery per match)
			case RELEVANCE -> sql.hasText() ? sql.rank() + " DESC, o.next_start ASC NULLS LAST, o.id"
					: nextStart + " ASC NULLS LAST, o.id";
		};
		sql.params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		// the page's ids first, then details and next run for those few rows only
		return jdbc.query("WITH page AS (SELECT o.id, row_number() OVER () AS position FROM "
				+ "(SELECT o.id FROM trainings.offer o WHERE " + where + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset) o) "
				+ "SELECT o.id, o.title, o.summary, o.provider_name, o.format, o.duration_hours, "
				+ "o.price, o.provider_azav AND o.course_azav AS azav, o.fundable, next.start_date, next.city, next.online, "
				+ "(SELECT count(*) FROM trainings.run u WHERE u.offer_id = o.id AND NOT u.cancelled AND u.start_date >= :today) AS upcoming "
				+ "FROM page JOIN trainings.offer o ON o.id = page.id LEFT JOIN LATERAL (SELECT r.start_date, r.city, r.online "
				+ "FROM trainings.run r WHERE r.offer_id = o.id AND " + sql.runConditions(EnumSet.noneOf(Filter.class))
				+ " ORDER BY r.start_date, r.id LIMIT 1) next ON TRUE ORDER BY page.position", sql.params,
				(rs, n) -> new OfferHit(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
						rs.getString("provider_name"), Format.valueOf(rs.getString("format")),
						new java.math.BigDecimal(rs.getBigDecimal("duration_hours").stripTrailingZeros().toPlainString()),
						rs.getBigDecimal("price"), rs.getBoolean("azav"), rs.getBoolean("fundable"),
						rs.getObject("start_date", LocalDate.class), rs.getString("city"), rs.getBoolean("online"),
						rs.getInt("upcoming")));
	}

	/** Total and facets of a query (without page and sort), cached briefly: paging and re-sorting reuse them. */
	private record Summary(long total, SearchFacets facets) {
	}

	/** Flags of the single pass over the matches: the run filters and each offer filter, by facet. */
	private static final Map<Filter, String> FLAGS = Map.of(Filter.DISTRICT, "k_runs", Filter.FORMAT, "k_format",
			Filter.DURATION, "k_duration", Filter.AZAV, "k_azav", Filter.FUNDABLE, "k_fundable", Filter.SKILL, "k_skill");

	/**
	 * Total and facets in one statement: the offers matching text, status and price are read once (a
	 * materialised CTE with one flag per filter), and each facet counts them with every filter but its own.
	 * Districts are counted from the offer's {@code districts} (those of its upcoming runs) unless the query
	 * also filters runs by month, date or radius; then over the matching runs. Skills are counted from the
	 * offer's {@code skills}.
	 */
	Summary summary(SearchQuery query, LocalDate today, Map<String, List<String>> near) {
		Sql sql = new Sql(query, today, places, near);
		String runs = sql.runs(EnumSet.noneOf(Filter.class));
		StringBuilder cte = new StringBuilder("WITH m AS MATERIALIZED (SELECT o.id, o.format, o.duration_hours, "
				+ "o.provider_azav AND o.course_azav AS azav, o.fundable, o.districts, o.skills, ")
			.append(runs == null ? "TRUE" : runs).append(" AS k_runs");
		for (Filter filter : List.of(Filter.FORMAT, Filter.DURATION, Filter.AZAV, Filter.FUNDABLE, Filter.SKILL)) {
			String condition = sql.offerCondition(filter);
			cte.append(", ").append(condition == null ? "TRUE" : condition).append(" AS ").append(FLAGS.get(filter));
		}
		cte.append(" FROM trainings.offer o WHERE ").append(sql.common()).append(") ");
		StringBuilder select = new StringBuilder(cte).append("SELECT 'F' AS kind, o.format AS value, NULL AS label, ")
			.append("count(*) FILTER (WHERE ").append(allBut(null)).append(") AS total, ")
			.append("count(*) FILTER (WHERE ").append(allBut(Filter.FORMAT)).append(") AS formats");
		for (DurationClass duration : DurationClass.values()) {
			select.append(", count(*) FILTER (WHERE ").append(allBut(Filter.DURATION)).append(" AND ").append(duration.sql())
				.append(")");
		}
		select.append(", count(*) FILTER (WHERE ").append(allBut(Filter.AZAV)).append(" AND o.azav)")
			.append(", count(*) FILTER (WHERE ").append(allBut(Filter.FUNDABLE)).append(" AND o.fundable)")
			.append(" FROM m o GROUP BY o.format");
		String zeros = ", 0, 0, 0, 0, 0, 0";
		boolean otherRunFilters = sql.filtersRuns(EnumSet.of(Filter.DISTRICT));
		if (!otherRunFilters) {
			select.append(" UNION ALL SELECT 'D', d, NULL, count(*)").append(zeros)
				.append(" FROM m o CROSS JOIN unnest(o.districts) d WHERE ").append(allBut(Filter.DISTRICT))
				.append(" GROUP BY d");
		}
		sql.params.addValue("skillFacets", SKILL_FACETS);
		// skills from the offer's own list; the label (the least, as chosen by the providers) for the counted ones only
		select.append(" UNION ALL (SELECT 'S', g.uri, (SELECT min(s.label) FROM trainings.offer_skill s ")
			.append("WHERE s.skill_uri = g.uri) AS label, g.offers").append(zeros)
			.append(" FROM (SELECT u AS uri, count(*) AS offers FROM m o CROSS JOIN unnest(o.skills) u WHERE ")
			.append(allBut(Filter.SKILL)).append(" GROUP BY u) g ORDER BY g.offers DESC, label, g.uri LIMIT :skillFacets)");
		long[] total = new long[1];
		long[] azav = new long[1];
		long[] fundable = new long[1];
		Map<Format, Long> formats = new EnumMap<>(Format.class);
		Map<DurationClass, Long> durations = new EnumMap<>(DurationClass.class);
		for (DurationClass duration : DurationClass.values()) {
			durations.put(duration, 0L);
		}
		Map<String, Long> districts = new HashMap<>();
		List<SearchFacets.SkillCount> skills = new ArrayList<>();
		jdbc.query(select.toString(), sql.params, rs -> {
			switch (rs.getString("kind")) {
				case "F" -> {
					total[0] += rs.getLong("total");
					formats.put(Format.valueOf(rs.getString("value")), rs.getLong("formats"));
					for (DurationClass duration : DurationClass.values()) {
						durations.merge(duration, rs.getLong(6 + duration.ordinal()), Long::sum);
					}
					azav[0] += rs.getLong(6 + DurationClass.values().length);
					fundable[0] += rs.getLong(7 + DurationClass.values().length);
				}
				case "D" -> districts.put(rs.getString("value"), rs.getLong("total"));
				default -> skills.add(new SearchFacets.SkillCount(rs.getString("value"), rs.getString("label"),
						rs.getLong("total")));
			}
		});
		if (otherRunFilters) {
			jdbc.query("SELECT r.district_code, count(DISTINCT o.id) FROM trainings.offer o JOIN trainings.run r "
					+ "ON r.offer_id = o.id AND " + sql.runConditions(EnumSet.of(Filter.DISTRICT)) + " WHERE "
					+ sql.where(EnumSet.of(Filter.DISTRICT)) + " AND r.district_code IS NOT NULL GROUP BY r.district_code",
					sql.params, rs -> {
						districts.put(rs.getString(1), rs.getLong(2));
					});
		}
		if (query.skillUri() != null && skills.stream().noneMatch(skill -> skill.uri().equals(query.skillUri()))) {
			// the label as in the top list: the least of all offers teaching the skill
			skills.addAll(jdbc.query("SELECT (SELECT min(s.label) FROM trainings.offer_skill s WHERE s.skill_uri = :skill), "
					+ "count(*) FROM trainings.offer o WHERE " + sql.where(EnumSet.of(Filter.SKILL))
					+ " AND :skill = ANY (o.skills) HAVING count(*) > 0", sql.params,
					(rs, n) -> new SearchFacets.SkillCount(query.skillUri(), rs.getString(1), rs.getLong(2))));
		}
		return new Summary(total[0],
				new SearchFacets(districts, formats, durations, azav[0], fundable[0], skills));
	}

	/** The flags of the single pass, all but the one of the given filter ({@code null}: all). */
	private static String allBut(@Nullable Filter except) {
		List<String> flags = new ArrayList<>();
		for (Filter filter : Filter.values()) {
			if (filter != except) {
				flags.add(FLAGS.get(filter));
			}
		}
		return String.join(" AND ", flags);
	}

	static List<String> words(String text) {
		return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.GERMAN)))
			.filter(word -> !word.isEmpty())
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

	/** The conditions of one query, with their parameters. */
	private static final class Sql {

		final MapSqlParameterSource params = new MapSqlParameterSource();

		private final SearchQuery query;
		private final List<String> words;
		private final Places.@Nullable Point centre;
		private final Map<String, List<String>> near;

		Sql(SearchQuery query, LocalDate today, Places places, Map<String, List<String>> near) {
			this.query = query;
			this.near = near;
			this.words = query.text() == null ? List.of() : words(query.text());
			this.centre = query.radius() ? places.centre(query.place()).orElse(null) : null;
			params.addValue("today", today);
			if (!words.isEmpty()) {
				params.addValue("anyWord", String.join(" | ", words.stream().map(this::widened).toList()));
			}
		}

		/** Relevance: the full-text rank on title (A) and summary (B) only, for every word and its stand-ins. */
		String rank() {
			return "ts_rank(o.rank_vector, to_tsquery('german', :anyWord))";
		}

		/** A word as prefix, or with its stand-ins: {@code 'word:* | other:*'}. */
		private String widened(String word) {
			List<String> prefixes = new ArrayList<>();
			prefixes.add(word + ":*");
			near.getOrDefault(word, List.of()).forEach(other -> prefixes.add(other + ":*"));
			return String.join(" | ", prefixes);
		}

		boolean hasText() {
			return !words.isEmpty();
		}

		/** Whether the query filters on runs (other than by the given filters). */
		boolean filtersRuns(Set<Filter> except) {
			return (query.districtCode() != null && !except.contains(Filter.DISTRICT)) || query.radius()
					|| query.startMonth() != null || query.startFrom() != null;
		}

		/** Conditions on a run {@code r}: upcoming, not cancelled, and within the query's run filters. */
		String runConditions(Set<Filter> except) {
			List<String> conditions = new ArrayList<>();
			conditions.add("NOT r.cancelled");
			conditions.add("r.start_date >= :today");
			if (query.districtCode() != null && !except.contains(Filter.DISTRICT)) {
				params.addValue("district", query.districtCode());
				conditions.add("r.district_code = :district");
			}
			if (query.startMonth() != null) {
				params.addValue("monthStart", query.startMonth().atDay(1));
				params.addValue("monthEnd", query.startMonth().atEndOfMonth());
				conditions.add("r.start_date BETWEEN :monthStart AND :monthEnd");
			}
			if (query.startFrom() != null) {
				params.addValue("startFrom", query.startFrom());
				conditions.add("r.start_date >= :startFrom");
			}
			if (query.radius()) {
				if (centre == null) {
					conditions.add("FALSE");
				}
				else {
					double km = query.radiusKm();
					params.addValue("lat", centre.latitude()).addValue("lon", centre.longitude()).addValue("km", km);
					// a bounding box first (cheap), then the great-circle distance
					params.addValue("dLat", km / 111.0).addValue("dLon", km / (111.0 * Math.cos(Math.toRadians(centre.latitude()))));
					conditions.add("r.latitude BETWEEN :lat - :dLat AND :lat + :dLat AND r.longitude BETWEEN :lon - :dLon AND :lon + :dLon");
					conditions.add("6371 * 2 * asin(sqrt(power(sin(radians(r.latitude - :lat) / 2), 2) + cos(radians(:lat)) "
							+ "* cos(radians(r.latitude)) * power(sin(radians(r.longitude - :lon) / 2), 2))) <= :km");
				}
			}
			return String.join(" AND ", conditions);
		}

		String where(Set<Filter> except) {
			List<String> conditions = new ArrayList<>();
			conditions.add(common());
			String runs = runs(except);
			if (runs != null) {
				conditions.add(runs);
			}
			for (Filter filter : List.of(Filter.FORMAT, Filter.DURATION, Filter.AZAV, Filter.FUNDABLE, Filter.SKILL)) {
				String condition = except.contains(filter) ? null : offerCondition(filter);
				if (condition != null) {
					conditions.add(condition);
				}
			}
			return String.join(" AND ", conditions);
		}

		/** Conditions that every count shares: published, the words, the price. */
		String common() {
			List<String> conditions = new ArrayList<>();
			conditions.add("o.status = 'PUBLISHED'");
			if (hasText()) {
				conditions.add(text());
			}
			if (query.maxPrice() != null) {
				params.addValue("maxPrice", query.maxPrice());
				conditions.add("o.price <= :maxPrice");
			}
			if (query.skillUri() != null) {
				params.addValue("skill", query.skillUri());
			}
			return String.join(" AND ", conditions);
		}

		/** An upcoming run within the run filters (but the given ones), or {@code null} without run filters. */
		@Nullable
		String runs(Set<Filter> except) {
			return filtersRuns(except)
					? "EXISTS (SELECT 1 FROM trainings.run r WHERE r.offer_id = o.id AND " + runConditions(except) + ")"
					: null;
		}

		/** The condition of one filter on the offer, or {@code null} when the query does not use it. */
		@Nullable
		String offerCondition(Filter filter) {
			switch (filter) {
				case FORMAT:
					if (query.format() != null) {
						params.addValue("format", query.format().name());
						return "o.format = :format";
					}
					return null;
				case DURATION:
					return query.duration() == null ? null : query.duration().sql();
				case AZAV:
					return query.azavOnly() ? "(o.provider_azav AND o.course_azav)" : null;
				case FUNDABLE:
					return query.fundableOnly() ? "o.fundable" : null;
				case SKILL:
					return query.skillUri() == null ? null
							: ":skill = ANY (o.skills)";
				default:
					return null;
			}
		}

		/**
		 * Every word must match as a stemmed prefix in the full text — or, for a word the full text finds too
		 * rarely, one of the words of the vocabulary that stand in for it, which forgives a typo. A stop word
		 * matches everything.
		 */
		private String text() {
			List<String> perWord = new ArrayList<>();
			for (int i = 0; i < words.size(); i++) {
				String word = words.get(i);
				params.addValue("word" + i, word + ":*");
				String tsquery = "to_tsquery('german', :word" + i + ")";
				String match = tsquery;
				if (near.containsKey(word)) {
					params.addValue("widened" + i, widened(word));
					match = "to_tsquery('german', :widened" + i + ")";
				}
				perWord.add("(numnode(" + tsquery + ") = 0 OR o.search_vector @@ " + match + ")");
			}
			return "(" + String.join(" AND ", perWord) + ")";
		}

	}

}
