package de.itas.platform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import org.springframework.modulith.NamedInterface;

/**
 * Person profiles. A profile is visible only to the person and to advisors the person has contacted
 * (the help desk grants that access when a person turns to an advisor); every such view is audited.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class PersonProfiles {

	private final PersonProfileRepository profiles;
	private final UserAccountRepository accounts;
	private final JdbcTemplate jdbc;
	private final AccessAudit audit;
	private final Clock clock;

	PersonProfiles(PersonProfileRepository profiles, UserAccountRepository accounts, JdbcTemplate jdbc,
			AccessAudit audit, Clock clock) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A person's profile with the version to base a change on. */
	public record Versioned(PersonProfileDetails details, long version) {
	}

	public Versioned own(UUID person) {
		return profiles.findById(person)
			.map(profile -> new Versioned(profile.details(), profile.version()))
			.orElse(new Versioned(PersonProfileDetails.empty(), -1));
	}

	@Transactional
	public void change(UUID person, long basedOnVersion, PersonProfileDetails details) {
		PersonProfile profile = profiles.findById(person).orElseGet(() -> new PersonProfile(person));
		long current = profiles.existsById(person) ? profile.version() : -1;
		if (current != basedOnVersion) {
			throw new OptimisticLockingFailureException("Profile changed meanwhile");
		}
		profile.change(details);
		profiles.save(profile);
	}

	/** A person seen by an advisor: name, e-mail and profile. */
	public record PersonView(UUID id, String displayName, String email, PersonProfileDetails profile) {
	}

	/**
	 * The person's profile for the signed-in advisor, who must have been contacted by the person; the view
	 * is recorded in the audit log.
	 */
	public Optional<PersonView> forAdvisor(UUID person) {
		PlatformUser advisor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!advisor.hasRole(Role.ADVISOR) || !hasAccess(person, advisor.id())) {
			return Optional.empty();
		}
		return accounts.findById(person).map(account -> {
			audit.personalDataViewed(person, "accounts.audit.person-profile", "");
			return new PersonView(account.id(), account.displayName(), account.email(), own(person).details());
		});
	}

	/** The people who contacted this advisor. */
	public List<UUID> contactsOf(UUID advisor) {
		return jdbc.queryForList("SELECT person_id FROM accounts.advisor_access WHERE advisor_id = ? ORDER BY granted_at DESC",
				UUID.class, advisor);
	}

	/** The person turned to this advisor (e.g. with an inquiry), who may now see the person's profile. */
	@Transactional
	public void grantAdvisorAccess(UUID person, UUID advisor) {
		jdbc.update("""
				INSERT INTO accounts.advisor_access (person_id, advisor_id, granted_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""", person, advisor, Timestamp.from(clock.instant()));
	}

	boolean hasAccess(UUID person, UUID advisor) {
		Integer count = jdbc.queryForObject(
				"SELECT count(*) FROM accounts.advisor_access WHERE person_id = ? AND advisor_id = ?", Integer.class,
				person, advisor);
		return count != null && count > 0;
	}

}
