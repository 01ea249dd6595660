package de.itas.platform.accounts;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * For which consortium partners a person speaks (writes news, publishes library items): the coordination
 * (coordinator or admin) for every partner of the region, the staff (advisors and coordinators) of a partner
 * organisation for that partner. One rule for every module that publishes in a partner's name.
 */
@Component
@NamedInterface("api")
public class PartnerStaff {

	private final Organisations organisations;
	private final Region region;

	PartnerStaff(Organisations organisations, Region region) {
		this.organisations = organisations;
		this.region = region;
	}

	/** Whether the person speaks for every partner. */
	public boolean coordination(@Nullable PlatformUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR));
	}

	/** The codes of the partners the person speaks for, empty for everyone else. */
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

}
