package de.itas.platform.surveys;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the surveys module adds to the shell: the public list, the answering pages and the editor's tile. */
@Component
class SurveysDescriptor implements ModuleDescriptor {

	/** A survey's public address; the editor's pages under {@code /umfragen/verwaltung} are not public. */
	private static final String SLUG = "/umfragen/{slug:(?!verwaltung$|einladung$)[a-z0-9-]+}";

	@Override
	public String module() {
		return "surveys";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("surveys.nav.surveys", "/umfragen", 84, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("surveys.tile.title", "surveys.tile.text", "/umfragen/verwaltung", 45,
				Audience.anyOf(Role.COORDINATOR, Role.ADMIN, Role.PROVIDER)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/umfragen", SLUG, SLUG + "/seite/*", SLUG + "/danke", SLUG + "/ergebnisse",
				"/umfragen/einladung/*");
	}

}
