package de.itas.platform.governance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.loaddata.GeneratedIds;
import de.itas.platform.shared.loaddata.LoadDataGenerator;
import de.itas.platform.shared.loaddata.LoadDataRun;

/**
 * Load data of the Zukunftsforen: forums in the region's districts over the last two years and their inputs
 * (themes, needs, wishes, questions), written online by generated persons, most of them published. Input codes
 * have the printed cards' form ({@code ZF-} and four characters): a bijection of the input's number onto the
 * 923,521 codes, leaving out codes already taken, so at most about 900,000 inputs fit into one database.
 */
@Component
class ForumsLoadData implements LoadDataGenerator {

	static final long FORUMS = 500;
	static final long INPUTS = 200_000;

	private final JdbcTemplate jdbc;
	private final Region region;

	ForumsLoadData(JdbcTemplate jdbc, Region region) {
		this.jdbc = jdbc;
		this.region = region;
	}

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public void generate(LoadDataRun run) {
		long forums = run.size("forums", FORUMS);
		long inputs = run.size("forum-inputs", INPUTS);
		if (forums == 0) {
			return;
		}
		if (inputs > 900_000) {
			throw new IllegalArgumentException("at most 900,000 forum inputs fit the four-character input codes");
		}
		String[] districts = region.districts().stream().map(DistrictSummary::code).toArray(String[]::new);
		String[] fields = region.actionFields().stream().map(ActionFieldSummary::code).toArray(String[]::new);
		GeneratedIds forumIds = run.newIds("forum", forums);
		run.measure(module(), "forums", () -> jdbc.update("""
				INSERT INTO governance.forum (id, title, district_code, place, held_on, input_from, input_to, description,
				  created_at)
				SELECT %s, 'Zukunftsforum Lastdaten ' || g, (CAST(? AS text[]))[1 + g %% cardinality(CAST(? AS text[]))],
				  'Fiktiver Ort ' || g, (now() - (g * 730 / ?) * interval '1 day')::date,
				  now() - (g * 730 / ? + 30) * interval '1 day', now() - (g * 730 / ? - 7) * interval '1 day',
				  'Synthetisches Forum für Lasttests.', now() - (g * 730 / ? + 30) * interval '1 day'
				FROM generate_series(0, ? - 1) g""".formatted(forumIds.sql("g")), districts, districts, forums, forums,
				forums, forums, forums));
		GeneratedIds persons = run.ids("person").orElse(null);
		if (inputs == 0) {
			return;
		}
		String code = "'ZF-' || substr(a, 1 + c % 31, 1) || substr(a, 1 + (c / 31) % 31, 1) "
				+ "|| substr(a, 1 + (c / 961) % 31, 1) || substr(a, 1 + (c / 29791) % 31, 1)";
		run.measure(module(), "forum inputs", () -> jdbc.update("""
				INSERT INTO governance.forum_input (id, code, forum_id, kind, body, district_code, action_field_code, source,
				  author_id, show_name, published, created_at)
				SELECT %s, x.code, %s, (ARRAY['THEME','NEED','WISH','QUESTION'])[1 + g %% 4],
				  (ARRAY['Mehr Weiterbildung in Teilzeit für Schichtarbeitende.',
				    'Ein Netzwerk der Zulieferbetriebe für gemeinsame Ausbildung.',
				    'Beratung zu Fördermitteln direkt im Betrieb.',
				    'Wie finden ältere Beschäftigte den Weg in neue Berufe?',
				    'Bessere Busverbindungen zu den Gewerbegebieten.'])[1 + g %% 5] || ' (Lastdaten ' || g || ')',
				  (CAST(? AS text[]))[1 + (g %% ?) %% cardinality(CAST(? AS text[]))],
				  CASE WHEN cardinality(CAST(? AS text[])) > 0 THEN (CAST(? AS text[]))[1 + g %% greatest(1, cardinality(CAST(? AS text[])))] END,
				  'ONLINE', %s, FALSE, g %% 10 <> 0, now() - ((g %% ?) * 730 / ?) * interval '1 day'
				FROM generate_series(0, ? - 1) g
				CROSS JOIN LATERAL (SELECT %s AS code FROM (SELECT '23456789ABCDEFGHJKMNPQRSTUVWXYZ' AS a,
				  CAST((g * 7919 + 104729) %% 923521 AS int) AS c) k) x
				WHERE NOT EXISTS (SELECT 1 FROM governance.forum_input i WHERE i.code = x.code)
				  AND NOT EXISTS (SELECT 1 FROM governance.card_code r WHERE r.code = x.code)""".formatted(
				run.newIds("forum-input", inputs).sql("g"), forumIds.sql("g % " + forums),
				persons == null ? "NULL" : persons.sql("(g * 17) % " + persons.count()), code), districts, forums,
				districts, fields, fields, fields, forums, forums, inputs));
		jdbc.execute("ANALYZE governance.forum");
		jdbc.execute("ANALYZE governance.forum_input");
	}

}
