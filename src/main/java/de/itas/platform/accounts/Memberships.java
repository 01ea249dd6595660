package de.itas.platform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import org.springframework.modulith.NamedInterface;

/**
 * Who belongs to an organisation: company admins invite colleagues and manage their roles; platform
 * admins add staff to partner and provider organisations. A role change applies at the member's next
 * request. An organisation never loses its last admin through these operations.
 */
@Service
@Transactional
@NamedInterface("api")
public class Memberships {

	private final MembershipRepository memberships;
	private final OrganisationRepository organisations;
	private final UserAccountRepository accounts;
	private final Organisations organisationApi;
	private final Consents consents;
	private final Tokens tokens;
	private final Mailer mailer;
	private final PasswordEncoder passwords;
	private final JdbcTemplate jdbc;
	private final AccessAudit audit;
	private final Clock clock;

	Memberships(MembershipRepository memberships, OrganisationRepository organisations, UserAccountRepository accounts,
			Organisations organisationApi, Consents consents, Tokens tokens, Mailer mailer, PasswordEncoder passwords,
			JdbcTemplate jdbc, AccessAudit audit, Clock clock) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.accounts = accounts;
		this.organisationApi = organisationApi;
		this.consents = consents;
		this.tokens = tokens;
		this.mailer = mailer;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The roles that members of an organisation of this kind can hold. */
	public static Set<Role> rolesFor(OrganisationKind kind) {
		return switch (kind) {
			case COMPANY -> EnumSet.of(Role.COMPANY_MEMBER, Role.COMPANY_ADMIN);
			case PARTNER -> EnumSet.of(Role.ADVISOR, Role.COORDINATOR);
			case PROVIDER -> EnumSet.of(Role.PROVIDER);
		};
	}

	/** Whether the signed-in person may manage the organisation's members. */
	@Transactional(readOnly = true)
	public boolean canManage(UUID organisationId) {
		PlatformUser user = CurrentUser.get().orElse(null);
		if (user == null) {
			return false;
		}
		return user.hasRole(Role.ADMIN) || organisationApi.hasRole(user.id(), organisationId, Role.COMPANY_ADMIN);
	}

	@Transactional(readOnly = true)
	public List<MemberSummary> members(UUID organisationId) {
		requireManager(organisationId);
		Map<UUID, MemberSummary> byUser = new LinkedHashMap<>();
		for (Membership membership : memberships.findByKeyOrganisationId(organisationId)) {
			UserAccount account = accounts.findById(membership.userId()).orElseThrow();
			byUser.computeIfAbsent(account.id(),
					id -> new MemberSummary(id, account.displayName(), account.email(), EnumSet.noneOf(Role.class)))
				.roles()
				.add(membership.role());
		}
		return byUser.values()
			.stream()
			.map(member -> new MemberSummary(member.userId(), member.displayName(), member.email(),
					Set.copyOf(member.roles())))
			.sorted(java.util.Comparator.comparing(MemberSummary::displayName))
			.toList();
	}

	/**
	 * The members as the members page shows them (names and addresses). When staff who are not the
	 * organisation's own admins look, each member's entry in the audit log records it.
	 */
	@Transactional(readOnly = true)
	public List<MemberSummary> viewMembers(UUID organisationId) {
		List<MemberSummary> members = members(organisationId);
		PlatformUser viewer = CurrentUser.get().orElseThrow();
		if (!organisationApi.hasRole(viewer.id(), organisationId, Role.COMPANY_ADMIN)) {
			String name = organisations.findById(organisationId).map(Organisation::name).orElse("");
			members.forEach(member -> audit.personalDataViewed(member.userId(), "accounts.audit.members", name));
		}
		return members;
	}

