package de.itas.platform.shared.search;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ranks all candidates of a search in one PostgreSQL query over the list of their titles and snippets, with the
 * {@code german} text-search configuration (stemming, stop words) and every word matched as a prefix:
 * <pre>
 * score = 2 if the title holds every word
 *       + 1 if title and snippet together hold every word
 *       + ts_rank_cd(title weighted A, snippet weighted B; any word) / (1 + ts_rank_cd(…))
 * </pre>
 * The last term is below 1, so a title that holds every word always outranks an item that holds them only in
 * its snippet, and an item holding every word outranks one holding some; within such a step the cover-density
 * rank decides, in which a word in the title counts 2.5 times a word in the snippet. No contribution's own
 * score enters. The marked texts come from {@code ts_headline}: the whole title, and the whole snippet when it is
 * short, otherwise the part of it around the matched words.
 */
@Component
class PostgresScorer implements Scorer {

	/** A snippet up to this long is shown whole; a longer one by its part around the matches. */
	static final int SHORT_SNIPPET = 280;

	private static final String MARKS = "StartSel=" + Marks.START + ", StopSel=" + Marks.STOP;

	private static final String WHOLE = MARKS + ", HighlightAll=true";

	private static final String PART = MARKS + ", MaxWords=30, MinWords=12, ShortWord=2";

	private static final String SQL = """
			SELECT c.i,
			       CASE WHEN to_tsvector('german', c.title) @@ q.every THEN 2 ELSE 0 END
			       + CASE WHEN (to_tsvector('german', c.title) || to_tsvector('german', c.snippet)) @@ q.every THEN 1 ELSE 0 END
			       + ts_rank_cd(setweight(to_tsvector('german', c.title), 'A')
			                    || setweight(to_tsvector('german', c.snippet), 'B'), q.some, 32) AS score,
			       ts_headline('german', c.title, q.some, ?) AS marked_title,
			       ts_headline('german', c.snippet, q.some, CASE WHEN length(c.snippet) <= ? THEN ? ELSE ? END) AS marked_snippet
			FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS c(title, snippet, i),
			     (SELECT to_tsquery('german', ?) AS every, to_tsquery('german', ?) AS some) AS q
			ORDER BY c.i
			""";

	private final JdbcTemplate jdbc;

	PostgresScorer(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean hasLexemes(List<String> words) {
		if (words.isEmpty()) {
			return false;
		}
		Integer nodes = jdbc.queryForObject("SELECT numnode(to_tsquery('german', ?))", Integer.class,
				SearchTerms.anyOf(words));
		return nodes != null && nodes > 0;
	}

	@Override
	public List<Score> score(List<SearchHit> hits, List<String> words) {
		if (hits.isEmpty()) {
			return List.of();
		}
		String[] titles = hits.stream().map(SearchHit::title).toArray(String[]::new);
		String[] snippets = hits.stream().map(SearchHit::snippet).toArray(String[]::new);
		List<Score> scores = jdbc.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(SQL);
			Array titleArray = connection.createArrayOf("text", titles);
			Array snippetArray = connection.createArrayOf("text", snippets);
			statement.setString(1, WHOLE);
			statement.setInt(2, SHORT_SNIPPET);
			statement.setString(3, WHOLE);
			statement.setString(4, PART);
			statement.setArray(5, titleArray);
			statement.setArray(6, snippetArray);
			statement.setString(7, SearchTerms.allOf(words));
			statement.setString(8, SearchTerms.anyOf(words));
			return statement;
		}, (rs, row) -> new Score(rs.getDouble("score"), rs.getString("marked_title"), rs.getString("marked_snippet")));
		if (scores.size() != hits.size()) {
			throw new IllegalStateException("Ranked " + scores.size() + " of " + hits.size() + " candidates");
		}
		return new ArrayList<>(scores);
	}

}
