package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.PlatformTest;

/** The demo offers: 60 published offers with runs from six providers in all five districts, loaded once. */
@PlatformTest
class DemoOffersIntegrationTests {

	@Autowired
	DemoOffers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfferStore store;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void sixtyDemoOffersWithRunsInEveryDistrictAndLoadingAgainAddsNothing() {
		String demoOffers = "FROM trainings.offer WHERE contact_email LIKE 'kurse@%' AND contact_email NOT LIKE '%lastdaten%' "
				+ "AND description NOT LIKE 'Synthetische%'";
		assertThat(jdbc.queryForObject("SELECT count(*) " + demoOffers + " AND status = 'PUBLISHED'", Long.class))
			.isGreaterThanOrEqualTo(60);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT provider_id) " + demoOffers, Long.class)).isEqualTo(6);
		assertThat(jdbc.queryForList("SELECT DISTINCT r.district_code FROM trainings.run r WHERE r.district_code IS NOT NULL",
				String.class)).contains("chemnitz", "zwickau", "erzgebirgskreis", "mittelsachsen", "vogtlandkreis");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer o WHERE o.fundable", Long.class)).isPositive();
		long before = jdbc.queryForObject("SELECT count(*) FROM trainings.offer", Long.class);
		Integer created = transactions.execute(status -> demo.load());
		assertThat(created).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer", Long.class)).isEqualTo(before);
	}

	@Test
	void everyDemoOfferHasHoursThatFitItsRunsAndNoRunContradictsItsFormat() {
		List<Long> ids = jdbc.queryForList("SELECT id FROM trainings.offer WHERE contact_email LIKE 'kurse@%' "
				+ "AND contact_email NOT LIKE '%lastdaten%' AND description NOT LIKE 'Synthetische%'", Long.class);
		assertThat(ids).hasSizeGreaterThanOrEqualTo(60);
		LocalDate today = LocalDate.now();
		for (long id : ids) {
			OfferDetails offer = store.offer(id, code -> null).orElseThrow();
			assertThat(OfferRules.warnings(offer, today)).as(offer.title()).isEmpty();
			assertThat(OfferRules.fit(offer.toDraft(), offer.runs(), today)).as(offer.title()).isEmpty();
		}
	}

}
