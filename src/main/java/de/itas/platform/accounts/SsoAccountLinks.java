package de.itas.platform.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.security.SsoAccounts;
import de.itas.platform.shared.security.SsoRefusedException;
import de.itas.platform.shared.security.SsoRefusedException.Reason;

/**
 * The accounts behind single sign-on: an identity (issuer and subject) is linked to one account in
 * {@code accounts.sso_link}. The first sign-in creates the account in the configured organisation, or links
 * an existing one with the same address when that is safe; every sign-in sets the roles the identity
 * provider manages — the person's memberships in the configured organisation and the role EMPLOYEE — to what
 * the token maps to, so that a group removed in the provider is a role removed here.
 */
@Service
@Transactional
class SsoAccountLinks implements SsoAccounts {

	private static final Logger log = LoggerFactory.getLogger(SsoAccountLinks.class);

	/** What a token without a mapped role gets: the role anybody gets by registering, nothing more. */
	static final Role LEAST_PRIVILEGED = Role.EMPLOYEE;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository accounts;
	private final MembershipRepository memberships;
	private final OrganisationRepository organisations;
	private final Organisations organisationApi;
	private final PasswordEncoder passwords;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	SsoAccountLinks(UserAccountRepository accounts, MembershipRepository memberships,
			OrganisationRepository organisations, Organisations organisationApi, PasswordEncoder passwords,
			JdbcTemplate jdbc, Clock clock) {
		this.accounts = accounts;
		this.memberships = memberships;
		this.organisations = organisations;
		this.organisationApi = organisationApi;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public PlatformUser signIn(Identity identity) {
		Organisation organisation = organisation(identity.organisation()).orElseThrow(() -> new SsoRefusedException(
				Reason.ORGANISATION_UNKNOWN, "platform.sso.providers." + identity.provider()
						+ ".organisation names no organisation: '" + identity.organisation() + "'"));
		Instant now = clock.instant();
		String email = UserAccount.normalise(identity.email());
		String action = "signed in";
		UserAccount account = linkedAccount(identity).orElse(null);
		if (account == null) {
			account = accounts.findByEmail(email).orElse(null);
			if (account == null) {
				account = create(identity, email, now);
				action = "created the account";
			}
			else {
				requireLinkable(account, organisation, identity);
				action = "linked the existing account";
			}
			jdbc.update("""
					INSERT INTO accounts.sso_link (issuer, subject, user_id, provider, organisation_id, created_at, last_login_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", identity.issuer(), identity.subject(), account.id(),
					identity.provider(), organisation.id(), Timestamp.from(now), Timestamp.from(now));
		}
		else {
			jdbc.update("UPDATE accounts.sso_link SET last_login_at = ?, provider = ? WHERE issuer = ? AND subject = ?",
					Timestamp.from(now), identity.provider(), identity.issuer(), identity.subject());
		}
		if (!account.enabled()) {
			throw new SsoRefusedException(Reason.ACCOUNT_DISABLED, "The account of user:" + account.email() + " is disabled");
		}
		if (account.roles().contains(Role.ADMIN)) {
			throw new SsoRefusedException(Reason.ADMIN_ACCOUNT,
					"user:" + account.email() + " is a platform administrator, who signs in with a password only");
		}
		Set<Role> before = roles(account);
		applyRoles(account, organisation, identity);
		accounts.flush();
		Set<Role> after = roles(account);
		log.info("Single sign-on through {} {} of user:{} (organisation {}, roles {} -> {})", identity.provider(),
				action, account.email(), organisation.id(), before, after);
		PlatformUser user = account.toPlatformUser(membershipRoles(account.id()));
		user.eraseCredentials();
		return user;
	}

	private Optional<UserAccount> linkedAccount(Identity identity) {
		return jdbc.queryForList("SELECT user_id FROM accounts.sso_link WHERE issuer = ? AND subject = ?", UUID.class,
				identity.issuer(), identity.subject()).stream().findFirst().flatMap(accounts::findById);
	}

	/** The configured organisation, by its id or its partner code. */
	private Optional<Organisation> organisation(String key) {
		String trimmed = key.trim();
		try {
			return organisations.findById(UUID.fromString(trimmed));
		}
		catch (IllegalArgumentException notAnId) {
			List<UUID> ids = jdbc.queryForList(
					"SELECT id FROM accounts.organisation WHERE lower(partner_code) = ? ORDER BY created_at", UUID.class,
					trimmed.toLowerCase(Locale.ROOT));
			return ids.stream().findFirst().flatMap(organisations::findById);
		}
	}

	private UserAccount create(Identity identity, String email, Instant now) {
		// the person signs in at the identity provider; the password nobody knows only fills the column
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		UserAccount account = new UserAccount(email, identity.displayName(),
				passwords.encode(Base64.getEncoder().encodeToString(secret)), Set.of(), now);
		account.verifyEmail();
		// flushed at once: the link refers to the account through plain JDBC; the id is assigned, so saving
		// merges, and only the returned instance is managed
		return accounts.saveAndFlush(account);
	}

	/**
	 * An existing account with the same address is linked only when the platform already trusts the provider
	 * for it: the address was verified here too, the account belongs to the provider's own organisation, is
	 * not linked to another identity of the same provider, and is no administrator's. Otherwise a provider
	 * that asserts somebody else's address could take over that person's account.
	 */
	private void requireLinkable(UserAccount account, Organisation organisation, Identity identity) {
		boolean member = memberships.findByKeyUserId(account.id())
			.stream()
			.anyMatch(membership -> membership.organisationId().equals(organisation.id()));
		Integer otherLinks = jdbc.queryForObject(
				"SELECT count(*) FROM accounts.sso_link WHERE user_id = ? AND issuer = ?", Integer.class, account.id(),
				identity.issuer());
		if (!account.emailVerified() || !member || (otherLinks != null && otherLinks > 0)
				|| account.roles().contains(Role.ADMIN)) {
			throw new SsoRefusedException(Reason.EMAIL_TAKEN, "user:" + account.email()
					+ " exists and may not be linked to " + identity.provider() + " (verified " + account.emailVerified()
					+ ", member of the organisation " + member + ", linked " + otherLinks + ")");
		}
	}

	/**
	 * Sets the roles the provider manages to the mapped ones: roles that the organisation's kind does not
	 * offer are ignored, and without any mapped role the person gets {@link #LEAST_PRIVILEGED}. Roles held
	 * in other organisations are not touched.
	 */
	private void applyRoles(UserAccount account, Organisation organisation, Identity identity) {
		Set<Role> offered = Memberships.rolesFor(organisation.kind());
		Set<Role> target = EnumSet.noneOf(Role.class);
		for (Role role : identity.roles()) {
			if (role == LEAST_PRIVILEGED || offered.contains(role)) {
				target.add(role);
			}
			else {
				log.warn("Single sign-on through {}: role {} does not fit organisation {} ({}) and is ignored",
						identity.provider(), role, organisation.id(), organisation.kind());
			}
		}
		if (target.contains(Role.COMPANY_ADMIN)) {
			target.add(Role.COMPANY_MEMBER);
		}
		if (target.isEmpty()) {
			target.add(LEAST_PRIVILEGED);
		}
		memberships.findByKeyUserId(account.id())
			.stream()
			.filter(membership -> membership.organisationId().equals(organisation.id())
					&& !target.contains(membership.role()))
			.forEach(memberships::delete);
		target.stream().filter(offered::contains).forEach(role -> organisationApi.addMember(organisation.id(),
				account.id(), role));
		if (target.contains(LEAST_PRIVILEGED)) {
			account.grant(LEAST_PRIVILEGED);
		}
		else {
			account.revoke(LEAST_PRIVILEGED);
		}
	}

	private Set<Role> roles(UserAccount account) {
		Set<Role> all = EnumSet.noneOf(Role.class);
		all.addAll(account.roles());
		all.addAll(membershipRoles(account.id()));
		return all;
	}

	private Set<Role> membershipRoles(UUID userId) {
		return memberships.findByKeyUserId(userId).stream().map(Membership::role).collect(Collectors.toSet());
	}

}
