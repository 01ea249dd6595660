package de.itas.platform.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the charter part of the governance module adds to the shell. */
@Component
class GovernanceDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("governance.nav.charter", "/charta", 80, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("governance.tile.charter.title", "governance.tile.charter.text", "/charta/verwaltung", 40,
				Audience.anyOf(Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/charta", "/charta/{version:\\d+\\.\\d+}", "/charta/vergleich", "/charta/{version:\\d+\\.\\d+}/herkunft",
				"/api/v1/governance/charter/*/provenance");
	}

}
