package de.itas.platform.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.security.RateLimiter.Limit;

/** Counting per key in windows, on a clock the test moves. */
class RateLimiterUnitTests {

	/** A clock that stands still until the test moves it. */
	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-12-04T10:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	final MovableClock clock = new MovableClock();
	final RateLimiter limiter = new RateLimiter(clock);

	@Test
	void aKeyIsRefusedAfterItsMaximumUntilTheWindowEnds() {
		Limit limit = new Limit("mail:anna@example.org", 3, Duration.ofHours(1));
		assertThat(limiter.tryAcquire(limit)).isTrue();
		assertThat(limiter.tryAcquire(limit)).isTrue();
		assertThat(limiter.tryAcquire(limit)).isTrue();
		assertThat(limiter.tryAcquire(limit)).isFalse();
		assertThat(limiter.tryAcquire(new Limit("mail:bert@example.org", 3, Duration.ofHours(1))))
			.as("other keys are counted apart").isTrue();
		clock.advance(Duration.ofMinutes(59));
		assertThat(limiter.tryAcquire(limit)).isFalse();
		clock.advance(Duration.ofMinutes(1));
		assertThat(limiter.tryAcquire(limit)).as("a new window").isTrue();
	}

	@Test
	void whenOneOfSeveralLimitsRefusesNoneIsCounted() {
		Limit client = new Limit("client:203.0.113.7", 2, Duration.ofHours(1));
		Limit full = new Limit("mail:voll@example.org", 1, Duration.ofHours(1));
		assertThat(limiter.tryAcquire(full)).isTrue();
		assertThat(limiter.tryAcquire(client, full)).isFalse();
		assertThat(limiter.tryAcquire(client, new Limit("mail:a@example.org", 1, Duration.ofHours(1)))).isTrue();
		assertThat(limiter.tryAcquire(client, new Limit("mail:b@example.org", 1, Duration.ofHours(1))))
			.as("the refused attempt did not use up the client's second try").isTrue();
		assertThat(limiter.tryAcquire(client, new Limit("mail:c@example.org", 1, Duration.ofHours(1)))).isFalse();
	}

	@Test
	void endedWindowsAreDroppedOnceThereAreManyKeys() {
		for (int i = 0; i <= 10_000; i++) {
			limiter.tryAcquire(new Limit("mail:" + i + "@example.org", 1, Duration.ofMinutes(5)));
		}
		clock.advance(Duration.ofMinutes(5));
		assertThat(limiter.tryAcquire(new Limit("mail:0@example.org", 1, Duration.ofMinutes(5)))).isTrue();
		assertThat(limiter.size()).isEqualTo(1);
	}

}
