package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
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

	/** Removes the synthetic offers again, so that other tests' expectations on the shared database hold. */
	@AfterEach
	void removeLoadData() {
		jdbc.update("DELETE FROM trainings.offer WHERE provider_name LIKE ?", LoadData.PROVIDER_PREFIX + "%");
	}

	@Test
	void generatesOffersRunsAndSkillLinks() {
		long before = jdbc.queryForObject("SELECT count(*) FROM trainings.offer", Long.class);
		long lastId = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM trainings.offer", Long.class);
		LoadData.Report report = loadData.generate(300, 700);
		assertThat(report.offers()).isEqualTo(300);
		assertThat(report.runs()).isEqualTo(700);
		assertThat(report.skillLinks()).isGreaterThan(300);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer", Long.class)).isEqualTo(before + 300);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE id > ? AND provider_name LIKE ? "
				+ "AND fundable", Long.class, lastId, LoadData.PROVIDER_PREFIX + "%")).isPositive();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.run r JOIN trainings.offer o ON o.id = r.offer_id "
				+ "WHERE o.id > ? AND o.provider_name LIKE ? AND r.end_date >= r.start_date "
				+ "AND (r.online OR r.latitude IS NOT NULL)", Long.class, lastId, LoadData.PROVIDER_PREFIX + "%"))
			.isEqualTo(700);
	}

	@Test
	void fillsTheSearchKeysAndSwitchesTheTriggersBackOn() {
		long version = jdbc.queryForObject("SELECT version FROM trainings.search_state", Long.class);
		loadData.generate(200, 500);
		// the keys filled in one pass equal what the triggers keep (the functions they call)
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer o WHERE o.provider_name LIKE ? AND ("
				+ "o.next_start IS DISTINCT FROM trainings.offer_next_start(o.id) "
				+ "OR o.districts IS DISTINCT FROM trainings.offer_districts(o.id) "
				+ "OR o.skills IS DISTINCT FROM trainings.offer_skill_uris(o.id))", Long.class,
				LoadData.PROVIDER_PREFIX + "%")).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE provider_name LIKE ? "
				+ "AND next_start IS NOT NULL AND cardinality(skills) > 0", Long.class, LoadData.PROVIDER_PREFIX + "%"))
			.isPositive();
		// every word of the published offers is in the vocabulary for typos, as the trigger would have put it
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer o, trainings.search_words(o.search_text) w "
				+ "WHERE o.provider_name LIKE ? AND o.status = 'PUBLISHED' "
				+ "AND NOT EXISTS (SELECT 1 FROM trainings.search_word s WHERE s.word = w)", Long.class,
				LoadData.PROVIDER_PREFIX + "%")).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE provider_name LIKE ? "
				+ "AND status = 'PUBLISHED'", Long.class, LoadData.PROVIDER_PREFIX + "%")).isPositive();
		assertThat(jdbc.queryForList("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
				+ "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'trainings' AND NOT t.tgisinternal "
				+ "AND t.tgenabled <> 'O'", String.class)).isEmpty();
		assertThat(jdbc.queryForObject("SELECT version FROM trainings.search_state", Long.class)).isGreaterThan(version);
		// and they keep the keys again: a new run moves the offer's next start
		long offer = jdbc.queryForObject("SELECT max(id) FROM trainings.offer WHERE provider_name LIKE ?", Long.class,
				LoadData.PROVIDER_PREFIX + "%");
		jdbc.update("INSERT INTO trainings.run (offer_id, start_date, end_date, city, district_code, latitude, longitude, "
				+ "capacity) VALUES (?, (now() AT TIME ZONE 'Europe/Berlin')::date + 1, "
				+ "(now() AT TIME ZONE 'Europe/Berlin')::date + 2, 'Plauen', 'vogtlandkreis', 50.49, 12.13, 5)", offer);
		assertThat(jdbc.queryForObject("SELECT next_start = (now() AT TIME ZONE 'Europe/Berlin')::date + 1 "
				+ "AND 'vogtlandkreis' = ANY (districts) FROM trainings.offer WHERE id = ?", Boolean.class, offer)).isTrue();
	}

}
