package de.itas.platform.learning;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.Tile;

/**
 * What the library adds to the shell: the editors' tile and the public paths. It has no navigation entry of its
 * own; the learning page („Lernen“) links it.
 */
@Component
class LibraryDescriptor implements ModuleDescriptor {

	/** An item's public address; the editors' pages are not items. */
	public static final String SLUG = "/wissen/{slug:(?!verwaltung$)[a-z0-9-]+}";

	@Override
	public String module() {
		return "learning";
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("learning.library.tile.title", "learning.library.tile.text", "/wissen/verwaltung", 46,
				Audience.anyOf(Role.COORDINATOR, Role.ADMIN, Role.ADVISOR)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/wissen", SLUG, SLUG + "/datei");
	}

}
