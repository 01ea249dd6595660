package de.itas.platform.events;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.StartPageSection;

/** The next events on the public start page (none planned: the section is left out). */
@Component
class EventsStartSection implements StartPageSection {

	/** Above the tiles, after the news. */
	static final int ORDER = 50;

	/** How many events the start page shows. */
	static final int SHOWN = 3;

	private final Events events;
	private final Clock clock;

	EventsStartSection(Events events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public String template() {
		return "events/start";
	}

	@Override
	public String fragment() {
		return "next-events";
	}

	@Override
	public Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale) {
		List<EventView> next = events.upcoming(SHOWN);
		if (next.isEmpty()) {
			return Map.of();
		}
		return Map.of("events", next, "now", clock.instant());
	}

}
