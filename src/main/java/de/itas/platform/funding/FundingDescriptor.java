package de.itas.platform.funding;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Tile;

/** What the funding module adds to the shell: the calculator page, its tiles and its public API. */
@Component
class FundingDescriptor implements ModuleDescriptor {

	static final String PAGE = "/foerderrechner";
	static final String API = "/api/v1/funding/calculate";

	@Override
	public String module() {
		return "funding";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("funding.nav.calculator", PAGE, 50, Audience.everyone()));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("funding.tile.public.title", "funding.tile.public.text", PAGE, 50, Audience.everyone()),
				new Tile("funding.tile.employee.title", "funding.tile.employee.text", PAGE, 50,
						Audience.anyOf(Role.EMPLOYEE)),
				new Tile("funding.tile.company.title", "funding.tile.company.text", PAGE, 50,
						Audience.anyOf(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER)),
				new Tile("funding.tile.advisor.title", "funding.tile.advisor.text", PAGE, 50,
						Audience.anyOf(Role.ADVISOR)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of(PAGE, API);
	}

}
