package de.itas.platform.learning;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.Tile;

/**
 * What the SCORM part of the learning module adds to the shell: a tile for those who upload packages. Learners
 * reach the packages from the learning page (no navigation entry of its own); the content path has its own
 * security chain and needs no public path here.
 */
@Component
class PackagesDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "learning";
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("learning.package.tile.title", "learning.package.tile.text", "/lernen/pakete", 46,
				Audience.anyOf(Role.PROVIDER, Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> largeUploadPaths() {
		return List.of("/lernen/pakete/neu");
	}

}
