package de.itas.platform.events;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who may organise which events. The coordination (coordinators, administrators) organises every event; the
 * staff of a partner (advisors, coordinators) and of a provider organise the events of their organisation:
 * edit them, see their registrations and attendance, check people in, document them. Everybody else answers
 * 404 on the organiser's pages.
 */
@Component
public class EventAccess {

	private static final Role[] STAFF = { Role.PROVIDER, Role.ADVISOR, Role.COORDINATOR, Role.ADMIN };

	private final Organisations organisations;

	EventAccess(Organisations organisations) {
		this.organisations = organisations;
	}

	/** Whether the person organises every event. */
	public static boolean coordination(PlatformUser user) {
		return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN);
	}

	/**
	 * The organisations whose events the person organises: {@code null} for all (the coordination), else the
	 * partners and providers in which they hold a staff role (possibly none).
	 */
	public @Nullable List<UUID> organisers(PlatformUser user) {
		if (coordination(user)) {
			return null;
		}
		return organisations.membershipsOf(user.id())
			.stream()
			.filter(membership -> membership.kind() == OrganisationKind.PARTNER
					|| membership.kind() == OrganisationKind.PROVIDER)
			.filter(membership -> List.of(STAFF).contains(membership.role()))
			.map(membership -> membership.organisationId())
			.distinct()
			.toList();
	}

	/** Whether the person may organise events at all. */
	public boolean mayOrganise(PlatformUser user) {
		List<UUID> organisers = organisers(user);
		return organisers == null || !organisers.isEmpty();
	}

	/** Whether the person organises this event. */
	public boolean organises(PlatformUser user, EventView event) {
		List<UUID> organisers = organisers(user);
		return organisers == null || organisers.contains(event.organiserId());
	}

}
