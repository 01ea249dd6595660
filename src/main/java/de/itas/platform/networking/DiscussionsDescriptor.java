package de.itas.platform.networking;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** The discussions in the shell: a navigation entry for everybody and the moderation tile for moderators. */
@Component
class DiscussionsDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "networking";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("networking.discussions.nav", "/diskussionen", 85, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("networking.moderation.tile.title", "networking.moderation.tile.text", "/moderation", 45,
				Audience.anyOf(Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		// thread pages only by their id, so that /neu and every writing path ask visitors to sign in
		return List.of("/diskussionen", "/diskussionen/regeln", "/diskussionen/{slug:[a-z0-9-]+}",
				"/diskussionen/{slug:[a-z0-9-]+}/{thread:[0-9a-f-]{36}}");
	}

}
