package de.itas.platform.shared.notifications;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Runs the digest job in tests of any module. The job runs at most once per day and frequency, so every test
 * takes a day of its own from {@link #nextDay()}, later than any day taken before in the test run.
 */
@Component
public class TestDigests {

	private static final AtomicInteger DAYS = new AtomicInteger();

	private final DigestJob job;

	TestDigests(DigestJob job) {
		this.job = job;
	}

	public static LocalDate nextDay() {
		return LocalDate.of(2040, 1, 1).plusDays(DAYS.incrementAndGet());
	}

	/** The number of digest mails sent, or -1 when the day's digest had already run. */
	public int run(Delivery frequency, LocalDate day) {
		return job.run(frequency, day);
	}

}
