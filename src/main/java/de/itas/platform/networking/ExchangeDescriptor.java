package de.itas.platform.networking;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/**
 * What the cooperation exchange adds to the shell: the public list and post pages, the JSON API, and the own posts
 * for signed-in people. The editor and the own posts lie under the public pattern too; they require sign-in in
 * the service.
 */
@Component
class ExchangeDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "networking";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("networking.exchange.nav", "/kooperationsboerse", 62, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("networking.exchange.tile.title", "networking.exchange.tile.text", "/kooperationsboerse",
				55, Audience.everyone()));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/kooperationsboerse", "/kooperationsboerse/*", "/api/v1/networking/posts");
	}

}
