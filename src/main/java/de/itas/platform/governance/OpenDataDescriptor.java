package de.itas.platform.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.Tile;

/**
 * What the funder report and the open data add to the shell: the open-data page and files with the API (open to
 * visitors), a tile to the open data for everyone and one to the funder report for the coordination (field leads
 * reach the report from the steering home page).
 */
@Component
class OpenDataDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public List<Tile> tiles() {
		return List.of(
				new Tile("governance.opendata.tile.title", "governance.opendata.tile.text", "/opendata", 90,
						Audience.everyone()),
				new Tile("governance.report.tile.title", "governance.report.tile.text", "/steuerung/bericht", 42,
						Audience.anyOf(Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/opendata", "/opendata/*", "/api/v1/governance/indicators",
				"/api/v1/governance/indicators/*/values");
	}

}
