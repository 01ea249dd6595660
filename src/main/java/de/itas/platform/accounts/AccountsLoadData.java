package de.itas.platform.accounts;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.loaddata.GeneratedIds;
import de.itas.platform.shared.loaddata.LoadDataGenerator;
import de.itas.platform.shared.loaddata.LoadDataRun;

/**
 * Load data of the accounts module: companies (organisations) and persons (employees with a profile; the
 * first person of each company is its admin). Names are combined from short lists of common first and last
 * names, addresses are {@code lastdaten-<seed>-<n>@example.org}: nobody real.
 * <p>
 * All persons share one password hash, computed once (bcrypt a million times would take hours): by default
 * a hash of a random password nobody knows, so the accounts cannot sign in; with {@code --demo-password} the
 * hash of the demo users' password, so load tests can sign in as many different persons.
 * <p>
 * Every person has accepted the current privacy notice, so that a signed-in load test sees the pages, not the
 * consent form.
 * <p>
 * Hands out {@code company} and {@code person} ids ({@link GeneratedIds}); person n works for company
 * n mod companies.
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
class AccountsLoadData implements LoadDataGenerator {

	/** National sizes: all 25 networks together. */
	static final long COMPANIES = 20_000;
	static final long PERSONS = 1_000_000;

	private final JdbcTemplate jdbc;
	private final PasswordEncoder passwords;
	private final DemoSettings demo;
	private final Region region;
	private final Consents consents;

	AccountsLoadData(JdbcTemplate jdbc, PasswordEncoder passwords, DemoSettings demo, Region region, Consents consents) {
		this.consents = consents;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.demo = demo;
		this.region = region;
	}

	@Override
	public String module() {
		return "accounts";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void generate(LoadDataRun run) {
		String[] districts = region.districts().stream().map(DistrictSummary::code).toArray(String[]::new);
		GeneratedIds companies = run.newIds("company", run.size("companies", COMPANIES));
		GeneratedIds persons = run.newIds("person", run.size("persons", PERSONS));
		if (persons.count() > 0 && companies.count() > persons.count()) {
			throw new IllegalArgumentException("every company needs a person as its admin: persons >= companies");
		}
		String seed = run.seed();
		run.measure(module(), "companies", () -> jdbc.update("""
				INSERT INTO accounts.organisation (id, name, kind, district_code, created_at)
				SELECT %s, (ARRAY['Antriebstechnik','Präzisionsteile','Kunststofftechnik','Elektronik','Gießerei',
				    'Oberflächentechnik','Werkzeugbau','Karosserieteile','Sensorik','Logistik'])[1 + g %% 10]
				  || ' ' || (ARRAY['Nord','Süd','Ost','West','Mitte','Tal','Berg','Land'])[1 + (g / 10) %% 8]
				  || ' GmbH (Lastdaten %s-' || g || ')', 'COMPANY',
				  (CAST(? AS text[]))[1 + g %% cardinality(CAST(? AS text[]))], now() - (g %% 1000) * interval '1 day'
				FROM generate_series(0, ? - 1) g""".formatted(companies.sql("g"), seed), districts, districts,
				companies.count()));
		String hash = passwords.encode(run.demoPassword() ? demo.password() : java.util.UUID.randomUUID().toString());
		run.measure(module(), "persons", () -> jdbc.update("""
				INSERT INTO accounts.user_account (id, email, display_name, password_hash, enabled, created_at,
				  email_verified, language)
				SELECT %s, %s, %s,
				  ?, TRUE, now() - (g %% 1000) * interval '1 day', TRUE, 'de'
				FROM generate_series(0, ? - 1) g""".formatted(persons.sql("g"), run.personEmailSql("g"), run.personNameSql("g")),
				hash, persons.count()));
		run.measure(module(), "person roles", () -> jdbc.update("""
				INSERT INTO accounts.user_role (user_id, role)
				SELECT %s, 'EMPLOYEE' FROM generate_series(0, ? - 1) g""".formatted(persons.sql("g")),
				persons.count()));
		run.measure(module(), "person profiles", () -> jdbc.update("""
				INSERT INTO accounts.person_profile (user_id, district_code, job_title, employer_organisation_id,
				  interests, retraining, commuting_radius_km, contact_preference)
				SELECT %s, (CAST(? AS text[]))[1 + (g / 7) %% cardinality(CAST(? AS text[]))],
				  (ARRAY['Zerspanungsmechaniker','Elektroniker für Betriebstechnik','Industriemechanikerin',
				    'Mechatroniker','Verfahrensmechanikerin Kunststoff','Fachkraft für Lagerlogistik','Qualitätsprüfer',
				    'Schweißer','Werkzeugmechanikerin','Kfz-Mechatroniker'])[1 + g %% 10],
				  %s,
				  (ARRAY['Elektromobilität','Instandhaltung','Robotik','Digitalisierung','Qualitätsmanagement'])[1 + g %% 5],
				  (ARRAY['YES','MAYBE','NO'])[1 + g %% 3], (ARRAY[10, 20, 30, 50])[1 + g %% 4],
				  (ARRAY['EMAIL','PHONE','IN_PERSON','VIDEO'])[1 + g %% 4]
				FROM generate_series(0, ? - 1) g""".formatted(persons.sql("g"),
				companies.count() == 0 ? "NULL" : companies.sql("g % " + companies.count())), districts, districts,
				persons.count()));
		// every person has accepted the current privacy notice (else each page asks for it first)
		run.measure(module(), "consents", () -> jdbc.update("""
				INSERT INTO accounts.consent (user_id, notice_version, accepted_at)
				SELECT %s, ?, now() - (g %% 1000) * interval '1 day' FROM generate_series(0, ? - 1) g"""
			.formatted(persons.sql("g")), consents.currentVersion(), persons.count()));
		if (persons.count() > 0) {
			run.measure(module(), "company admins", () -> jdbc.update("""
					INSERT INTO accounts.membership (organisation_id, user_id, role, created_at)
					SELECT %s, %s, r, now() FROM generate_series(0, ? - 1) g,
					  unnest(ARRAY['COMPANY_ADMIN','COMPANY_MEMBER']) r""".formatted(companies.sql("g"),
					persons.sql("g")), companies.count()));
		}
		for (String table : List.of("organisation", "user_account", "user_role", "person_profile", "membership", "consent")) {
			jdbc.execute("ANALYZE accounts." + table);
		}
		run.handOut(companies);
		run.handOut(persons);
	}

}
