package de.itas.platform.trainings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;

/**
 * Synthetic but plausible offers and runs for load tests, generated inside PostgreSQL (one statement per
 * table, so 100,000 offers take seconds): titles combined from the region's topics, 20 synthetic
 * providers, skills of the taxonomy in use, runs in the region's towns over the coming year. Whether an
 * offer is fundable is asked of the funding calculator once per distinct combination of hours, AZAV flags
 * and price.
 * <p>
 * The triggers that keep the search keys on the offer ({@code next_start}, {@code districts}, {@code skills})
 * and the search's change counter are switched off for the bulk insert (inside the transaction, so a failed
 * load leaves them on) and the keys of the new offers are then filled in one pass, together with
 * {@code fundable}: each trigger would rewrite all new offers once more. The tables are locked while it runs.
 */
@Component
class LoadData {

	static final String PROVIDER_PREFIX = "Lastdaten-Anbieter ";

	/** The tables whose triggers keep the search keys and the change counter. */
	private static final List<String> KEYED_TABLES = List.of("trainings.offer", "trainings.offer_skill", "trainings.run");

	private final JdbcTemplate jdbc;
	private final Organisations organisations;
	private final Fundability fundability;
	private final TransactionTemplate transactions;
	private final Region region;

	LoadData(JdbcTemplate jdbc, Organisations organisations, Fundability fundability, TransactionTemplate transactions,
			Region region) {
		this.region = region;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.fundability = fundability;
		this.transactions = transactions;
	}

	record Report(int offers, int runs, int skillLinks, long millis, long afterOfferId) {
	}

