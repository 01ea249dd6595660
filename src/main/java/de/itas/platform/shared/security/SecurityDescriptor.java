package de.itas.platform.shared.security;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.Tile;

/** What the security baseline adds to the shell: the admins' view of login attacks. */
@Component
class SecurityDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "shared";
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("shell.tile.login-protection.title", "shell.tile.login-protection.text",
				"/admin/anmeldeschutz", 97, Audience.anyOf(Role.ADMIN)));
	}

}
