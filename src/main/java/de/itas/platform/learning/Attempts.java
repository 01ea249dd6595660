package de.itas.platform.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.learning.scorm.CmiDataModel;
import de.itas.platform.learning.scorm.CmiLaunch;
import de.itas.platform.learning.scorm.ScormApi;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;

import tools.jackson.core.type.TypeReference;

/**
 * Learners' attempts at SCORM packages and the server's half of the run-time API. The content's calls reach the
 * server in order (through the player page's bridge) and are replayed on a {@link ScormApi} over the stored
 * {@link CmiDataModel}, so every rule of the data model is applied here, whatever the browser side mirrored.
 * <p>
 * Each launch of a SCO gets a new launch id; calls carry it, and calls of an older launch (a tab left open
 * elsewhere) are refused. A session that ended without {@code LMSFinish} (the tab was closed) is ended at the next
 * launch as suspended, so the learner resumes where they left instead of starting over.
 */
@Service
public class Attempts {

	private static final Logger log = LoggerFactory.getLogger(Attempts.class);

	/** The eight calls; only the four that change state need the server, the others are answered here too. */
	public static final Set<String> CALLS = Set.of("LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit",
			"LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic");

	/** One call of the content as the bridge forwards it. */
	public record Call(String fn, List<@Nullable String> args) {

		public Call {
			args = args == null ? List.of() : new ArrayList<>(args);
		}

		@Nullable
		String arg(int index) {
			return index < args.size() ? args.get(index) : null;
		}

	}

	/** The answers to the calls and the values the content may read afterwards. */
	public record Outcome(List<String> results, Map<String, String> values) {
	}

	/** A launch of one SCO in an attempt. */
	public record Launch(UUID attemptId, int attemptNumber, String itemId, UUID launchId) {
	}

	/** A SCO's state in an attempt, as the learner's overview shows it. */
	public record ScoSummary(String itemId, String lessonStatus, @Nullable BigDecimal scoreRaw, String totalTime) {
	}

	/** An attempt with its SCOs. */
	public record AttemptSummary(UUID id, int number, Instant startedAt, Instant updatedAt, List<ScoSummary> scos) {
	}

