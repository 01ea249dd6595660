package de.itas.platform.surveys;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who may do what with a survey. The coordination (coordinators, administrators) builds and evaluates every
 * survey; a provider builds surveys for its own things and sees only the surveys it or its organisation owns.
 * The owners of a survey are the only ones who see free-text answers and individual answers.
 */
@Component
public class SurveyAccess {

	private final Organisations organisations;

	SurveyAccess(Organisations organisations) {
		this.organisations = organisations;
	}

	/** Whether the person may create surveys at all. */
	public boolean mayCreate(PlatformUser user) {
		return coordination(user) || user.hasRole(Role.PROVIDER);
	}

	/** Whether the person may change the survey, see all its results, free texts and exports. */
	public boolean owns(PlatformUser user, SurveyDefinition survey) {
		if (coordination(user)) {
			return true;
		}
		if (!user.hasRole(Role.PROVIDER)) {
			return false;
		}
		if (survey.ownerId().equals(user.id())) {
			return true;
		}
		UUID organisation = survey.ownerOrganisation();
		return organisation != null && organisations.membershipsOf(user.id())
			.stream()
			.anyMatch(membership -> membership.organisationId().equals(organisation));
	}

	/** The organisation a provider's new survey belongs to (its first provider organisation), if any. */
	public java.util.Optional<UUID> ownOrganisation(PlatformUser user) {
		if (coordination(user)) {
			return java.util.Optional.empty();
		}
		return organisations.membershipsOf(user.id())
			.stream()
			.filter(membership -> membership.kind() == de.itas.platform.accounts.OrganisationKind.PROVIDER)
			.map(membership -> membership.organisationId())
			.findFirst();
	}

	static boolean coordination(PlatformUser user) {
		return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN);
	}

}
