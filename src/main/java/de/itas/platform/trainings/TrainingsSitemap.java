package de.itas.platform.trainings;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.web.SitemapContribution;

/** The published training offers for the sitemap (drafts and archived offers are not public). */
@Component
class TrainingsSitemap implements SitemapContribution {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** At most this many offers: the sitemap file holds 50,000 addresses in all. */
	static final int LIMIT = 40_000;

	private final JdbcClient jdbc;

	TrainingsSitemap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> entries() {
		return jdbc.sql("SELECT id, COALESCE(updated_at, created_at) AS changed FROM trainings.offer "
				+ "WHERE status = 'PUBLISHED' ORDER BY id LIMIT ?")
			.param(LIMIT)
			.query((rs, row) -> new Entry("/weiterbildung/" + rs.getLong("id"),
					LocalDate.ofInstant(rs.getObject("changed", Timestamp.class).toInstant(), BERLIN)))
			.list();
	}

}
