package de.itas.platform.skills;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the skills module adds to the shell. */
@Component
class SkillsDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "skills";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("skills.nav.my-path", "/mein-weg", 5, Audience.everyone()),
				new NavigationEntry("skills.nav.team", "/team-wege", 6,
						Audience.anyOf(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER, Role.ADVISOR)));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("skills.tile.public.title", "skills.tile.public.text", "/mein-weg", 5, Audience.everyone()),
				new Tile("skills.tile.employee.title", "skills.tile.employee.text", "/mein-weg", 5,
						Audience.anyOf(Role.EMPLOYEE, Role.ADVISOR)).leadingFor(Role.EMPLOYEE),
				new Tile("skills.tile.company.title", "skills.tile.company.text", "/team-wege", 6,
						Audience.anyOf(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER)),
				new Tile("skills.tile.admin.title", "skills.tile.admin.text", "/admin/taxonomie", 95,
						Audience.anyOf(Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/mein-weg", "/mein-weg/vergleich", "/berufe/**", "/api/v1/occupations/**");
	}

}
