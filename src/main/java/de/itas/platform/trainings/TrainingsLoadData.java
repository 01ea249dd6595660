package de.itas.platform.trainings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.loaddata.GeneratedIds;
import de.itas.platform.shared.loaddata.LoadDataGenerator;
import de.itas.platform.shared.loaddata.LoadDataRun;

/**
 * Load data of the trainings module: offers and runs ({@link LoadData}) and registrations of generated persons
 * for the new runs, confirmed, spread evenly (a few per run, never two of one person on one run), each for
 * the person's company when the person has one.
 */
@Component
class TrainingsLoadData implements LoadDataGenerator {

	static final long OFFERS = 100_000;
	static final long RUNS = 250_000;
	static final long REGISTRATIONS = 1_000_000;

	private final LoadData loadData;
	private final JdbcTemplate jdbc;

	TrainingsLoadData(LoadData loadData, JdbcTemplate jdbc) {
		this.loadData = loadData;
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "trainings";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public void generate(LoadDataRun run) {
		long offers = run.size("offers", OFFERS);
		long runs = run.size("runs", RUNS);
		if (offers == 0) {
			return;
		}
		LoadData.Report[] report = new LoadData.Report[1];
		run.measure(module(), "offers, runs, skills", () -> {
			report[0] = loadData.generate(Math.toIntExact(offers), Math.toIntExact(runs));
			return report[0].offers() + report[0].runs() + report[0].skillLinks();
		});
		GeneratedIds persons = run.ids("person").orElse(null);
		long registrations = run.size("registrations", REGISTRATIONS);
		if (persons == null || registrations == 0 || report[0].runs() == 0) {
			return;
		}
		GeneratedIds companies = run.ids("company").orElse(null);
		long made = report[0].runs();
		// registration g: run g mod runs, the k-th (k = g / runs) of that run; its person (run * 7919 + k) mod persons
		// differs for every k < persons, so no person is registered twice on a run
		String person = "(r.n * 7919 + g / " + made + ") % " + persons.count();
		run.measure(module(), "registrations", () -> {
			jdbc.execute("CREATE TEMP TABLE load_run ON COMMIT DROP AS SELECT r.id, row_number() OVER (ORDER BY r.id) - 1 "
					+ "AS n FROM trainings.run r WHERE r.offer_id > " + report[0].afterOfferId());
			jdbc.execute("CREATE UNIQUE INDEX ON load_run (n)");
			return jdbc.update("""
					INSERT INTO trainings.registration (run_id, person_id, person_name, person_email, registered_by,
					  company_id, status, registered_at)
					SELECT r.id, %s, %s, %s, %s, %s, 'CONFIRMED', now() - (g %% 90) * interval '1 day'
					FROM generate_series(0, ? - 1) g JOIN load_run r ON r.n = g %% ?
					WHERE g / ? < ?""".formatted(persons.sql(person), run.personNameSql(person), run.personEmailSql(person),
					persons.sql(person), companies == null ? "NULL" : companies.sql("(" + person + ") % " + companies.count())),
					registrations, made, made, persons.count());
		});
		jdbc.execute("ANALYZE trainings.registration");
	}

}
