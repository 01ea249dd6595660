package de.itas.platform.portal;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.Tile;

/**
 * What the newsletter adds to the shell: the public sign-up, confirmation, unsubscribe and archive pages, and the
 * editors' tile.
 */
@Component
class NewsletterDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "portal";
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("portal.newsletter.tile.title", "portal.newsletter.tile.text", "/newsletter/verwaltung",
				46, Audience.anyOf(Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/newsletter", "/newsletter/bestaetigen", "/newsletter/bestaetigen/neu",
				NewsletterLinks.UNSUBSCRIBE, "/newsletter/ausgaben/*");
	}

}
