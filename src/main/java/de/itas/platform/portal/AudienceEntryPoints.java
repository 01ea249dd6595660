package de.itas.platform.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.StartPageSection;

/**
 * Entry points by audience on the public start page: for employees, companies and training providers two or
 * three links each to the pages that help them first. The first section of the start page, right below its
 * introduction.
 */
@Component
class AudienceEntryPoints implements StartPageSection {

	/** The first section above the tiles. */
	static final int ORDER = 5;

	/** A link: the message key of its text and the page it leads to. */
	record EntryLink(String labelKey, String path) {
	}

	/** One audience with its links; {@code key} names its messages ({@code portal.start.audience.<key>.*}). */
	record EntryPoint(String key, List<EntryLink> links) {
	}

	static final List<EntryPoint> ENTRY_POINTS = List.of(
			new EntryPoint("employees",
					List.of(new EntryLink("portal.start.audience.employees.path", "/mein-weg"),
							new EntryLink("portal.start.audience.employees.trainings", "/weiterbildung"),
							new EntryLink("portal.start.audience.employees.advice", "/anliegen/neu"))),
			new EntryPoint("companies",
					List.of(new EntryLink("portal.start.audience.companies.check", "/transformationscheck/methode"),
							new EntryLink("portal.start.audience.companies.funding", "/foerderrechner"),
							new EntryLink("portal.start.audience.companies.help-desks", "/anlaufstellen"))),
			new EntryPoint("providers",
					List.of(new EntryLink("portal.start.audience.providers.catalogue", "/weiterbildung"),
							new EntryLink("portal.start.audience.providers.forums", "/zukunftsforen"),
							new EntryLink("portal.start.audience.providers.partners", "/partner"))));

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public String template() {
		return "portal/start";
	}

	@Override
	public String fragment() {
		return "audiences";
	}

	@Override
	public Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale) {
		return Map.of("entryPoints", ENTRY_POINTS);
	}

}
