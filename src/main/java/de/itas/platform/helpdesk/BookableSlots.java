package de.itas.platform.helpdesk;

import de.itas.platform.shared.web.PageOf;

/**
 * One page of the bookable slots under a filter, as every page that offers slots shows them.
 *
 * @param limitReached whether the signed-in person already holds as many coming appointments as allowed, so
 *     pages show that instead of a booking form
 * @param limit how many coming appointments one person may hold
 */
public record BookableSlots(SlotFilter filter, PageOf<SlotSummary> page, boolean limitReached, int limit) {

	public boolean isEmpty() {
		return page.isEmpty();
	}

}
