package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.itas.platform.PlatformTest;
import de.itas.platform.shared.figures.Counted;
import de.itas.platform.shared.figures.FigureCells;
import de.itas.platform.shared.figures.FigureCells.Cell;
import de.itas.platform.shared.figures.FigureDefinition;
import de.itas.platform.shared.figures.Figures;

/**
 * Each of the help desk's figures equals a count made directly in the database, per month (Berlin time) and
 * district, over the demo data and a few inquiries and appointments added here: at a month's first minutes in
 * Berlin (still the previous month in UTC), of the same company twice, unconfirmed, and a booked appointment
 * without an inquiry (unknown district).
 * <p>
 * The added rows are written with SQL: the services stamp inquiries with the current time and do not record
 * the submitter's organisation yet, and a test cannot wait for a month to pass.
 */
@PlatformTest
class HelpdeskFiguresIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Figures figures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theModulePublishesItsFigures() {
		assertThat(figures.definitions()).filteredOn(definition -> definition.module().equals("helpdesk"))
			.extracting(FigureDefinition::key, FigureDefinition::counted)
			.containsExactlyInAnyOrder(tuple("helpdesk.inquiries-received", Counted.ITEMS),
					tuple("helpdesk.inquiries-answered", Counted.ITEMS),
					tuple("helpdesk.appointments-held", Counted.ITEMS),
					tuple("helpdesk.companies-advised", Counted.COMPANIES));
	}

	@Test
	void everyFigureEqualsADirectCountPerMonthAndDistrict() {
		YearMonth now = YearMonth.now(clock.withZone(BERLIN));
		YearMonth from = now.minusMonths(14);
		YearMonth to = now.plusMonths(1);
		YearMonth month = now.minusMonths(2);
		Map<Cell, Long> receivedBefore = cells(HelpdeskFigureSource.RECEIVED, from, to);
		Map<Cell, Long> answeredBefore = cells(HelpdeskFigureSource.ANSWERED, from, to);
		Map<Cell, Long> companiesBefore = cells(HelpdeskFigureSource.COMPANIES, from, to);
		Map<Cell, Long> heldBefore = cells(HelpdeskFigureSource.APPOINTMENTS, from, to);

		UUID company = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		// 00:30 on the 1st in Berlin is still the last day of the month before in UTC
		Instant firstMinutes = month.atDay(1).atTime(0, 30).atZone(BERLIN).toInstant();
		Instant answered = month.plusMonths(1).atDay(1).atTime(0, 15).atZone(BERLIN).toInstant();
		inquiry("zwickau", company, firstMinutes, answered, true);
		inquiry("zwickau", company, at(month, 10), null, true);
		inquiry("zwickau", other, at(month, 11), null, true);
		inquiry("zwickau", UUID.randomUUID(), at(month, 12), at(month, 13), false);
		String team = jdbc.sql("SELECT code FROM helpdesk.team ORDER BY code LIMIT 1").query(String.class).single();
		slot(team, at(month, 15), true);
		slot(team, at(month, 16), false);
		slot(team, clock.instant().plusSeconds(10 * 24 * 3600), true);

		Map<Cell, Long> received = compare(HelpdeskFigureSource.RECEIVED, from, to, """
				SELECT district_code, count(*) FROM helpdesk.inquiry
				WHERE confirmed AND submitted_at >= :start AND submitted_at < :end GROUP BY district_code""");
		Map<Cell, Long> answeredCells = compare(HelpdeskFigureSource.ANSWERED, from, to, """
				SELECT district_code, count(*) FROM helpdesk.inquiry
				WHERE confirmed AND first_response_at >= :start AND first_response_at < :end GROUP BY district_code""");
		Map<Cell, Long> companies = compare(HelpdeskFigureSource.COMPANIES, from, to, """
				SELECT district_code, count(DISTINCT organisation_id) FROM helpdesk.inquiry
				WHERE confirmed AND organisation_id IS NOT NULL AND submitted_at >= :start AND submitted_at < :end
				GROUP BY district_code""");
		Map<Cell, Long> held = compare(HelpdeskFigureSource.APPOINTMENTS, from, to, """
				SELECT i.district_code, count(*) FROM helpdesk.slot s LEFT JOIN helpdesk.inquiry i ON i.id = s.inquiry_id
				WHERE s.booked_at IS NOT NULL AND s.starts_at >= :start AND s.starts_at < :end AND s.starts_at < :now
				GROUP BY i.district_code""");

		// what the added rows changed: three confirmed inquiries of two companies in the month, the one at the
		// month's first minutes answered in the next month's first minutes, one appointment held
		assertThat(FigureCells.change(receivedBefore, received)).containsExactly(Map.entry(cell(month, "zwickau"), 3L));
		assertThat(FigureCells.change(answeredBefore, answeredCells))
			.containsExactly(Map.entry(cell(month.plusMonths(1), "zwickau"), 1L));
		assertThat(FigureCells.change(companiesBefore, companies)).containsExactly(Map.entry(cell(month, "zwickau"), 2L));
		assertThat(FigureCells.change(heldBefore, held)).containsExactly(Map.entry(cell(month, null), 1L));
		// the demo data's inquiries, answers and appointments spread over several months and districts
		assertThat(received.keySet().stream().map(Cell::month).distinct()).hasSizeGreaterThan(1);
		assertThat(answeredCells.keySet().stream().map(Cell::district).distinct()).hasSizeGreaterThan(1);
		assertThat(held.keySet()).anySatisfy(cell -> assertThat(cell.district()).isNotNull());
	}

	@Test
	void theSourceRefusesAKeyItDoesNotPublish() {
		YearMonth now = YearMonth.now(clock.withZone(BERLIN));
		assertThatThrownBy(() -> figures.values("helpdesk.inquiries-lost", now, now))
			.hasMessageContaining("helpdesk.inquiries-lost");
	}

	private Map<Cell, Long> cells(String key, YearMonth from, YearMonth to) {
		return FigureCells.published(figures, key, from, to);
	}

	/** The figure's values, after checking them against the direct count. */
	private Map<Cell, Long> compare(String key, YearMonth from, YearMonth to, String sql) {
		return FigureCells.checked(figures, jdbc, key, from, to, sql, clock.instant());
	}

	private static Cell cell(YearMonth month, @Nullable String district) {
		return new Cell(month, district);
	}

	private static Instant at(YearMonth month, int day) {
		return month.atDay(day).atTime(LocalTime.NOON).atZone(BERLIN).toInstant();
	}

	private void inquiry(String district, UUID organisation, Instant submitted, @Nullable Instant firstResponse,
			boolean confirmed) {
		// closed and anonymised, so that no inbox shows them; they still count
		jdbc.sql("""
				INSERT INTO helpdesk.inquiry (case_number, topic, district_code, description, contact_channel,
				  submitter_name, organisation_id, confirmed, status, outcome, submitted_at, first_response_at, closed_at,
				  anonymised)
				VALUES (:number, 'OTHER', :district, '', 'EMAIL', '-', :organisation, :confirmed, 'CLOSED', 'RESOLVED',
				  :submitted, :answered, :submitted, TRUE)""")
			.param("number", "FIG-" + UUID.randomUUID().toString().substring(0, 12))
			.param("district", district)
			.param("organisation", organisation)
			.param("confirmed", confirmed)
			.param("submitted", Timestamp.from(submitted))
			.param("answered", firstResponse == null ? null : Timestamp.from(firstResponse))
			.update();
	}

	private void slot(String team, Instant start, boolean booked) {
		jdbc.sql("""
				INSERT INTO helpdesk.slot (advisor_id, advisor_name, team_code, kind, starts_at, minutes, topics, booked_name,
				  booked_at, uid)
				VALUES (:advisor, 'Beratung (Test)', :team, 'PHONE', :start, 30, 'OTHER', :name, :booked, :uid)""")
			.param("advisor", UUID.randomUUID())
			.param("team", team)
			.param("start", Timestamp.from(start))
			.param("name", booked ? "-" : null)
			.param("booked", booked ? Timestamp.from(start.minusSeconds(24 * 3600)) : null)
			.param("uid", UUID.randomUUID() + "@test")
			.update();
	}

}
