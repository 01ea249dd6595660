package de.itas.platform.directory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.loaddata.GeneratedIds;
import de.itas.platform.shared.loaddata.LoadDataGenerator;
import de.itas.platform.shared.loaddata.LoadDataRun;

/**
 * Load data of the directory: a filled-in, published profile for every company the accounts module generated
 * (same name and district as the organisation, read from nothing but the handed-out ids: the name is made the
 * same way), with a product group and two capability tags. Industry codes are taken from the codes loaded
 * (the demo's or the official list).
 */
@Component
class DirectoryLoadData implements LoadDataGenerator {

	private final JdbcTemplate jdbc;
	private final Region region;

	DirectoryLoadData(JdbcTemplate jdbc, Region region) {
		this.jdbc = jdbc;
		this.region = region;
	}

	@Override
	public String module() {
		return "directory";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void generate(LoadDataRun run) {
		GeneratedIds companies = run.ids("company").orElse(null);
		if (companies == null) {
			return;
		}
		String[] codes = jdbc.queryForList("SELECT code FROM directory.industry_code WHERE level = 5 ORDER BY code",
				String.class).toArray(String[]::new);
		if (codes.length == 0) {
			throw new IllegalStateException("no industry codes loaded: start the platform once before generating");
		}
		// district and name as the accounts module made them (district n mod districts, name from n)
		String[] districts = region.districts().stream().map(DistrictSummary::code).toArray(String[]::new);
		run.measure(module(), "company profiles", () -> jdbc.update("""
				INSERT INTO directory.company_profile (organisation_id, name, legal_form, street, postcode, city,
				  district_code, employees, industry_code, value_chain_position, combustion_share, description,
				  basic_visibility, address_visibility, size_visibility, portfolio_visibility, created_at, updated_at,
				  published_at, website, email, contact_person)
				SELECT %s, (ARRAY['Antriebstechnik','Präzisionsteile','Kunststofftechnik','Elektronik','Gießerei',
				    'Oberflächentechnik','Werkzeugbau','Karosserieteile','Sensorik','Logistik'])[1 + g %% 10]
				  || ' ' || (ARRAY['Nord','Süd','Ost','West','Mitte','Tal','Berg','Land'])[1 + (g / 10) %% 8]
				  || ' GmbH (Lastdaten %s-' || g || ')',
				  (ARRAY['GMBH','GMBH_CO_KG','AG','KG','UG'])[1 + g %% 5], 'Industriestraße ' || (1 + g %% 120),
				  lpad(CAST(10000 + g %% 89999 AS text), 5, '0'), 'Musterstadt',
				  (CAST(? AS text[]))[1 + g %% cardinality(CAST(? AS text[]))],
				  (ARRAY[8, 25, 60, 140, 320, 900, 2500])[1 + g %% 7],
				  (CAST(? AS text[]))[1 + g %% cardinality(CAST(? AS text[]))],
				  (ARRAY['OEM','TIER_1','TIER_2','TIER_3','EQUIPMENT','SERVICE','OTHER'])[1 + g %% 7], (g * 7) %% 101,
				  'Synthetischer Zulieferbetrieb für Lasttests: '
				  || (ARRAY['Drehteile und Baugruppen','Kabelsätze','Spritzguss','Leiterplatten','Gussteile'])[1 + g %% 5],
				  'PUBLIC', 'NETWORK', 'PUBLIC', 'PUBLIC', now() - (g %% 1000) * interval '1 day',
				  now() - (g %% 500) * interval '1 day', now() - (g %% 500) * interval '1 day',
				  'https://lastdaten-' || g || '.example.org', 'kontakt-' || g || '@example.org', 'Kontaktperson ' || g
				FROM generate_series(0, ? - 1) g""".formatted(companies.sql("g"), run.seed()), districts, districts,
				codes, codes, companies.count()));
		run.measure(module(), "product groups", () -> jdbc.update("""
				INSERT INTO directory.company_product_group (organisation_id, product_group)
				SELECT %s, (ARRAY['DRIVETRAIN_CHASSIS','BODY','INTERIOR','ELECTRICS_ELECTRONICS','OTHER'])[1 + g %% 5]
				FROM generate_series(0, ? - 1) g""".formatted(companies.sql("g")), companies.count()));
		run.measure(module(), "capability tags", () -> jdbc.update("""
				INSERT INTO directory.company_tag (organisation_id, position, kind, label, tag_key)
				SELECT %s, k, 'CAPABILITY', t, lower(t) FROM generate_series(0, ? - 1) g, generate_series(0, 1) k,
				  LATERAL (SELECT (ARRAY['CNC-Fräsen','Laserschweißen','Spritzguss','Pulverbeschichtung','SMD-Bestückung',
				    'Montage','Prüftechnik','3D-Druck','Stanzen','Lackieren'])[1 + (g + 3 * k) %% 10] AS t) tags
				""".formatted(companies.sql("g")), companies.count()));
		jdbc.execute("ANALYZE directory.company_profile");
		jdbc.execute("ANALYZE directory.company_product_group");
		jdbc.execute("ANALYZE directory.company_tag");
	}

}
