package de.itas.platform.learning;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who edits and reviews library items: the coordination (coordinator or admin) for every partner, the staff
 * (advisors and coordinators) of a partner organisation for their partner. The same rule as the news, kept
 * here because a module may not reach into another's internals; the service checks the second person.
 */
@Component
public class LibraryAccess {

	private final Organisations organisations;
	private final Region region;

	LibraryAccess(Organisations organisations, Region region) {
		this.organisations = organisations;
		this.region = region;
	}

	/** Whether the person speaks for every partner. */
	public boolean coordination(@Nullable PlatformUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR));
	}

	/** The codes of the partners the person may publish for, empty for everyone else. */
	public List<String> partnerCodes(@Nullable PlatformUser user) {
		if (user == null) {
			return List.of();
		}
		if (coordination(user)) {
			return region.partners().stream().map(PartnerSummary::code).toList();
		}
		return organisations.organisationsWhere(user.id(), Role.ADVISOR, Role.COORDINATOR)
			.stream()
			.map(organisations::organisation)
			.flatMap(Optional::stream)
			.filter(organisation -> organisation.kind() == OrganisationKind.PARTNER)
			.map(OrganisationSummary::partnerCode)
			.filter(code -> code != null && region.partner(code).isPresent())
			.distinct()
			.toList();
	}

	public boolean mayEdit(@Nullable PlatformUser user) {
		return !partnerCodes(user).isEmpty();
	}

	public boolean mayEdit(@Nullable PlatformUser user, LibraryItem item) {
		return partnerCodes(user).contains(item.partnerCode());
	}

}
