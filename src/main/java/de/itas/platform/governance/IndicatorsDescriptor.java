package de.itas.platform.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/**
 * What the indicators add to the shell: the public dashboard for everyone, the register and the sign-off queue
 * for the staff of the partners and the coordination (the pages themselves answer only those who steer an action
 * field).
 */
@Component
class IndicatorsDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("governance.indicator.nav", "/kennzahlen", 76, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(
				new Tile("governance.indicator.tile.title", "governance.indicator.tile.text", "/kennzahlen", 66,
						Audience.everyone()),
				new Tile("governance.indicator.tile.register.title", "governance.indicator.tile.register.text",
						"/steuerung/kennzahlen", 36, Audience.anyOf(Role.COORDINATOR, Role.ADMIN)),
				new Tile("governance.indicator.tile.sign-off.title", "governance.indicator.tile.sign-off.text",
						"/steuerung/freigaben", 37, Audience.anyOf(Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/kennzahlen", "/kennzahlen/*");
	}

}
