package de.itas.platform.region;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the region module adds to the shell. */
@Component
class RegionDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "region";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("region.nav.region", "/region", 10, Audience.everyone()),
				new NavigationEntry("region.nav.partners", "/partner", 20, Audience.everyone()),
				new NavigationEntry("region.nav.action-fields", "/handlungsfelder", 30, Audience.everyone()),
				new NavigationEntry("region.nav.help-desks", "/anlaufstellen", 40, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("region.tile.region.title", "region.tile.region.text", "/region", 10, Audience.everyone()),
				new Tile("region.tile.action-fields.title", "region.tile.action-fields.text", "/handlungsfelder", 20,
						Audience.everyone()),
				new Tile("region.tile.help-desks.title", "region.tile.help-desks.text", "/anlaufstellen", 30,
						Audience.everyone()),
				new Tile("region.tile.partners.title", "region.tile.partners.text", "/partner", 40, Audience.everyone()),
				new Tile("region.tile.my-help-desk.title", "region.tile.my-help-desk.text", "/anlaufstellen", 30,
						Audience.anyOf(Role.EMPLOYEE, Role.COMPANY_MEMBER, Role.COMPANY_ADMIN, Role.ADVISOR)),
				new Tile("region.tile.coordination.title", "region.tile.coordination.text", "/handlungsfelder", 20,
						Audience.anyOf(Role.COORDINATOR)),
				new Tile("region.tile.network.title", "region.tile.network.text", "/partner", 40,
						Audience.anyOf(Role.PROVIDER, Role.COORDINATOR, Role.ADVISOR)),
				new Tile("region.tile.admin.title", "region.tile.admin.text", "/admin/region", 90,
						Audience.anyOf(Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/region", "/partner", "/handlungsfelder", "/anlaufstellen");
	}

}
