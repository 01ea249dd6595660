package de.itas.platform.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.SitemapContribution;

/** The public events (coming and past, never drafts) and the event series for the sitemap. */
@Component
class EventsSitemap implements SitemapContribution {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** At most this many events of each kind (coming, past). */
	static final int LIMIT = 10_000;

	private static final CalendarFilter PAST = new CalendarFilter(null, null, null, null, null, true, null);

	private final EventStore store;

	EventsSitemap(EventStore store) {
		this.store = store;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (CalendarFilter filter : List.of(CalendarFilter.UPCOMING, PAST)) {
			for (EventView event : store.all(filter, LIMIT)) {
				LocalDate changed = event.documentedAt() == null ? null : LocalDate.ofInstant(event.documentedAt(), BERLIN);
				entries.add(new Entry(Events.path(event), changed));
			}
		}
		for (SeriesView series : store.allSeries()) {
			entries.add(new Entry("/veranstaltungen/reihe/" + series.slug(), null));
		}
		return entries;
	}

}
