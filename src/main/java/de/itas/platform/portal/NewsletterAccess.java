package de.itas.platform.portal;

import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who edits the newsletter: the coordination (coordinators, administrators) and the staff (advisors,
 * coordinators) of the partner organisations. Everybody else gets 404 on the editor's pages.
 */
@Component
public class NewsletterAccess {

	private final Organisations organisations;

	NewsletterAccess(Organisations organisations) {
		this.organisations = organisations;
	}

	public boolean mayEdit(PlatformUser user) {
		if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN)) {
			return true;
		}
		return organisations.membershipsOf(user.id())
			.stream()
			.anyMatch(membership -> membership.kind() == OrganisationKind.PARTNER
					&& (membership.role() == Role.ADVISOR || membership.role() == Role.COORDINATOR));
	}

}
