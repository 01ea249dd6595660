package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.itas.platform.PlatformTest;

/** The load-data generator makes the offers and runs it is asked for, searchable and with skills. */
@PlatformTest
class LoadDataIntegrationTests {

	@Autowired
	LoadData loadData;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void generatesOffersRunsAndSkillLinks() {
		long before = jdbc.queryForObject("SELECT count(*) FROM trainings.offer", Long.class);
		LoadData.Report report = loadData.generate(300, 700);
		assertThat(report.offers()).isEqualTo(300);
		assertThat(report.runs()).isEqualTo(700);
		assertThat(report.skillLinks()).isGreaterThan(300);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer", Long.class)).isEqualTo(before + 300);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE provider_name LIKE ? AND fundable",
				Long.class, LoadData.PROVIDER_PREFIX + "%")).isPositive();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.run r JOIN trainings.offer o ON o.id = r.offer_id "
				+ "WHERE o.provider_name LIKE ? AND r.end_date >= r.start_date AND (r.online OR r.latitude IS NOT NULL)",
				Long.class, LoadData.PROVIDER_PREFIX + "%")).isEqualTo(700);
	}

}
