package de.itas.platform.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the future forums add to the shell: the public forum pages, the card lookup and the triage. */
@Component
class ForumsDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("governance.forum.nav", "/zukunftsforen", 70, Audience.everyone()),
				new NavigationEntry("governance.forum.nav.triage", "/zukunftsforen/sichtung", 71,
						Audience.anyOf(Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("governance.forum.tile.title", "governance.forum.tile.text", "/zukunftsforen", 60,
				Audience.everyone()),
				new Tile("governance.card.tile.title", "governance.card.tile.text", "/karte", 61, Audience.everyone()),
				new Tile("governance.forum.tile.triage.title", "governance.forum.tile.triage.text",
						"/zukunftsforen/sichtung", 31, Audience.anyOf(Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/zukunftsforen", "/zukunftsforen/*", "/zukunftsforen/*/beitrag", "/zukunftsforen/*/danke",
				"/zukunftsforen/themen/*", "/karte", "/karte/*");
	}

}
