package de.itas.platform.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.privacy.PersonalData;

/** The accounts module's part of a person's data: account, memberships, consents, profile, access log. */
@Component
class AccountsPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;
	private final Consents consents;
	private final AuditLog audit;
	private final Outbox outbox;

	AccountsPersonalData(JdbcTemplate jdbc, Consents consents, AuditLog audit, Outbox outbox) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.audit = audit;
		this.outbox = outbox;
	}

	@Override
	public String module() {
		return "accounts";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", jdbc.queryForMap("""
				SELECT id, email, display_name AS "displayName", email_verified AS "emailVerified", language,
				       created_at AS "createdAt", deletion_requested_at AS "deletionRequestedAt"
				FROM accounts.user_account WHERE id = ?""", person));
		data.put("roles", jdbc.queryForList("SELECT role FROM accounts.user_role WHERE user_id = ? ORDER BY role",
				String.class, person));
		data.put("memberships", jdbc.queryForList("""
				SELECT o.name AS organisation, o.kind, m.role, m.created_at AS since
				FROM accounts.membership m JOIN accounts.organisation o ON o.id = m.organisation_id
				WHERE m.user_id = ? ORDER BY o.name, m.role""", person));
		data.put("singleSignOn", jdbc.queryForList("""
				SELECT l.provider, l.issuer, l.subject, o.name AS organisation, l.created_at AS "linkedAt",
				       l.last_login_at AS "lastLoginAt"
				FROM accounts.sso_link l LEFT JOIN accounts.organisation o ON o.id = l.organisation_id
				WHERE l.user_id = ? ORDER BY l.created_at""", person));
		data.put("consents", consents.of(person));
		List<Map<String, Object>> profile = jdbc.queryForList("""
				SELECT p.district_code AS "districtCode", p.job_title AS "jobTitle", o.name AS employer,
				       p.interests, p.retraining, p.commuting_radius_km AS "commutingRadiusKm",
				       p.contact_preference AS "contactPreference", p.phone
				FROM accounts.person_profile p LEFT JOIN accounts.organisation o ON o.id = p.employer_organisation_id
				WHERE p.user_id = ?""", person);
		data.put("personProfile", profile.isEmpty() ? Map.of() : profile.get(0));
		data.put("advisorsWithAccess", jdbc.queryForList("""
				SELECT u.display_name AS advisor, a.granted_at AS since
				FROM accounts.advisor_access a JOIN accounts.user_account u ON u.id = a.advisor_id
				WHERE a.person_id = ? ORDER BY a.granted_at""", person));
		data.put("accessLog", audit.about(person, 0, Integer.MAX_VALUE)
			.stream()
			.map(entry -> Map.of("at", entry.at().toString(), "by", entry.actorName(), "what", entry.whatKey(),
					"detail", entry.detail() == null ? "" : entry.detail()))
			.toList());
		data.put("openLinks", jdbc.queryForList("""
				SELECT purpose, created_at AS "createdAt", expires_at AS "expiresAt"
				FROM accounts.token WHERE user_id = ? AND used_at IS NULL""", person));
		return data;
	}

	@Override
	public void erase(UUID person) {
		jdbc.query("SELECT email, display_name FROM accounts.user_account WHERE id = ?",
				(rs, n) -> Map.entry(rs.getString(1), rs.getString(2)), person)
			.forEach(account -> outbox.deleteMailsAbout(account.getKey(), account.getValue()));
		jdbc.update("DELETE FROM spring_session WHERE principal_name IN (SELECT email FROM accounts.user_account WHERE id = ?)",
				person);
		audit.anonymise(person);
		jdbc.update("DELETE FROM accounts.token WHERE user_id = ?", person);
		jdbc.update("DELETE FROM accounts.sso_link WHERE user_id = ?", person);
		jdbc.update("DELETE FROM accounts.advisor_access WHERE person_id = ? OR advisor_id = ?", person, person);
		jdbc.update("DELETE FROM accounts.person_profile WHERE user_id = ?", person);
		jdbc.update("DELETE FROM accounts.consent WHERE user_id = ?", person);
		jdbc.update("DELETE FROM accounts.membership WHERE user_id = ?", person);
		jdbc.update("DELETE FROM accounts.user_role WHERE user_id = ?", person);
		jdbc.update("DELETE FROM accounts.user_account WHERE id = ?", person);
	}

}
