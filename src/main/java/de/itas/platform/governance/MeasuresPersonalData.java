package de.itas.platform.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * The timeline entries a person wrote on measures. On erasure the entries stay (they are the measures'
 * record for the funder) without the account and without the name.
 */
@Component
class MeasuresPersonalData implements PersonalData {

	private final MeasureStore store;

	MeasuresPersonalData(MeasureStore store) {
		this.store = store;
	}

	@Override
	public String module() {
		return "governance-measures";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> entries = store.historyBy(person).stream().map(entry -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("measure", store.find(entry.measureId()).map(MeasureView::title).orElse(""));
			row.put("at", entry.at().toString());
			row.put("nameShown", entry.authorName());
			row.put("progress", entry.progress());
			row.put("status", entry.status().name());
			row.put("comment", entry.comment());
			return row;
		}).toList();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("measureTimeline", entries);
		return data;
	}

	@Override
	public void erase(UUID person) {
		store.forgetAuthor(person, "");
	}

}
