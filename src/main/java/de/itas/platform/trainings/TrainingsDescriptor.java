package de.itas.platform.trainings;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;
import de.itas.platform.shared.web.Panel;
import de.itas.platform.shared.web.Tile;

/** What the trainings module adds to the shell: the public catalogue, the provider area and the person's courses. */
@Component
class TrainingsDescriptor implements ModuleDescriptor {

	static final String CATALOGUE = "/weiterbildung";

	static final String RECOMMENDATIONS = "/meine-weiterbildungen/empfehlungen";

	/** The top recommendations as an htmx fragment, embedded in "Mein Bereich" and "Mein Weg". */
	static final String RECOMMENDATION_TEASER = RECOMMENDATIONS + "/auswahl";

	@Override
	public String module() {
		return "trainings";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("trainings.nav.catalogue", CATALOGUE, 40, Audience.everyone()),
				new NavigationEntry("trainings.nav.provider", "/anbieter/angebote", 45, Audience.anyOf(Role.PROVIDER)));
	}

	@Override
	public List<Tile> tiles() {
		return List.of(
				new Tile("trainings.tile.catalogue.title", "trainings.tile.catalogue.text", CATALOGUE, 40,
						Audience.everyone()),
				new Tile("trainings.tile.mine.title", "trainings.tile.mine.text", "/meine-weiterbildungen", 20,
						Audience.signedIn()),
				new Tile("trainings.tile.recommendations.title", "trainings.tile.recommendations.text",
						RECOMMENDATIONS, 21, Audience.anyOf(Role.EMPLOYEE, Role.COMPANY_ADMIN)),
				new Tile("trainings.tile.provider.title", "trainings.tile.provider.text", "/anbieter/angebote", 10,
						Audience.anyOf(Role.PROVIDER)).leadingFor(Role.PROVIDER));
	}

	@Override
	public List<Panel> panels() {
		return List.of(new Panel(RECOMMENDATION_TEASER, "trainings.recommendations.teaser.link", RECOMMENDATIONS, 20,
				Audience.anyOf(Role.EMPLOYEE, Role.COMPANY_ADMIN)).leadingFor(Role.EMPLOYEE));
	}

	/** The recommendation fragment is open so that an expired session gets a link instead of the login page swapped in. */
	@Override
	public List<String> publicPaths() {
		// an invitation's page too: the person a company registered by name and e-mail may have no account
		return List.of(CATALOGUE, CATALOGUE + "/*", CATALOGUE + "/einladung/*", "/api/v1/trainings",
				"/api/v1/trainings/*", RECOMMENDATION_TEASER);
	}

}