	Report generate(int offerCount, int runCount) {
		long started = System.currentTimeMillis();
		List<String> districts = region.districts().stream().map(DistrictSummary::code).toList();
		// a PostgreSQL array literal of the region's action fields (codes are lower-case letters, digits and dashes)
		String actionFields = region.actionFields()
			.stream()
			.map(ActionFieldSummary::code)
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
		int fieldCount = region.actionFields().size();
		List<OrganisationSummary> providers = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			providers.add(organisations.ensure(PROVIDER_PREFIX + i + " (synthetisch)", OrganisationKind.PROVIDER,
					districts.isEmpty() ? null : districts.get(i % districts.size()), null));
		}
		return transactions.execute(status -> {
			jdbc.execute("CREATE TEMP TABLE load_provider (n INT, id UUID, name TEXT) ON COMMIT DROP");
			for (int i = 0; i < providers.size(); i++) {
				jdbc.update("INSERT INTO load_provider VALUES (?, ?, ?)", i, providers.get(i).id(), providers.get(i).name());
			}
			for (String table : KEYED_TABLES) {
				jdbc.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
			}
			long firstId = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM trainings.offer", Long.class);
			int offers = jdbc.update("""
					INSERT INTO trainings.offer (provider_id, provider_name, title, summary, description, format, target_groups,
					  language, duration_hours, price, provider_azav, course_azav, action_field_code, contact_name,
					  contact_email, status, created_at)
					SELECT p.id, p.name,
					  (ARRAY['Hochvolt-Qualifizierung','Batterietechnik','CNC-Programmierung','SPS-Programmierung',
					    'Qualitätsmanagement','Lean Production','Digitalisierung im Shopfloor','Elektromobilität',
					    'Schweißtechnik','Lagerlogistik','Führung im Wandel','Robotik','Instandhaltung','Messtechnik',
					    'Energiemanagement','Kreislaufwirtschaft','Leichtbau','Datenanalyse','IT-Sicherheit','Wasserstofftechnik'])[1 + g % 20]
					  || ' ' || (ARRAY['Grundlagen','Aufbaukurs','kompakt','für Quereinsteiger','für Fachkräfte','Praxisworkshop',
					    'Zertifikatslehrgang','für Führungskräfte'])[1 + (g / 20) % 8] || ' ' || g,
					  (ARRAY['Praxisnahe Weiterbildung für Beschäftigte der Zulieferindustrie.',
					    'Kompakter Einstieg mit Übungen an realen Bauteilen.',
					    'Berufsbegleitend mit Prüfung und Zertifikat.',
					    'Für Teams, die ihre Fertigung auf Elektromobilität umstellen.'])[1 + g % 4],
					  'Synthetische Lastdaten.',
					  (ARRAY['PRESENCE','ONLINE','HYBRID','BLENDED'])[1 + (g / 7) % 4],
					  'Beschäftigte', 'de',
					  (ARRAY[8, 16, 24, 40, 80, 120, 160, 240, 320, 480])[1 + (g / 3) % 10],
					  (ARRAY[0, 290, 490, 890, 1290, 1890, 2490, 3900, 5900, 8900])[1 + (g / 11) % 10],
					  g % 3 <> 0, g % 5 < 3,
					  (CAST(? AS TEXT[]))[1 + g % greatest(?, 1)],
					  'Kursberatung', 'kurse@lastdaten.example',
					  CASE WHEN g % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, now()
					FROM generate_series(1, ?) g JOIN load_provider p ON p.n = g % 20""", actionFields, fieldCount,
					offerCount);
			List<String> skills = jdbc.queryForList("SELECT DISTINCT skill_uri FROM trainings.offer_skill ORDER BY 1",
					String.class);
			int links = 0;
			if (!skills.isEmpty()) {
				jdbc.execute("CREATE TEMP TABLE load_skill (n INT, uri TEXT, label TEXT) ON COMMIT DROP");
				jdbc.update("INSERT INTO load_skill SELECT row_number() OVER (ORDER BY skill_uri) - 1, skill_uri, min(label) "
						+ "FROM trainings.offer_skill GROUP BY skill_uri");
				links = jdbc.update("""
						INSERT INTO trainings.offer_skill (offer_id, skill_uri, label)
						SELECT DISTINCT o.id, s.uri, s.label FROM trainings.offer o
						CROSS JOIN generate_series(0, 2) k
						JOIN load_skill s ON s.n = (o.id * 7 + k * 13) % ?
						WHERE o.id > ?""", skills.size(), firstId);
			}
			// the new offers numbered 0 … offers-1 (their ids need not be contiguous)
			jdbc.update("CREATE TEMP TABLE load_offer ON COMMIT DROP AS "
					+ "SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM trainings.offer WHERE id > ?", firstId);
			int runs = jdbc.update("""
					INSERT INTO trainings.run (offer_id, start_date, end_date, schedule, online, place_name, street, postcode,
					  city, district_code, latitude, longitude, capacity)
					SELECT o.id, current_date + 7 + (g * 37) % 330, current_date + 7 + (g * 37) % 330 + (g % 20),
					  'Mo–Fr 8–16 Uhr', o.format = 'ONLINE',
					  CASE WHEN o.format = 'ONLINE' THEN NULL ELSE 'Schulungszentrum ' || pl.name END,
					  CASE WHEN o.format = 'ONLINE' THEN NULL ELSE 'Bahnhofstraße ' || (1 + g % 40) END,
					  NULL,
					  CASE WHEN o.format = 'ONLINE' THEN NULL ELSE pl.name END,
					  CASE WHEN o.format = 'ONLINE' THEN NULL ELSE pl.district_code END,
					  CASE WHEN o.format = 'ONLINE' THEN NULL ELSE pl.latitude END,
					  CASE WHEN o.format = 'ONLINE' THEN NULL ELSE pl.longitude END,
					  (ARRAY[8, 10, 12, 16, 20])[1 + g % 5]
					FROM generate_series(1, ?) g
					JOIN load_offer lo ON lo.n = (g * 7919) % ?
					JOIN trainings.offer o ON o.id = lo.id
					JOIN (SELECT row_number() OVER (ORDER BY name) - 1 AS n, * FROM trainings.place) pl
					  ON pl.n = g % (SELECT count(*) FROM trainings.place)""", runCount, offers);
			jdbc.execute("CREATE TEMP TABLE load_fundable (duration_hours NUMERIC, provider_azav BOOLEAN, "
					+ "course_azav BOOLEAN, price NUMERIC) ON COMMIT DROP");
			List<java.util.Map<String, Object>> combinations = jdbc.queryForList("SELECT DISTINCT duration_hours, "
					+ "provider_azav, course_azav, price FROM trainings.offer WHERE id > ?", firstId);
			for (java.util.Map<String, Object> combination : combinations) {
				BigDecimal hours = (BigDecimal) combination.get("duration_hours");
				boolean providerAzav = (Boolean) combination.get("provider_azav");
				boolean courseAzav = (Boolean) combination.get("course_azav");
				BigDecimal price = (BigDecimal) combination.get("price");
				if (fundability.fundable(hours, providerAzav, courseAzav, price)) {
					jdbc.update("INSERT INTO load_fundable VALUES (?, ?, ?, ?)", hours, providerAzav, courseAzav, price);
				}
			}
			// the search keys and fundable of the new offers in one pass (what the switched-off triggers would keep)
			jdbc.update("""
					UPDATE trainings.offer o SET
					  next_start = r.next_start,
					  districts = coalesce(r.districts, '{}'),
					  skills = coalesce(s.skills, '{}'),
					  fundable = f.price IS NOT NULL
					FROM trainings.offer n
					LEFT JOIN (SELECT offer_id, min(start_date) AS next_start,
					    array_agg(DISTINCT district_code ORDER BY district_code)
					      FILTER (WHERE district_code IS NOT NULL) AS districts
					  FROM trainings.run
					  WHERE offer_id > ? AND NOT cancelled AND start_date >= (now() AT TIME ZONE 'Europe/Berlin')::date
					  GROUP BY offer_id) r ON r.offer_id = n.id
					LEFT JOIN (SELECT offer_id, array_agg(skill_uri ORDER BY skill_uri) AS skills FROM trainings.offer_skill
					  WHERE offer_id > ? GROUP BY offer_id) s ON s.offer_id = n.id
					LEFT JOIN load_fundable f ON f.duration_hours = n.duration_hours AND f.provider_azav = n.provider_azav
					  AND f.course_azav = n.course_azav AND f.price = n.price
					WHERE o.id = n.id AND n.id > ?""", firstId, firstId, firstId);
			// the vocabulary for typos: the words of the new published offers (what the switched-off trigger adds)
			jdbc.update("""
					INSERT INTO trainings.search_word (word)
					SELECT DISTINCT w FROM trainings.offer o, trainings.search_words(o.search_text) w
					WHERE o.id > ? AND o.status = 'PUBLISHED'
					ON CONFLICT DO NOTHING""", firstId);
			for (String table : KEYED_TABLES) {
				jdbc.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
			}
			// cached search answers of running instances are keyed by this counter
			jdbc.update("UPDATE trainings.search_state SET version = version + 1 WHERE id = 1");
			jdbc.execute("ANALYZE trainings.offer");
			jdbc.execute("ANALYZE trainings.offer_skill");
			jdbc.execute("ANALYZE trainings.run");
			return new Report(offers, runs, links, System.currentTimeMillis() - started, firstId);
		});
	}

}
