package de.itas.platform.shared.search;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Test-only contribution (component-scanned into every test context, like the failing test controller): finds
 * nothing, and fails while a test has switched it on, so that a test can see the search answer without one area.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class FailureProbe implements SearchContribution {

	private static volatile boolean failing;

	/** Runs the action while this contribution fails. */
	public static void failingDuring(Runnable action) {
		failing = true;
		try {
			action.run();
		}
		finally {
			failing = false;
		}
	}

	@Override
	public String type() {
		return "probe";
	}

	@Override
	public String labelKey() {
		return "searchprobe.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		if (failing) {
			throw new IllegalStateException("Search probe switched to failing");
		}
		return List.of();
	}

}
