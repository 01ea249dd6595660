package de.itas.platform.helpdesk;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The help desk's figures for one value of a dimension (a district code, topic key, partner code or month
 * {@code yyyy-MM}; {@code "-"} where the value is unknown, e.g. the coordination queue's partner).
 *
 * @param inquiries confirmed inquiries submitted in the period
 * @param answered of those, how many have had a first response
 * @param averageFirstResponseHours mean hours from submission to first response over the answered ones
 * @param closedByOutcome of those, closed cases per outcome
 * @param appointmentsHeld booked appointments that took place in the period
 */
public record FigureRow(String key, long inquiries, long answered, @Nullable Double averageFirstResponseHours,
		Map<Outcome, Long> closedByOutcome, long appointmentsHeld) {

	public long closed() {
		return closedByOutcome.values().stream().mapToLong(Long::longValue).sum();
	}

}
