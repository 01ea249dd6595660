package de.itas.platform.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * The indicator values a person entered or signed off, and the snapshots they computed or signed off. On erasure
 * the values and snapshots stay (the network's figures and reports rest on them): only the link to the account and
 * the shown name are replaced by a neutral one.
 */
@Component
class IndicatorsPersonalData implements PersonalData {

	/** The name shown instead of an erased person. */
	static final String ERASED = "gelöschtes Konto";

	private final IndicatorStore store;
	private final JdbcClient jdbc;

	IndicatorsPersonalData(IndicatorStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "governance-indicators";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<Map<String, Object>> values = store.valuesBy(person).stream().map(value -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("indicator", value.indicatorKey());
			row.put("period", value.period().code());
			row.put("district", value.districtCode());
			row.put("value", value.value().stripTrailingZeros().toPlainString());
			row.put("sourceNote", value.sourceNote());
			row.put("enteredByYou", person.equals(value.enteredBy()));
			row.put("enteredAt", value.enteredAt().toString());
			row.put("signedOffByYou", person.equals(value.signedOffBy()));
			row.put("signedOffAt", value.signedOffAt() == null ? null : value.signedOffAt().toString());
			return row;
		}).toList();
		data.put("indicatorValues", values);
		data.put("indicatorSnapshots", jdbc.sql("""
				SELECT indicator_key, year, computed_at, computed_by = :person AS computed, signed_off_at,
				  signed_off_by = :person AS signed
				FROM governance.indicator_snapshot WHERE computed_by = :person OR signed_off_by = :person
				ORDER BY computed_at""")
			.param("person", person)
			.query((rs, n) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("indicator", rs.getString("indicator_key"));
				row.put("year", rs.getInt("year"));
				row.put("computedByYou", rs.getBoolean("computed"));
				row.put("computedAt", rs.getTimestamp("computed_at").toInstant().toString());
				row.put("signedOffByYou", rs.getBoolean("signed"));
				row.put("signedOffAt",
						rs.getTimestamp("signed_off_at") == null ? null : rs.getTimestamp("signed_off_at").toInstant().toString());
				return row;
			})
			.list());
		return data;
	}

	@Override
	public void erase(UUID person) {
		store.forget(person, ERASED);
		jdbc.sql("""
				UPDATE governance.indicator_snapshot SET computed_by = NULL, computed_by_name = :name
				WHERE computed_by = :person""")
			.param("person", person)
			.param("name", ERASED)
			.update();
		jdbc.sql("""
				UPDATE governance.indicator_snapshot SET signed_off_by = NULL, signed_off_by_name = :name
				WHERE signed_off_by = :person""")
			.param("person", person)
			.param("name", ERASED)
			.update();
	}

}
