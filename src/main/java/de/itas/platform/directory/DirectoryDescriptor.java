package de.itas.platform.directory;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Panel;
import de.itas.platform.shared.web.Tile;

/** What the directory module adds to the shell. */
@Component
@EnableConfigurationProperties(DirectorySettings.class)
class DirectoryDescriptor implements ModuleDescriptor {

	static final String CONTACT_REQUESTS = "/mein-unternehmen/kontaktanfragen";

	static final String CONTACT_TEASER = CONTACT_REQUESTS + "/neu";

	@Override
	public String module() {
		return "directory";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("directory.nav.companies", "/unternehmen", 60, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(
				new Tile("directory.tile.directory.title", "directory.tile.directory.text", "/unternehmen", 50,
						Audience.everyone()),
				new Tile("directory.tile.profile.title", "directory.tile.profile.text", "/mein-unternehmen/profil", 15,
						Audience.anyOf(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER)),
				new Tile("directory.tile.admin.title", "directory.tile.admin.text", "/admin/verzeichnis", 91,
						Audience.anyOf(Role.ADMIN)),
				new Tile("directory.tile.contact.title", "directory.tile.contact.text", CONTACT_REQUESTS, 16,
						Audience.anyOf(Role.COMPANY_ADMIN)));
	}

	/** The number of unopened contact requests, loaded into "Mein Bereich" of company admins. */
	@Override
	public List<Panel> panels() {
		return List.of(new Panel(CONTACT_TEASER, "directory.contact.teaser.link", CONTACT_REQUESTS, 15,
				Audience.anyOf(Role.COMPANY_ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/unternehmen", "/unternehmen/*", "/api/v1/companies", "/api/v1/companies/*", CONTACT_TEASER);
	}

}
