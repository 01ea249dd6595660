package de.itas.platform.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The counters without a database: a JdbcTemplate that keeps one counter "x" in memory and can hold a read
 * back until the test lets it go, so that a read overlapping a change happens every time, not by chance.
 */
class ChangeCountersUnitTests {

	static final class MemoryJdbc extends JdbcTemplate {

		final AtomicLong value = new AtomicLong();

		final AtomicLong reads = new AtomicLong();

		final CountDownLatch readStarted = new CountDownLatch(1);

		volatile CountDownLatch holdNextRead;

		@Override
		public int update(String sql, Object... args) {
			value.incrementAndGet();
			return 1;
		}

		/** Sees the value as it is when the query starts, like PostgreSQL's snapshot. */
		@Override
		public void query(String sql, RowCallbackHandler handler) {
			reads.incrementAndGet();
			long seen = value.get();
			CountDownLatch hold = holdNextRead;
			if (hold != null) {
				holdNextRead = null;
				readStarted.countDown();
				await(hold);
			}
			ResultSet row = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { ResultSet.class }, (proxy, method, arguments) -> switch (method.getName()) {
						case "getString" -> "x";
						case "getLong" -> seen;
						default -> throw new UnsupportedOperationException(method.getName());
					});
			try {
				handler.processRow(row);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static void await(CountDownLatch latch) {
			try {
				assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	@Test
	void aReadOverlappingThisInstancesChangeDoesNotHideItFromTheNextReader() throws Exception {
		MemoryJdbc jdbc = new MemoryJdbc();
		ChangeCounters counters = new ChangeCounters(jdbc);
		counters.changed("x");
		// another thread of this instance starts reading ...
		CountDownLatch release = new CountDownLatch(1);
		jdbc.holdNextRead = release;
		CompletableFuture<Long> overlapping = CompletableFuture.supplyAsync(() -> counters.version("x"));
		assertThat(jdbc.readStarted.await(10, TimeUnit.SECONDS)).isTrue();
		// ... and a change of this instance commits while that read is under way
		counters.changed("x");
		release.countDown();
		assertThat(overlapping.get(10, TimeUnit.SECONDS)).as("the overlapping read began before the change")
			.isEqualTo(1);
		assertThat(counters.version("x")).as("this instance sees its own change at once").isEqualTo(2);
	}

	@Test
	void withinTheMaximumAgeKnownValuesAnswerWithoutAQueryUntilThisInstanceChangesOne() {
		MemoryJdbc jdbc = new MemoryJdbc();
		ChangeCounters counters = new ChangeCounters(jdbc);
		assertThat(counters.version("x")).isZero();
		long reads = jdbc.reads.get();
		counters.version("x");
		counters.version("y");
		assertThat(jdbc.reads.get()).isEqualTo(reads);
		counters.changed("x");
		assertThat(counters.version("x")).isEqualTo(1);
		assertThat(jdbc.reads.get()).isEqualTo(reads + 1);
	}

}
