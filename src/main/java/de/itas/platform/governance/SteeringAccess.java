package de.itas.platform.governance;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who steers which action field. The coordination (coordinators and administrators) edits the measures and
 * indicators of every field; the staff (advisors and coordinators) of the consortium partner that leads an
 * action field edit that field's measures and enter and sign off its indicators' values; everybody else reads
 * what is public. Signing off a value needs a second person: never the one who entered it.
 */
@Component
public class SteeringAccess {

	private final Organisations organisations;
	private final Region region;

	SteeringAccess(Organisations organisations, Region region) {
		this.organisations = organisations;
		this.region = region;
	}

	/** Whether the person edits every action field. */
	public static boolean coordination(@Nullable PlatformUser user) {
		return user != null && (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN));
	}

	/** The codes of the action fields the person edits (all for the coordination), in the region's order. */
	public Set<String> fields(@Nullable PlatformUser user) {
		Set<String> fields = new LinkedHashSet<>();
		if (user == null) {
			return fields;
		}
		boolean all = coordination(user);
		Set<String> partners = all ? Set.of() : partnersOf(user);
		for (ActionFieldSummary field : region.actionFields()) {
			if (all || partners.contains(field.leadPartner().code())) {
				fields.add(field.code());
			}
		}
		return fields;
	}

	/** Whether the person edits the action field's measures and indicator values. */
	public boolean edits(@Nullable PlatformUser user, String actionFieldCode) {
		return fields(user).contains(actionFieldCode);
	}

	/** Whether the person may steer anything at all (sees the internal pages). */
	public boolean steers(@Nullable PlatformUser user) {
		return !fields(user).isEmpty();
	}

	/** Whether the person may sign off the value: edits its field and did not enter it. */
	public boolean maySignOff(@Nullable PlatformUser user, IndicatorView indicator, IndicatorValueView value) {
		return user != null && edits(user, indicator.actionFieldCode()) && !user.id().equals(value.enteredBy());
	}

	private Set<String> partnersOf(PlatformUser user) {
		Set<String> partners = new LinkedHashSet<>();
		organisations.membershipsOf(user.id())
			.stream()
			.filter(membership -> membership.kind() == OrganisationKind.PARTNER)
			.filter(membership -> membership.role() == Role.ADVISOR || membership.role() == Role.COORDINATOR)
			.map(membership -> organisations.organisation(membership.organisationId()))
			.flatMap(java.util.Optional::stream)
			.map(OrganisationSummary::partnerCode)
			.filter(Objects::nonNull)
			.forEach(partners::add);
		return partners;
	}

}
