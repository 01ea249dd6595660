package de.itas.platform.shared.storage;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves files that older versions kept in {@code bytea} columns ({@link LegacyFileColumn}) to the
 * {@link FileStore}, on a background thread after start, in small batches.
 *
 * <p>Safe on several instances and after a crash: each batch claims its rows with {@code FOR UPDATE SKIP
 * LOCKED} (an instance never waits for or repeats another's rows), writes their files, then sets
 * {@code storage_key} and clears the column in the same transaction. A rolled-back batch removes the files
 * it wrote; a row that has a key is never touched again.
 */
@Component
public class LegacyFileMover {

	private static final Logger log = LoggerFactory.getLogger(LegacyFileMover.class);

	static final int BATCH = 20;

	private final List<LegacyFileColumn> columns;
	private final FileStore store;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	LegacyFileMover(List<LegacyFileColumn> columns, FileStore store, JdbcTemplate jdbc, TransactionTemplate transactions,
			@Value("${platform.storage.move-legacy-files:true}") boolean enabled) {
		this.columns = columns;
		this.store = store;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startMoving() {
		if (!enabled || columns.isEmpty()) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				int moved = moveAll();
				if (moved > 0) {
					log.info("Moved {} files from database columns to the {} store", moved, store.type());
				}
			}
			catch (RuntimeException ex) {
				// the next start continues where this one stopped
				log.warn("Moving files from database columns to the {} store stopped: {}", store.type(), ex.toString());
			}
		}, "legacy-file-mover");
		thread.setDaemon(true);
		thread.start();
	}

	/** Moves every remaining legacy file; returns how many this instance moved. */
	public int moveAll() {
		int total = 0;
		for (LegacyFileColumn column : columns) {
			int moved;
			do {
				moved = moveBatch(column);
				total += moved;
			}
			while (moved > 0);
		}
		return total;
	}

	/** Files of the column still to move (for checks and the migrate-files command). */
	public long remaining() {
		long remaining = 0;
		for (LegacyFileColumn column : columns) {
			Long count = jdbc.queryForObject("SELECT count(*) FROM " + column.table() + " WHERE storage_key IS NULL AND "
					+ column.column() + " IS NOT NULL", Long.class);
			remaining += count == null ? 0 : count;
		}
		return remaining;
	}

	int moveBatch(LegacyFileColumn column) {
		Integer moved = transactions.execute(status -> {
			// ctid is stable while this transaction holds the row lock
			List<Object[]> rows = jdbc.query("SELECT ctid::text, " + column.column() + ", " + column.contentTypeColumn()
					+ " FROM " + column.table() + " WHERE storage_key IS NULL AND " + column.column()
					+ " IS NOT NULL LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED",
					(rs, n) -> new Object[] { rs.getString(1), rs.getBytes(2), rs.getString(3) });
			for (Object[] row : rows) {
				String key = store.add(column.module(), column.kind(), (byte[]) row[1], (String) row[2]);
				jdbc.update("UPDATE " + column.table() + " SET storage_key = ?, " + column.column()
						+ " = NULL WHERE ctid = ?::tid", key, row[0]);
			}
			return rows.size();
		});
		return moved == null ? 0 : moved;
	}

}
