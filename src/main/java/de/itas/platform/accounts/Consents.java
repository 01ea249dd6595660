package de.itas.platform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consent to the privacy notice, by version and time. */
@Service
@EnableConfigurationProperties(PrivacySettings.class)
public class Consents {

	private final JdbcTemplate jdbc;
	private final PrivacySettings settings;
	private final Clock clock;

	Consents(JdbcTemplate jdbc, PrivacySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	public String currentVersion() {
		return settings.noticeVersion();
	}

	public boolean hasAcceptedCurrent(UUID userId) {
		Integer count = jdbc.queryForObject(
				"SELECT count(*) FROM accounts.consent WHERE user_id = ? AND notice_version = ?", Integer.class, userId,
				settings.noticeVersion());
		return count != null && count > 0;
	}

	@Transactional
	public void acceptCurrent(UUID userId) {
		jdbc.update("""
				INSERT INTO accounts.consent (user_id, notice_version, accepted_at) VALUES (?, ?, ?)
				ON CONFLICT (user_id, notice_version) DO NOTHING""", userId, settings.noticeVersion(),
				Timestamp.from(clock.instant()));
	}

	List<Map<String, Object>> of(UUID userId) {
		return jdbc.queryForList(
				"SELECT notice_version AS version, accepted_at AS \"acceptedAt\" FROM accounts.consent WHERE user_id = ? ORDER BY accepted_at",
				userId);
	}

	Instant now() {
		return clock.instant();
	}

}
