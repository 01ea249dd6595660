package de.itas.platform.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaire versions: the shipped files are stored in the database by version on start (a stored
 * version is never overwritten: a changed file must get a new version), and every stored version stays
 * readable, so checks answered for an old version keep their questions and results.
 */
@Component
class Questionnaires {

	static final String LOCATION = "classpath*:assessment/questionnaire-v*.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Map<Integer, Questionnaire> cache = new ConcurrentHashMap<>();
	private volatile int current;

	Questionnaires(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores the shipped versions that are not stored yet; the highest shipped one becomes current. */
	void loadShipped() {
		Resource[] files;
		try {
			files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list questionnaire files " + LOCATION, ex);
		}
		int highest = 0;
		for (Resource file : java.util.Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
			String json;
			try {
				json = file.getContentAsString(StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read " + file, ex);
			}
			Questionnaire questionnaire = store(json);
			highest = Math.max(highest, questionnaire.version());
		}
		if (highest == 0) {
			throw new IllegalStateException("No questionnaire found at " + LOCATION);
		}
		current = highest;
	}

	/**
	 * Stores a version unless it is stored already.
	 *
	 * @throws IllegalStateException when the definition is unusable, or differs from the stored one of the
	 *     same version
	 */
	Questionnaire store(String json) {
		Questionnaire questionnaire = parse(json);
		questionnaire.validate();
		Optional<String> stored = jdbc.sql("SELECT definition FROM assessment.questionnaire WHERE version = ?")
			.param(questionnaire.version())
			.query(String.class)
			.optional();
		if (stored.isEmpty()) {
			jdbc.sql("INSERT INTO assessment.questionnaire (version, definition, loaded_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
				.params(questionnaire.version(), json, java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		else if (!parse(stored.get()).equals(questionnaire)) {
			throw new IllegalStateException("Questionnaire version " + questionnaire.version()
					+ " differs from the stored one: give the changed questionnaire a new version");
		}
		cache.put(questionnaire.version(), questionnaire);
		return questionnaire;
	}

	Questionnaire current() {
		if (current == 0) {
			throw new IllegalStateException("Questionnaires not loaded yet");
		}
		return version(current);
	}

	Questionnaire version(int version) {
		return cache.computeIfAbsent(version, wanted -> parse(jdbc
			.sql("SELECT definition FROM assessment.questionnaire WHERE version = ?")
			.param(wanted)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No questionnaire version " + wanted))));
	}

	static Questionnaire parse(String json) {
		try {
			return JSON.readValue(json, Questionnaire.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Unreadable questionnaire: " + ex.getMessage(), ex);
		}
	}

}
