package de.itas.platform.shared.loaddata;

/**
 * A module's part of {@code generate-load-data}: it fills its own tables with synthetic rows for load tests,
 * set-based inside PostgreSQL, and reports each kind it made with {@link LoadDataRun#report}. It hands out the
 * ids other modules may refer to with {@link LoadDataRun#handOut} and takes the ids of earlier modules with
 * {@link LoadDataRun#ids}.
 */
public interface LoadDataGenerator {

	/** The module's name (for the printed report and for errors). */
	String module();

	/**
	 * When the generator runs: lower first. A generator that uses another module's {@link GeneratedIds} must
	 * come after it (accounts 100, directory 200, trainings 300, helpdesk 400, assessment 500, events 600,
	 * governance 700).
	 */
	int order();

	/**
	 * Generates the module's rows for {@code run}. Runs inside one transaction per generator: a failure leaves
	 * no half-generated module behind (earlier modules' rows stay).
	 */
	void generate(LoadDataRun run);

}
