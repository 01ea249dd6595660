package de.itas.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/** Series of events (one page for e.g. a forum per district): created by organisers, changed by the coordination. */
@Service
public class EventSeriesEditor {

	public static final int MAX_DESCRIPTION = 4000;

	private final EventStore store;
	private final JdbcClient jdbc;

	EventSeriesEditor(EventStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/** A series with how many events belong to it. */
	public record Listed(SeriesView series, long events) {
	}

	public List<Listed> all() {
		return store.allSeries()
			.stream()
			.map(series -> new Listed(series, jdbc.sql("SELECT count(*) FROM events.event WHERE series_id = ?")
				.param(series.id())
				.query(Long.class)
				.single()))
			.toList();
	}

	/** Creates a series. @throws FieldProblems when refused */
	@Transactional
	public SeriesView create(String title, String description) {
		check(title, description);
		return store.createSeries(title.strip(), description.strip());
	}

	/** Changes a series' title and description (its address stays). @throws FieldProblems when refused */
	@Transactional
	public boolean change(UUID id, String title, String description) {
		check(title, description);
		return jdbc.sql("UPDATE events.series SET title = ?, description = ? WHERE id = ?")
			.params(title.strip(), description.strip(), id)
			.update() == 1;
	}

	private static void check(String title, String description) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title.isBlank()) {
			problems.add(FieldProblem.of("title", "events.error.title.required"));
		}
		else if (title.strip().length() > EventRules.MAX_TITLE) {
			problems.add(FieldProblem.of("title", "events.error.too-long", EventRules.MAX_TITLE));
		}
		if (description.length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description", "events.error.too-long", MAX_DESCRIPTION));
		}
		FieldProblems.throwIfAny(problems);
	}

}
