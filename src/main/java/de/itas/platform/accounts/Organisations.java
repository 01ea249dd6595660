package de.itas.platform.accounts;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.Role;

/**
 * The accounts module's API for organisations and memberships: who belongs to which company, partner or
 * provider, and in which role.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Organisations {

	private final OrganisationRepository organisations;
	private final MembershipRepository memberships;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Organisations(OrganisationRepository organisations, MembershipRepository memberships,
			ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.events = events;
		this.clock = clock;
	}

	public Optional<OrganisationSummary> organisation(UUID id) {
		return organisations.findById(id).map(Organisation::toSummary);
	}

	public List<OrganisationSummary> organisations(OrganisationKind kind) {
		return organisations.findByKindOrderByNameAsc(kind).stream().map(Organisation::toSummary).toList();
	}

	public List<MembershipSummary> membershipsOf(UUID userId) {
		List<Membership> held = memberships.findByKeyUserId(userId);
		Map<UUID, Organisation> byId = organisations
			.findAllById(held.stream().map(Membership::organisationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return held.stream()
			.map(membership -> {
				Organisation organisation = byId.get(membership.organisationId());
				return new MembershipSummary(organisation.id(), organisation.name(), organisation.kind(),
						membership.role());
			})
			.sorted(java.util.Comparator.comparing(MembershipSummary::organisationName)
				.thenComparing(MembershipSummary::role))
			.toList();
	}

	/** Whether the person holds at least one of the roles in the organisation. */
	public boolean hasRole(UUID userId, UUID organisationId, Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return memberships.findByKeyUserId(userId)
			.stream()
			.anyMatch(membership -> membership.organisationId().equals(organisationId)
					&& wanted.contains(membership.role()));
	}

	/** The organisations in which the person holds at least one of the roles. */
	public List<UUID> organisationsWhere(UUID userId, Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return memberships.findByKeyUserId(userId)
			.stream()
			.filter(membership -> wanted.contains(membership.role()))
			.map(Membership::organisationId)
			.distinct()
			.toList();
	}

	/**
	 * The people who hold at least one of the roles in the organisation (e.g. its company admins), as ids only
	 * (for notifying them through the kernel's notifications, which look up their addresses themselves).
	 */
	public List<UUID> membersWhere(UUID organisationId, Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return memberships.findByKeyOrganisationId(organisationId)
			.stream()
			.filter(membership -> wanted.contains(membership.role()))
			.map(Membership::userId)
			.distinct()
			.toList();
	}

	/** Creates an organisation (platform admins create partners and providers). */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public OrganisationSummary create(String name, OrganisationKind kind, @Nullable String districtCode,
			@Nullable String partnerCode) {
		return register(name, kind, districtCode, partnerCode);
	}

	/**
	 * Finds the organisation of this kind and name, or creates it: for seeding data (demo data, imports),
	 * where running twice must not create duplicates.
	 */
	@Transactional
	public OrganisationSummary ensure(String name, OrganisationKind kind, @Nullable String districtCode,
			@Nullable String partnerCode) {
		return organisations.findByKindAndNameIgnoreCase(kind, name)
			.map(Organisation::toSummary)
			.orElseGet(() -> register(name, kind, districtCode, partnerCode));
	}

	OrganisationSummary register(String name, OrganisationKind kind, @Nullable String districtCode,
			@Nullable String partnerCode) {
		Organisation organisation = organisations.save(new Organisation(name, kind, districtCode, partnerCode,
				clock.instant()));
		events.publishEvent(new OrganisationRegistered(organisation.id(), name, kind, districtCode));
		return organisation.toSummary();
	}

	@Transactional
	void addMember(UUID organisationId, UUID userId, Role role) {
		Membership.Key key = new Membership.Key(organisationId, userId, role);
		if (!memberships.existsById(key)) {
			memberships.save(new Membership(organisationId, userId, role, clock.instant()));
		}
	}

}