	@Transactional(readOnly = true)
	public List<InvitationSummary> openInvitations(UUID organisationId) {
		requireManager(organisationId);
		return jdbc.query("""
				SELECT t.email, t.role, t.expires_at, o.name,
				       EXISTS (SELECT 1 FROM accounts.user_account u WHERE u.email = t.email) AS account_exists
				FROM accounts.token t JOIN accounts.organisation o ON o.id = t.organisation_id
				WHERE t.purpose = 'INVITATION' AND t.organisation_id = ? AND t.used_at IS NULL AND t.expires_at > ?
				ORDER BY t.created_at DESC""", (rs, row) -> new InvitationSummary(organisationId, rs.getString("name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant(),
				rs.getBoolean("account_exists")), organisationId, Timestamp.from(clock.instant()));
	}

	/** Invites a person by e-mail into the organisation with a role fitting its kind. */
	public void invite(UUID organisationId, String email, Role role, Locale locale) {
		requireManager(organisationId);
		Organisation organisation = organisations.findById(organisationId).orElseThrow();
		if (!rolesFor(organisation.kind()).contains(role)) {
			throw new IllegalArgumentException("Role " + role + " does not fit " + organisation.kind());
		}
		String address = UserAccount.normalise(email);
		String token = tokens.issue(TokenPurpose.INVITATION, null, address, organisationId, role);
		mailer.send(address, locale, "accounts.mail.invitation.subject", "accounts/invitation",
				Map.of("organisation", organisation.name(), "inviter", CurrentUser.get().orElseThrow().getDisplayName(),
						"token", token));
	}

	/** Changes a member's role in a company (member or admin); never removes the last admin. */
	public void changeCompanyRole(UUID organisationId, UUID userId, boolean admin) {
		requireManager(organisationId);
		if (!admin) {
			requireAnotherAdmin(organisationId, userId);
			memberships.deleteById(new Membership.Key(organisationId, userId, Role.COMPANY_ADMIN));
		}
		else {
			organisationApi.addMember(organisationId, userId, Role.COMPANY_ADMIN);
		}
		organisationApi.addMember(organisationId, userId, Role.COMPANY_MEMBER);
	}

	/** Removes a person from the organisation; never the last admin of a company. */
	public void remove(UUID organisationId, UUID userId) {
		requireManager(organisationId);
		requireAnotherAdmin(organisationId, userId);
		memberships.findByKeyOrganisationId(organisationId)
			.stream()
			.filter(membership -> membership.userId().equals(userId))
			.forEach(memberships::delete);
	}

	/** The invitation behind a link, if it can still be used. */
	@Transactional(readOnly = true)
	public LinkState invitationState(String token) {
		return tokens.state(tokens.find(TokenPurpose.INVITATION, token));
	}

	@Transactional(readOnly = true)
	public Optional<InvitationSummary> invitation(String token) {
		return tokens.find(TokenPurpose.INVITATION, token)
			.filter(found -> tokens.state(Optional.of(found)) == LinkState.VALID)
			.map(found -> new InvitationSummary(found.organisationId(),
					organisations.findById(found.organisationId()).map(Organisation::name).orElse(""), found.email(),
					found.role(), found.expiresAt(), accounts.existsByEmail(found.email())));
	}

	/** The signed-in person accepts an invitation sent to their address. */
	public LinkState accept(String token, UUID userId) {
		Optional<Tokens.Token> found = tokens.find(TokenPurpose.INVITATION, token);
		LinkState state = tokens.state(found);
		if (state != LinkState.VALID) {
			return state;
		}
		UserAccount account = accounts.findById(userId).orElseThrow();
		if (!account.email().equals(found.get().email())) {
			throw new AccessDeniedException("The invitation was sent to another address");
		}
		if (!tokens.use(found.get())) {
			return LinkState.USED;
		}
		addWithRole(found.get().organisationId(), userId, found.get().role());
		return LinkState.VALID;
	}

	/** A person without account accepts by creating one; the link proves the address. */
	public LinkState acceptWithNewAccount(String token, String displayName, String password, String language) {
		Optional<Tokens.Token> found = tokens.find(TokenPurpose.INVITATION, token);
		LinkState state = tokens.state(found);
		if (state != LinkState.VALID || accounts.existsByEmail(found.get().email())) {
			return state == LinkState.VALID ? LinkState.USED : state;
		}
		if (!tokens.use(found.get())) {
			return LinkState.USED;
		}
		Instant now = clock.instant();
		UserAccount account = new UserAccount(found.get().email(), displayName.trim(), passwords.encode(password),
				Set.of(), now);
		account.verifyEmail();
		account.speaks(language);
		accounts.saveAndFlush(account);
		consents.acceptCurrent(account.id());
		addWithRole(found.get().organisationId(), account.id(), found.get().role());
		return LinkState.VALID;
	}

	private void addWithRole(UUID organisationId, UUID userId, Role role) {
		organisationApi.addMember(organisationId, userId, role);
		if (role == Role.COMPANY_ADMIN) {
			organisationApi.addMember(organisationId, userId, Role.COMPANY_MEMBER);
		}
	}

	private void requireManager(UUID organisationId) {
		if (!canManage(organisationId)) {
			throw new AccessDeniedException("Not allowed to manage this organisation");
		}
	}

	private void requireAnotherAdmin(UUID organisationId, UUID userId) {
		List<Membership> admins = memberships.findByKeyOrganisationId(organisationId)
			.stream()
			.filter(membership -> membership.role() == Role.COMPANY_ADMIN)
			.toList();
		boolean isAdmin = admins.stream().anyMatch(membership -> membership.userId().equals(userId));
		if (isAdmin && admins.size() == 1) {
			throw new LastAdminException();
		}
	}

	/** The company would be left without an admin. */
	public static class LastAdminException extends RuntimeException {

		LastAdminException() {
			super("An organisation keeps at least one admin");
		}

	}

}
