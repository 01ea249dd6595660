package de.itas.platform.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who may work on a company's check and needs: its members (company members and admins), and advisors of
 * the consortium partners (union contacts included) once the company has consented. Only company admins
 * give or withdraw that consent. Region-wide figures are for advisors, coordination and admins.
 */
@Component
class AssessmentAccess {

	private final Organisations organisations;
	private final JdbcClient jdbc;
	private final Clock clock;

	AssessmentAccess(Organisations organisations, JdbcClient jdbc, Clock clock) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PlatformUser user() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	boolean isMember(UUID userId, UUID organisationId) {
		return organisations.hasRole(userId, organisationId, Role.COMPANY_MEMBER, Role.COMPANY_ADMIN);
	}

	boolean isAdmin(UUID userId, UUID organisationId) {
		return organisations.hasRole(userId, organisationId, Role.COMPANY_ADMIN);
	}

	boolean hasConsent(UUID organisationId) {
		return jdbc.sql("SELECT count(*) FROM assessment.advisor_consent WHERE organisation_id = ?")
			.param(organisationId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the current person may see and fill in the company's checks and needs. */
	boolean mayWork(UUID organisationId) {
		Optional<PlatformUser> current = CurrentUser.get();
		if (current.isEmpty()) {
			return false;
		}
		PlatformUser user = current.get();
		return isMember(user.id(), organisationId) || (user.hasRole(Role.ADVISOR) && hasConsent(organisationId));
	}

	/** Whether the current person works on the company as an advisor (not as one of its members). */
	boolean asAdvisor(UUID organisationId) {
		return CurrentUser.get().map(user -> !isMember(user.id(), organisationId)).orElse(false);
	}

	void requireWork(UUID organisationId) {
		if (!mayWork(organisationId)) {
			throw new AccessDeniedException("No access to the assessment of " + organisationId);
		}
	}

	boolean maySeeRegion() {
		return CurrentUser.get()
			.map(user -> user.hasRole(Role.ADVISOR) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN))
			.orElse(false);
	}

	void requireRegion() {
		if (!maySeeRegion()) {
			throw new AccessDeniedException("Region-wide figures are for advisors and coordination");
		}
	}

	/** The companies the current person belongs to as member or admin. */
	List<UUID> ownCompanies() {
		return CurrentUser.get()
			.map(user -> organisations.organisationsWhere(user.id(), Role.COMPANY_MEMBER, Role.COMPANY_ADMIN))
			.orElse(List.of());
	}

	/** The companies that consented to advisors, for advisors; empty for everybody else. */
	List<UUID> consentingCompanies() {
		if (!CurrentUser.get().map(user -> user.hasRole(Role.ADVISOR)).orElse(false)) {
			return List.of();
		}
		return jdbc.sql("SELECT organisation_id FROM assessment.advisor_consent ORDER BY granted_at").query(UUID.class).list();
	}

	void grant(UUID organisationId) {
		PlatformUser user = user();
		if (!isAdmin(user.id(), organisationId)) {
			throw new AccessDeniedException("Only company admins give consent");
		}
		jdbc.sql("INSERT INTO assessment.advisor_consent (organisation_id, granted_by, granted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(organisationId, user.id(), Timestamp.from(clock.instant()))
			.update();
	}

	void withdraw(UUID organisationId) {
		PlatformUser user = user();
		if (!isAdmin(user.id(), organisationId)) {
			throw new AccessDeniedException("Only company admins withdraw consent");
		}
		jdbc.sql("DELETE FROM assessment.advisor_consent WHERE organisation_id = ?").param(organisationId).update();
	}

}
