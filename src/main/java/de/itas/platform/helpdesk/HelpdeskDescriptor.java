package de.itas.platform.helpdesk;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the help desk adds to the shell. */
@Component
class HelpdeskDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "helpdesk";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("helpdesk.nav.new", "/anliegen/neu", 40, Audience.everyone()),
				new NavigationEntry("helpdesk.nav.inbox", "/beratung", 41,
						Audience.anyOf(Role.ADVISOR, Role.COORDINATOR)));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(
				new Tile("helpdesk.tile.new.title", "helpdesk.tile.new.text", "/anliegen/neu", 20, Audience.everyone()),
				new Tile("helpdesk.tile.mine.title", "helpdesk.tile.mine.text", "/anliegen", 21, Audience.signedIn()),
				new Tile("helpdesk.tile.recommendations.title", "helpdesk.tile.recommendations.text", "/empfehlungen", 22,
						Audience.signedIn()),
				new Tile("helpdesk.tile.appointments.title", "helpdesk.tile.appointments.text", "/termine", 23,
						Audience.signedIn()),
				new Tile("helpdesk.tile.inbox.title", "helpdesk.tile.inbox.text", "/beratung", 10,
						Audience.anyOf(Role.ADVISOR, Role.COORDINATOR)).leadingFor(Role.ADVISOR),
				new Tile("helpdesk.tile.figures.title", "helpdesk.tile.figures.text", "/beratung/kennzahlen", 30,
						Audience.anyOf(Role.COORDINATOR, Role.ADMIN)),
				new Tile("helpdesk.tile.rules.title", "helpdesk.tile.rules.text", "/admin/beratung/regeln", 92,
						Audience.anyOf(Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/anliegen/neu", "/anliegen/bestaetigen", "/anliegen/gesendet");
	}

}
