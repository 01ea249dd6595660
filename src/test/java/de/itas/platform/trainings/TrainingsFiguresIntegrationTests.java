package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.shared.figures.Counted;
import de.itas.platform.shared.figures.FigureCells;
import de.itas.platform.shared.figures.FigureCells.Cell;
import de.itas.platform.shared.figures.FigureDefinition;
import de.itas.platform.shared.figures.Figures;
import de.itas.platform.shared.security.PlatformUser;

/**
 * Each of the training catalogue's figures equals a count made directly in the database, per month (Berlin
 * time) and district. The demo runs all lie ahead, so the test registers people through the services for
 * runs in Zwickau, online (unknown district) and in Chemnitz, cancels a registration and a run, and then moves
 * three runs into last month with SQL (a test cannot wait for a run to end) and one registration to the first
 * minutes of a month in Berlin.
 */
@PlatformTest
class TrainingsFiguresIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Figures figures;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	Offers offers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theModulePublishesItsFigures() {
		assertThat(figures.definitions()).filteredOn(definition -> definition.module().equals("trainings"))
			.extracting(FigureDefinition::key, FigureDefinition::counted)
			.containsExactlyInAnyOrder(tuple("trainings.registrations", Counted.ITEMS),
					tuple("trainings.persons-registered", Counted.PERSONS),
					tuple("trainings.runs-completed", Counted.ITEMS), tuple("trainings.participants", Counted.PERSONS));
	}

	@Test
	void everyFigureEqualsADirectCountPerMonthAndDistrict() {
		YearMonth now = YearMonth.now(clock.withZone(BERLIN));
		YearMonth from = now.minusMonths(14);
		YearMonth to = now.plusMonths(2);
		Map<Cell, Long> registrationsBefore = cells(TrainingsFigureSource.REGISTRATIONS, from, to);
		Map<Cell, Long> personsBefore = cells(TrainingsFigureSource.PERSONS, from, to);
		Map<Cell, Long> runsBefore = cells(TrainingsFigureSource.RUNS, from, to);
		Map<Cell, Long> participantsBefore = cells(TrainingsFigureSource.PARTICIPANTS, from, to);

		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Kennzahlen " + token);
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Kennzahlenkurs " + token, 16, 300, false, List.of()));
		long zwickau = fixtures.run(offer, TrainingsFixtures.run(14, "Zwickau", "zwickau", 2));
		LocalDate start = LocalDate.now(clock).plusDays(14);
		long online = fixtures.run(offer, new RunDraft(start, start.plusDays(1), "", true, "", "", "", "", null, 10));
		long chemnitz = fixtures.run(offer, TrainingsFixtures.run(14, "Chemnitz", "chemnitz", 10));
		long later = fixtures.run(offer, TrainingsFixtures.run(21, "Zwickau", "zwickau", 10));
		PlatformUser anna = fixtures.person(token + "-anna");
		PlatformUser ben = fixtures.person(token + "-ben");
		PlatformUser cleo = fixtures.person(token + "-cleo");
		// Zwickau: two places taken, one waiting
		register(anna, zwickau);
		register(ben, zwickau);
		RegistrationSummary waiting = register(cleo, zwickau);
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);
		// online: one stays, one withdraws
		register(anna, online);
		RegistrationSummary withdrawn = register(ben, online);
		SignedIn.run(ben, () -> registrations.cancel(withdrawn.id()));
		// Chemnitz: the provider cancels the run
		register(cleo, chemnitz);
		long version = offers.run(chemnitz).orElseThrow().version();
		SignedIn.as(fixtures.staff(provider), () -> offers.cancelRun(chemnitz, version));
		// a second registration of Anna in Zwickau this month: she is one person registered there
		register(anna, later);
		// the waiting registration was made at 00:30 on the first of the month before last, Berlin time (still
		// the last day of the month before in UTC)
		YearMonth earlier = now.minusMonths(2);
		jdbc.sql("UPDATE trainings.registration SET registered_at = :at WHERE id = :id")
			.param("at", Timestamp.from(earlier.atDay(1).atTime(0, 30).atZone(BERLIN).toInstant()))
			.param("id", waiting.id())
			.update();
		// three runs took place last month
		YearMonth last = now.minusMonths(1);
		for (long run : List.of(zwickau, online, chemnitz)) {
			jdbc.sql("UPDATE trainings.run SET start_date = :start, end_date = :end WHERE id = :id")
				.param("start", last.atDay(3))
				.param("end", last.atDay(5))
				.param("id", run)
				.update();
		}

		String registered = """
				SELECT u.district_code, %s FROM trainings.registration g JOIN trainings.run u ON u.id = g.run_id
				WHERE g.registered_at >= :start AND g.registered_at < :end GROUP BY u.district_code""";
		Map<Cell, Long> registrationsAfter = compare(TrainingsFigureSource.REGISTRATIONS, from, to,
				registered.formatted("count(*)"));
		Map<Cell, Long> personsAfter = compare(TrainingsFigureSource.PERSONS, from, to,
				registered.formatted("count(DISTINCT g.person_id)"));
		String completed = """
				SELECT u.district_code, %s FROM trainings.run u JOIN trainings.registration g ON g.run_id = u.id
				WHERE NOT u.cancelled AND u.end_date >= :firstDay AND u.end_date < :dayAfter AND u.end_date < :today
				  AND g.status = 'CONFIRMED'
				GROUP BY u.district_code""";
		Map<Cell, Long> runsAfter = compare(TrainingsFigureSource.RUNS, from, to, completed.formatted("count(DISTINCT u.id)"));
		Map<Cell, Long> participantsAfter = compare(TrainingsFigureSource.PARTICIPANTS, from, to,
				completed.formatted("count(DISTINCT g.person_id)"));

		// registrations count when made, whatever became of them; persons once per month and district
		assertThat(FigureCells.change(registrationsBefore, registrationsAfter)).containsOnly(
				Map.entry(cell(now, "zwickau"), 3L), Map.entry(cell(earlier, "zwickau"), 1L), Map.entry(cell(now, null), 2L),
				Map.entry(cell(now, "chemnitz"), 1L));
		assertThat(FigureCells.change(personsBefore, personsAfter)).containsOnly(Map.entry(cell(now, "zwickau"), 2L),
				Map.entry(cell(earlier, "zwickau"), 1L), Map.entry(cell(now, null), 2L), Map.entry(cell(now, "chemnitz"), 1L));
		// the cancelled run in Chemnitz did not take place; the later run in Zwickau has not yet
		assertThat(FigureCells.change(runsBefore, runsAfter)).containsOnly(Map.entry(cell(last, "zwickau"), 1L),
				Map.entry(cell(last, null), 1L));
		// participants held a place: not the waiting one, not the withdrawn one
		assertThat(FigureCells.change(participantsBefore, participantsAfter))
			.containsOnly(Map.entry(cell(last, "zwickau"), 2L), Map.entry(cell(last, null), 1L));
	}

	private RegistrationSummary register(PlatformUser person, long run) {
		return SignedIn.as(person, () -> registrations.registerSelf(run));
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

}
