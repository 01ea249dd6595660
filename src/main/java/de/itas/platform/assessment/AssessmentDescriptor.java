package de.itas.platform.assessment;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the assessment module adds to the shell. */
@Component
class AssessmentDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "assessment";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(
				new NavigationEntry("assessment.nav.check", "/transformationscheck", 70,
						Audience.anyOf(Role.COMPANY_MEMBER, Role.COMPANY_ADMIN, Role.ADVISOR)),
				new NavigationEntry("assessment.nav.needs-map", "/bedarfslandkarte", 75,
						Audience.anyOf(Role.ADVISOR, Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(
				new Tile("assessment.tile.check.title", "assessment.tile.check.text", "/transformationscheck", 10,
						Audience.anyOf(Role.COMPANY_MEMBER, Role.COMPANY_ADMIN, Role.ADVISOR))
					.leadingFor(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER),
				new Tile("assessment.tile.needs.title", "assessment.tile.needs.text", "/qualifizierungsbedarfe", 12,
						Audience.anyOf(Role.COMPANY_MEMBER, Role.COMPANY_ADMIN, Role.ADVISOR)),
				new Tile("assessment.tile.map.title", "assessment.tile.map.text", "/bedarfslandkarte", 30,
						Audience.anyOf(Role.ADVISOR, Role.COORDINATOR, Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/transformationscheck/methode", "/api/v1/assessment/**");
	}

}
