package de.itas.platform.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/**
 * What the measures part of steering adds to the shell: the public measures, and the steering home for the
 * coordination and the staff of the partners (who lead the action fields).
 */
@Component
class MeasuresDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("governance.measures.nav", "/massnahmen", 82, Audience.everyone()),
				new NavigationEntry("governance.steering-home.nav", "/steuerung", 83,
						Audience.anyOf(Role.COORDINATOR, Role.ADMIN, Role.ADVISOR)));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("governance.steering-home.tile.title", "governance.steering-home.tile.text", "/steuerung", 32,
				Audience.anyOf(Role.COORDINATOR, Role.ADMIN, Role.ADVISOR)),
				new Tile("governance.measures.tile.title", "governance.measures.tile.text", "/massnahmen", 62,
						Audience.everyone()));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/massnahmen", "/massnahmen/*");
	}

}