	/** The launch is no longer the current one: the learner launched the SCO again elsewhere. */
	public static final class StaleLaunchException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		StaleLaunchException() {
			super("The launch is no longer current");
		}

	}

	private final AttemptStore store;

	private final Clock clock = Clock.systemUTC();

	Attempts(AttemptStore store) {
		this.store = store;
	}

	/** The person's current attempt at the package, a first one if there is none. */
	@Transactional
	public AttemptSummary current(PackageView pack, PlatformUser user) {
		AttemptStore.AttemptRow row = store.latest(pack.id(), user.id()).orElseGet(() -> create(pack, user, 1));
		return summary(row);
	}

	/** A new attempt: the earlier ones stay as they are; the SCOs start afresh. */
	@Transactional
	public AttemptSummary newAttempt(PackageView pack, PlatformUser user) {
		int number = store.latest(pack.id(), user.id()).map(row -> row.number() + 1).orElse(1);
		return summary(create(pack, user, number));
	}

	@Transactional(readOnly = true)
	public List<AttemptSummary> attempts(PackageView pack, PlatformUser user) {
		return store.attempts(pack.id(), user.id()).stream().map(this::summary).toList();
	}

	/**
	 * Launches the item in the person's current attempt: its state is created or taken up again (an open session
	 * of an earlier launch is ended as suspended), and a new launch id is issued.
	 */
	@Transactional
	public Launch launch(PackageView pack, PackageItem item, PlatformUser user) {
		AttemptStore.AttemptRow attempt = store.latest(pack.id(), user.id()).orElseGet(() -> create(pack, user, 1));
		CmiLaunch launchValues = launchValues(user, item);
		Optional<AttemptStore.ScoRow> existing = store.scoForUpdate(attempt.id(), item.id());
		CmiDataModel model;
		if (existing.isEmpty()) {
			model = CmiDataModel.newAttempt(launchValues);
		}
		else {
			model = read(existing.get().cmi());
			if (model.sessionOpen()) {
				// the tab was closed or lost without LMSFinish: keep what was sent and let the learner resume
				if (model.exit().isEmpty()) {
					model.set("cmi.core.exit", "suspend");
				}
				model.endSession();
			}
			model.relaunch(launchValues);
		}
		UUID launchId = UUID.randomUUID();
		save(attempt.id(), item.id(), model, ScormApi.State.NOT_INITIALIZED, launchId);
		return new Launch(attempt.id(), attempt.number(), item.id(), launchId);
	}

	/**
	 * What the content may read after {@code LMSInitialize} of the launch: every readable element with its value,
	 * for the browser side to answer {@code LMSGetValue} synchronously. Empty when the launch is unknown or over.
	 */
	@Transactional(readOnly = true)
	public Optional<Map<String, String>> launchValues(UUID launchId) {
		return store.scoByLaunch(launchId).map(row -> {
			CmiDataModel copy = read(row.cmi());
			ScormApi api = new ScormApi(copy);
			api.initialize("");
			return readable(api);
		});
	}

	/** The package of a launch (the content path checks that a launch belongs to the package it serves). */
	@Transactional(readOnly = true)
	public Optional<UUID> packageOfLaunch(UUID launchId) {
		return store.scoByLaunch(launchId).flatMap(row -> store.attempt(row.attemptId())).map(AttemptStore.AttemptRow::packageId);
	}

	/**
	 * Replays the content's calls of the launch on the stored state and stores the result.
	 *
	 * @throws NotFoundException when the attempt is not the person's
	 * @throws StaleLaunchException when the launch is no longer current
	 */
	@Transactional
	public Outcome apply(UUID packageId, UUID attemptId, String itemId, UUID launchId, List<Call> calls,
			PlatformUser user) {
		AttemptStore.AttemptRow attempt = store.attempt(attemptId)
			.filter(row -> row.personId().equals(user.id()) && row.packageId().equals(packageId))
			.orElseThrow(NotFoundException::new);
		AttemptStore.ScoRow row = store.scoForUpdate(attempt.id(), itemId).orElseThrow(NotFoundException::new);
		if (!launchId.equals(row.launchId())) {
			throw new StaleLaunchException();
		}
		CmiDataModel model = read(row.cmi());
		ScormApi api = new ScormApi(model, ScormApi.State.valueOf(row.apiState()));
		List<String> results = new ArrayList<>();
		for (Call call : calls) {
			results.add(call(api, call));
		}
		if (model.suspendDataOverLegacyLimit()) {
			log.warn("SCORM attempt {} item {}: suspend_data of {} characters, over the SCORM 1.2 limit of {} (kept whole)",
					attemptId, itemId, model.suspendData().length(), CmiDataModel.LEGACY_SUSPEND_DATA_LIMIT);
		}
		save(attempt.id(), itemId, model, api.state(), launchId);
		ScormApi reader = new ScormApi(read(write(model)), ScormApi.State.RUNNING);
		return new Outcome(results, readable(reader));
	}

	/** The stored state of a SCO in an attempt (for the platform's own views and tests). */
	@Transactional(readOnly = true)
	public Optional<CmiDataModel> state(UUID attemptId, String itemId) {
		return store.scos(attemptId).stream().filter(row -> row.itemId().equals(itemId)).findFirst()
			.map(row -> read(row.cmi()));
	}

	private static String call(ScormApi api, Call call) {
		return switch (call.fn()) {
			case "LMSInitialize" -> api.initialize(call.arg(0));
			case "LMSFinish" -> api.finish(call.arg(0));
			case "LMSGetValue" -> api.getValue(call.arg(0));
			case "LMSSetValue" -> api.setValue(call.arg(0), call.arg(1));
			case "LMSCommit" -> api.commit(call.arg(0));
			case "LMSGetLastError" -> api.getLastError();
			case "LMSGetErrorString" -> api.getErrorString(call.arg(0));
			case "LMSGetDiagnostic" -> api.getDiagnostic(call.arg(0));
			default -> throw new IllegalArgumentException("not a SCORM 1.2 call: " + call.fn());
		};
	}

	private static final List<String> READABLE = List.of("cmi._version", "cmi.core._children", "cmi.core.student_id",
			"cmi.core.student_name", "cmi.core.lesson_location", "cmi.core.credit", "cmi.core.lesson_status",
			"cmi.core.entry", "cmi.core.score._children", "cmi.core.score.raw", "cmi.core.score.min",
			"cmi.core.score.max", "cmi.core.total_time", "cmi.core.lesson_mode", "cmi.suspend_data", "cmi.launch_data",
			"cmi.comments", "cmi.comments_from_lms", "cmi.objectives._children", "cmi.objectives._count",
			"cmi.student_data._children", "cmi.student_data.mastery_score", "cmi.student_data.max_time_allowed",
			"cmi.student_data.time_limit_action", "cmi.student_preference._children", "cmi.student_preference.audio",
			"cmi.student_preference.language", "cmi.student_preference.speed", "cmi.student_preference.text",
			"cmi.interactions._children", "cmi.interactions._count");

	/** Every readable element of a running session with its value. */
	private static Map<String, String> readable(ScormApi api) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String element : READABLE) {
			put(api, element, values);
		}
		int objectives = count(values.get("cmi.objectives._count"));
		for (int index = 0; index < objectives; index++) {
			for (String name : List.of("id", "score._children", "score.raw", "score.min", "score.max", "status")) {
				put(api, "cmi.objectives." + index + "." + name, values);
			}
		}
		int interactions = count(values.get("cmi.interactions._count"));
		for (int index = 0; index < interactions; index++) {
			put(api, "cmi.interactions." + index + ".objectives._count", values);
			put(api, "cmi.interactions." + index + ".correct_responses._count", values);
		}
		return values;
	}

	private static void put(ScormApi api, String element, Map<String, String> values) {
		String value = api.getValue(element);
		if ("0".equals(api.getLastError())) {
			values.put(element, value);
		}
	}

	private static int count(@Nullable String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private AttemptStore.AttemptRow create(PackageView pack, PlatformUser user, int number) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		store.insertAttempt(id, pack.id(), user.id(), number, now);
		return new AttemptStore.AttemptRow(id, pack.id(), user.id(), number, now, now);
	}

	private AttemptSummary summary(AttemptStore.AttemptRow row) {
		return new AttemptSummary(row.id(), row.number(), row.startedAt(), row.updatedAt(), store.scos(row.id())
			.stream()
			.map(sco -> new ScoSummary(sco.itemId(), sco.lessonStatus(), sco.scoreRaw(),
					read(sco.cmi()).totalTime()))
			.toList());
	}

	private void save(UUID attemptId, String itemId, CmiDataModel model, ScormApi.State state, UUID launchId) {
		store.saveSco(attemptId, itemId, write(model), state.name(), launchId, model.lessonStatus(), model.scoreRaw(),
				model.totalTimeCentiseconds(), clock.instant());
	}

	private static CmiLaunch launchValues(PlatformUser user, PackageItem item) {
		String name = user.getDisplayName();
		if (name.length() > 255) {
			name = name.substring(0, 255);
		}
		return new CmiLaunch(user.id().toString(), name, "credit", "normal",
				item.launchData() == null ? "" : item.launchData(), "", item.masteryScore(),
				item.maxTimeAllowed() == null ? "" : item.maxTimeAllowed(),
				item.timeLimitAction() == null ? "" : item.timeLimitAction());
	}

	static String write(CmiDataModel model) {
		return PackageStore.JSON.writeValueAsString(model.toMap());
	}

	static CmiDataModel read(String json) {
		return CmiDataModel.fromMap(PackageStore.JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		}));
	}

}
