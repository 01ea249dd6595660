package de.itas.platform.learning;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/**
 * The one navigation entry of the learning module („Lernen“, for everyone), the editors' tile, and the public pages:
 * course list and course pages with their images (lessons need a sign-in, as they record progress) and the
 * certificate check.
 */
@Component
class CourseDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "learning";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("learning.course.nav", "/lernen", 40, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("learning.course.editor.tile.title", "learning.course.editor.tile.text",
				"/lernen/verwaltung/kurse", 44, Audience.anyOf(Role.ADMIN, Role.COORDINATOR, Role.PROVIDER)),
				new Tile("learning.course.tile.title", "learning.course.tile.text", "/lernen/verwaltung/zertifikate", 45,
				Audience.anyOf(Role.ADMIN, Role.COORDINATOR, Role.PROVIDER)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/lernen", "/lernen/kurse/*", "/lernen/kurse/*/bilder/*", "/zertifikate/pruefen",
				"/zertifikate/*");
	}

}
