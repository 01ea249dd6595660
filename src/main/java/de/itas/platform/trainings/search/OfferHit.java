package de.itas.platform.trainings.search;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.OfferSummary;

/**
 * An offer in a list of search results.
 *
 * @param nextStart first day of the next upcoming run (matching the query's run filters), if any
 * @param nextCity town of that run, {@code null} when it is online or there is none
 * @param upcomingRuns number of upcoming runs
 */
public record OfferHit(long id, String title, String summary, String providerName, Format format,
		BigDecimal durationHours, BigDecimal price, boolean azav, boolean fundable, @Nullable LocalDate nextStart,
		@Nullable String nextCity, boolean nextOnline, int upcomingRuns) {

	@com.fasterxml.jackson.annotation.JsonProperty("url")
	public String url() {
		return "/weiterbildung/" + id;
	}

	public OfferSummary toSummary() {
		return new OfferSummary(id, title, providerName, url(), nextStart, fundable);
	}

}
