package de.itas.platform.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Limits how often something may happen per key (a client address, a target mailbox) within a window: for
 * forms that anybody can send and that cost storage or send mail. The counts live in this instance's memory
 * (with several instances each counts on its own, which multiplies the limit by their number but still bounds
 * it); failed logins, which must be counted across instances, have their own {@code LoginThrottle}.
 */
@Component
public class RateLimiter {

	/** Above this many keys, windows that have ended are dropped. */
	private static final int SWEEP_ABOVE = 10_000;

	/** At most {@code max} times per {@code window} for {@code key}. */
	public record Limit(String key, int max, Duration window) {
	}

	private record Window(Instant end, int count) {
	}

	private final Map<String, Window> windows = new HashMap<>();
	private final Clock clock;

	public RateLimiter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Counts one more time against each limit if every limit still allows it; answers whether they did. When
	 * one refuses, nothing is counted.
	 */
	public synchronized boolean tryAcquire(Limit... limits) {
		Instant now = clock.instant();
		if (windows.size() > SWEEP_ABOVE) {
			windows.values().removeIf(window -> !now.isBefore(window.end()));
		}
		for (Limit limit : limits) {
			Window window = windows.get(limit.key());
			if (window != null && now.isBefore(window.end()) && window.count() >= limit.max()) {
				return false;
			}
		}
		for (Limit limit : limits) {
			windows.merge(limit.key(), new Window(now.plus(limit.window()), 1),
					(running, fresh) -> now.isBefore(running.end()) ? new Window(running.end(), running.count() + 1) : fresh);
		}
		return true;
	}

	/** How many keys are counted now. */
	synchronized int size() {
		return windows.size();
	}

}
