package de.itas.platform.portal;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the news add to the shell: „Aktuelles“ in the navigation, the editors' tile and the public paths. */
@Component
class PortalNewsDescriptor implements ModuleDescriptor {

	/** An article's public address; the editors' pages, the images and the feed are not articles. */
	public static final String SLUG = "/aktuelles/{slug:(?!verwaltung$|bilder$|feed\\.atom$)[a-z0-9-]+}";

	@Override
	public String module() {
		return "portal";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("portal.news.nav", "/aktuelles", 35, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("portal.news.tile.title", "portal.news.tile.text", "/aktuelles/verwaltung", 45,
				Audience.anyOf(Role.COORDINATOR, Role.ADMIN, Role.ADVISOR)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/aktuelles", "/aktuelles/feed.atom", "/aktuelles/bilder/*", SLUG);
	}

}
