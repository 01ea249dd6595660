package de.itas.platform.trainings;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Who may act for which training provider: its members with the provider role, and platform admins. */
@Component
class ProviderAccess {

	private final Organisations organisations;

	ProviderAccess(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The provider organisations the signed-in person acts for (all providers for a platform admin). */
	List<OrganisationSummary> providers() {
		PlatformUser user = CurrentUser.get().orElse(null);
		if (user == null) {
			return List.of();
		}
		if (user.hasRole(Role.ADMIN)) {
			return organisations.organisations(OrganisationKind.PROVIDER);
		}
		return organisations.organisationsWhere(user.id(), Role.PROVIDER)
			.stream()
			.flatMap(id -> organisations.organisation(id).stream())
			.filter(organisation -> organisation.kind() == OrganisationKind.PROVIDER)
			.toList();
	}

	boolean mayActFor(UUID providerId) {
		PlatformUser user = CurrentUser.get().orElse(null);
		if (user == null) {
			return false;
		}
		return user.hasRole(Role.ADMIN) || organisations.hasRole(user.id(), providerId, Role.PROVIDER);
	}

	OrganisationSummary require(UUID providerId) {
		if (!mayActFor(providerId)) {
			throw new AccessDeniedException("Not acting for provider " + providerId);
		}
		return organisations.organisation(providerId)
			.filter(organisation -> organisation.kind() == OrganisationKind.PROVIDER)
			.orElseThrow(() -> new AccessDeniedException("Not a provider: " + providerId));
	}

}
