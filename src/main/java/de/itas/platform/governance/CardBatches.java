package de.itas.platform.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Paper cards of a forum: codes reserved for printing, batches typed in by staff (all cards of a batch or
 * none), and the review by a second person, who publishes the batch. Until then its cards are not public.
 */
@Service
public class CardBatches {

	/** Most cards printed at once. */
	public static final int MAX_PRINT = 200;

	/** Most cards in one batch. */
	public static final int MAX_ROWS = 200;

	private final JdbcClient jdbc;
	private final Forums forums;
	private final InputCodes codes;
	private final Clock clock;

	CardBatches(JdbcClient jdbc, Forums forums, InputCodes codes, Clock clock) {
		this.jdbc = jdbc;
		this.forums = forums;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Reserves fresh codes for blank cards to be printed for a forum, as one print set; answers the set's id (its
	 * codes: {@link #printSet}).
	 */
	@Transactional
	public UUID reserve(UUID forumId, int count) {
		forums.forum(forumId).orElseThrow(() -> new UnknownForumException(forumId.toString()));
		int n = Math.max(1, Math.min(count, MAX_PRINT));
		UUID set = UUID.randomUUID();
		int reserved = 0;
		Timestamp now = Timestamp.from(clock.instant());
		while (reserved < n) {
			String code = codes.fresh();
			reserved += jdbc.sql("INSERT INTO governance.card_code (code, forum_id, reserved_at, print_set) "
					+ "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(code, forumId, now, set)
				.update();
		}
		return set;
	}

	/** The codes of a print set of the forum, sorted; empty for an unknown set. */
	public List<String> printSet(UUID forumId, UUID set) {
		return jdbc.sql("SELECT code FROM governance.card_code WHERE forum_id = ? AND print_set = ? ORDER BY code")
			.params(forumId, set)
			.query(String.class)
			.list();
	}

	/**
	 * Saves the typed cards as one batch waiting for review; rows with nothing typed are left out. Either all
	 * cards are saved or none.
	 *
	 * @param rows in the order of the form; a problem names its row by the field {@code rows[i].…} and by its
	 *        number (1-based) in the message
	 * @throws FieldProblems for every malformed, repeated or already used code, missing kind or text and
	 *         unknown action field; form-wide when no row holds a card
	 */
	@Transactional
	public UUID enter(UUID forumId, List<CardRow> rows, UUID by) {
		ForumView forum = forums.forum(forumId).orElseThrow(() -> new UnknownForumException(forumId.toString()));
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int cards = 0;
		for (int i = 0; i < rows.size(); i++) {
			CardRow row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			cards++;
			int number = i + 1;
			String prefix = "rows[" + i + "].";
			String code = InputCodes.normalise(row.code());
			if (code.isEmpty()) {
				problems.add(FieldProblem.of(prefix + "code", "governance.card.code.required", number));
			}
			else if (!InputCodes.wellFormed(code)) {
				problems.add(FieldProblem.of(prefix + "code", "governance.card.code.malformed", number, code));
			}
			else if (seen.containsKey(code)) {
				problems.add(FieldProblem.of(prefix + "code", "governance.card.code.twice", number, code, seen.get(code)));
			}
			else if (codes.used(code)) {
				problems.add(FieldProblem.of(prefix + "code", "governance.card.code.used", number, code));
			}
			seen.putIfAbsent(code, number);
			if (row.kind() == null) {
				problems.add(FieldProblem.of(prefix + "kind", "governance.card.kind.required", number));
			}
			forums.bodyProblem(prefix + "body", row.body())
				.map(problem -> FieldProblem.of(problem.field(), problem.messageKey().replace("governance.input.",
						"governance.card."), number, Forums.MAX_BODY))
				.ifPresent(problems::add);
			forums.actionFieldProblem(prefix + "actionFieldCode", row.actionFieldCode())
				.map(problem -> FieldProblem.of(problem.field(), "governance.card.action-field.unknown", number))
				.ifPresent(problems::add);
		}
		if (cards == 0) {
			problems.add(FieldProblem.ofForm("governance.card.batch.empty"));
		}
		else if (cards > MAX_ROWS) {
			problems.add(FieldProblem.ofForm("governance.card.batch.too-many", MAX_ROWS));
		}
		FieldProblems.throwIfAny(problems);
		UUID batch = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO governance.card_batch (id, forum_id, status, entered_by, entered_at) "
				+ "VALUES (?, ?, 'SUBMITTED', ?, ?)")
			.params(batch, forumId, by, Timestamp.from(now))
			.update();
		for (int i = 0; i < rows.size(); i++) {
			CardRow row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			String code = InputCodes.normalise(row.code());
			try {
				jdbc.sql("INSERT INTO governance.forum_input (id, code, forum_id, kind, body, district_code, "
						+ "action_field_code, source, batch_id, batch_row, published, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, 'PAPER', ?, ?, FALSE, ?)")
					.params(UUID.randomUUID(), code, forumId, row.kind().name(), Forums.text(row.body()),
							forum.districtCode(), Forums.blankToNull(row.actionFieldCode()), batch, i + 1,
							Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another batch with the same code was saved meanwhile: this one is refused whole, naming the row
				throw FieldProblems.of("rows[" + i + "].code", "governance.card.code.used", i + 1, code);
			}
		}
		return batch;
	}

	/** Batches of all forums, those waiting for review first. */
	@Transactional(readOnly = true)
	public List<BatchView> all() {
		return jdbc.sql(BATCH_SELECT + "ORDER BY CASE b.status WHEN 'SUBMITTED' THEN 0 ELSE 1 END, b.entered_at DESC")
			.query(CardBatches::batch)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<BatchView> batch(UUID id) {
		return jdbc.sql(BATCH_SELECT + "WHERE b.id = ?").param(id).query(CardBatches::batch).optional();
	}

	/** The cards of a batch in the order they were typed. */
	@Transactional(readOnly = true)
	public List<InputView> cards(UUID batchId) {
		return jdbc.sql(Forums.INPUT_SELECT + "WHERE i.batch_id = ? ORDER BY i.batch_row")
			.param(batchId)
			.query(Forums::input)
			.list();
	}

	/**
	 * Publishes a batch after review by a person other than the one who entered it.
	 *
	 * @throws FieldProblems form-wide when the reviewer entered the batch, or it is published already
	 */
	@Transactional
	public void publish(UUID batchId, UUID reviewer) {
		BatchView batch = batch(batchId).orElseThrow(() -> new UnknownForumException(batchId.toString()));
		if (batch.enteredBy().equals(reviewer)) {
			throw new FieldProblems(FieldProblem.ofForm("governance.card.review.same-person"));
		}
		if (batch.published()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.card.review.done"));
		}
		jdbc.sql("UPDATE governance.card_batch SET status = 'PUBLISHED', reviewed_by = ?, reviewed_at = ? WHERE id = ?")
			.params(reviewer, Timestamp.from(clock.instant()), batchId)
			.update();
		jdbc.sql("UPDATE governance.forum_input SET published = TRUE WHERE batch_id = ?").param(batchId).update();
	}

	private static final String BATCH_SELECT = "SELECT b.*, f.title AS forum_title, (SELECT count(*) FROM "
			+ "governance.forum_input i WHERE i.batch_id = b.id) AS cards FROM governance.card_batch b "
			+ "JOIN governance.forum f ON f.id = b.forum_id ";

	private static BatchView batch(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp reviewed = rs.getTimestamp("reviewed_at");
		return new BatchView(rs.getObject("id", UUID.class), rs.getObject("forum_id", UUID.class),
				rs.getString("forum_title"), rs.getString("status"), rs.getObject("entered_by", UUID.class),
				rs.getTimestamp("entered_at").toInstant(), rs.getLong("cards"),
				reviewed == null ? null : reviewed.toInstant());
	}

}
