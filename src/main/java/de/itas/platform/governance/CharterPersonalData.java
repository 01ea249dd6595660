package de.itas.platform.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * What the governance module records about the coordination's staff: who edited a section, decided on a
 * contribution, drew a link, made a topic, entered or reviewed a batch of paper cards. The export counts it;
 * erasure replaces the person by fixed placeholders, so that the charter's history stays complete without
 * naming anybody (two placeholders for a batch, whose entering and reviewing person must differ).
 */
@Component
class CharterPersonalData implements PersonalData {

	/** Stands for an erased member of staff. */
	static final UUID ERASED = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

	/** Stands for an erased second person of a batch review. */
	static final UUID ERASED_REVIEWER = UUID.fromString("00000000-0000-0000-0000-0000000000e2");

	private final JdbcClient jdbc;

	CharterPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "governance-charter";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("sectionEdits", count("SELECT count(*) FROM governance.section_text WHERE updated_by = ?", person));
		data.put("decisions", count("SELECT count(*) FROM governance.decision WHERE decided_by = ?", person)
				+ count("SELECT count(*) FROM governance.decision_history WHERE decided_by = ?", person));
		data.put("links", count("SELECT count(*) FROM governance.contribution_link WHERE linked_by = ?", person));
		data.put("topics", count("SELECT count(*) FROM governance.topic WHERE created_by = ?", person));
		data.put("cardBatches", count("SELECT count(*) FROM governance.card_batch WHERE entered_by = ? OR reviewed_by = ?",
				person, person));
		return data;
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("UPDATE governance.section_text SET updated_by = NULL WHERE updated_by = ?").param(person).update();
		jdbc.sql("UPDATE governance.decision SET decided_by = ? WHERE decided_by = ?").params(ERASED, person).update();
		jdbc.sql("UPDATE governance.decision_history SET decided_by = ? WHERE decided_by = ?").params(ERASED, person)
			.update();
		jdbc.sql("UPDATE governance.contribution_link SET linked_by = ? WHERE linked_by = ?").params(ERASED, person)
			.update();
		jdbc.sql("UPDATE governance.topic SET created_by = ? WHERE created_by = ?").params(ERASED, person).update();
		jdbc.sql("UPDATE governance.card_batch SET entered_by = ? WHERE entered_by = ?").params(ERASED, person).update();
		jdbc.sql("UPDATE governance.card_batch SET reviewed_by = ? WHERE reviewed_by = ?").params(ERASED_REVIEWER, person)
			.update();
	}

}
