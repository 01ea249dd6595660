package de.itas.platform.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.NavigationEntry;

/** The consultation's part of the shell: its public pages and the signed-in person's contributions. */
@Component
class ConsultationDescriptor implements ModuleDescriptor {

	/** A signed-in person's comments and proposals with the decisions on them. */
	static final String MINE = "/charta/meine-beitraege";

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(new NavigationEntry("governance.consultation.nav.mine", MINE, 86, Audience.signedIn()));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/charta/*/abschnitt/*/diskussion", "/charta/vorschlaege/*", "/charta/*/abwaegung",
				"/charta/*/abwaegung.pdf", "/charta/*/abwaegung.xlsx");
	}

}
