package de.itas.platform.shared.cache;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One counter per cache name in the table {@code change_counter}, shared by every instance. The module that
 * owns a cached copy (the region's snapshot, say) calls {@link #changed} in the transaction that changes the
 * data, and compares {@link #version} with the version its copy was built from before it answers from the
 * copy. Reading all counters is one small query, made at most once per {@link #MAX_AGE} per instance (by the
 * first request that finds the known values older), so a change made through one instance shows on every
 * other within about a second without a query per read. On the changing instance the counters are read
 * again right after the commit, so the change shows there at once.
 * <p>
 * Chosen over LISTEN/NOTIFY because it needs no dedicated connection, survives a restart of PostgreSQL and a
 * lost notification without any catching up, and can be checked by hand ({@code SELECT * FROM change_counter}).
 */
@Component
public class ChangeCounters {

	/** How old the known counter values may be before a read asks PostgreSQL again. */
	public static final Duration MAX_AGE = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	/** The counters as last read and when (System.nanoTime); null when they must be read again. */
	private volatile @Nullable Known known;

	/**
	 * Raised after every commit of a change on this instance. A read whose query began before such a commit may
	 * return the old values to its caller but must not keep them: it would hide this instance's own change for up
	 * to {@link #MAX_AGE} from whoever reads next.
	 */
	private final AtomicLong invalidations = new AtomicLong();

	private record Known(Map<String, Long> versions, long readAt) {
	}

	ChangeCounters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Raises the counter {@code name} in the current transaction (or at once without one); after the commit
	 * this instance reads the counters again at its next {@link #version}.
	 */
	public void changed(String name) {
		jdbc.update("INSERT INTO change_counter (name, version) VALUES (?, 1) "
				+ "ON CONFLICT (name) DO UPDATE SET version = change_counter.version + 1", name);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidate();
				}
			});
		}
		else {
			invalidate();
		}
	}

	private void invalidate() {
		synchronized (invalidations) {
			invalidations.incrementAndGet();
			known = null;
		}
	}

	/** The counter {@code name} as of at most {@link #MAX_AGE} ago (0 before its first change). */
	public long version(String name) {
		Known current = known;
		if (current == null || System.nanoTime() - current.readAt() > MAX_AGE.toNanos()) {
			current = read();
		}
		return current.versions().getOrDefault(name, 0L);
	}

	private synchronized Known read() {
		Known current = known;
		if (current != null && System.nanoTime() - current.readAt() <= MAX_AGE.toNanos()) {
			// another thread read them while this one waited
			return current;
		}
		// the time is taken before the query: a change committed during it is seen by the next read
		long readAt = System.nanoTime();
		long generation = invalidations.get();
		Map<String, Long> versions = new HashMap<>();
		jdbc.query("SELECT name, version FROM change_counter",
				row -> {
					versions.put(row.getString(1), row.getLong(2));
				});
		Known fresh = new Known(Map.copyOf(versions), readAt);
		// checked and installed under the lock that invalidate() takes: an invalidation between the check and
		// the install would otherwise be overwritten
		synchronized (invalidations) {
			if (invalidations.get() == generation) {
				known = fresh;
			}
		}
		return fresh;
	}

}
