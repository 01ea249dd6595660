package de.itas.platform.events;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/**
 * What the events module adds to the shell: the public calendar, event and series pages, the iCalendar files,
 * and the organisers' tile.
 */
@Component
class EventsDescriptor implements ModuleDescriptor {

	/** An event's public address; the organisers' pages under {@code /veranstaltungen/verwaltung} are not public. */
	static final String SLUG = "/veranstaltungen/{slug:(?!verwaltung$|reihe$|kalender\\.ics$|teilnahme$|anmeldungen$|meine-anmeldungen$)[a-z0-9-]+}";

	@Override
	public String module() {
		return "events";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("events.nav.events", "/veranstaltungen", 42, Audience.everyone()),
				new NavigationEntry("events.nav.mine", "/veranstaltungen/meine-anmeldungen", 43, Audience.signedIn()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("events.tile.title", "events.tile.text", "/veranstaltungen/verwaltung", 40,
				Audience.anyOf(Role.COORDINATOR, Role.ADMIN, Role.PROVIDER, Role.ADVISOR)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/veranstaltungen", "/veranstaltungen/kalender.ics", SLUG, SLUG + "/termin.ics",
				SLUG + "/dokumente/*", "/veranstaltungen/reihe/*", "/veranstaltungen/teilnahme/*",
				"/veranstaltungen/teilnahme/*/**");
	}

}
