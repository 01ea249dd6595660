package de.itas.platform.learning.scorm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The run-time state of one learner's attempt at one SCO: the whole SCORM 1.2 {@code cmi} data model with its
 * read-only and write-only rules, vocabularies, data types and limits. {@link #get(String)} and
 * {@link #set(String, String)} answer with the API's error codes; {@link ScormApi} adds the session state around them.
 * <p>
 * Rules the platform adds where the specification leaves room, each a known pitfall with real content:
 * <ul>
 * <li>{@code cmi.suspend_data} keeps up to 64,000 characters (modern authoring tools write far more than the
 * specification's 4,096); longer than 4,096 raises {@link #suspendDataOverLegacyLimit()} for the caller to log.</li>
 * <li>The lesson status never drops: {@code incomplete} or {@code browsed} set after {@code passed} or
 * {@code completed} is accepted but ignored, and {@code completed} after {@code passed} or {@code failed} keeps the
 * judgement (SCORM 1.2 has one field for completion and success, and content often reports both in turn).</li>
 * <li>When the content reports a score but no {@code passed}/{@code failed} in this session, the mastery score of the
 * manifest decides at commit and finish (for credit only); a {@code passed} is never turned into {@code failed}.</li>
 * <li>A session finished without a status set by the content counts as {@code completed} ({@code browsed} in browse
 * mode): the specification's rule that lets content with only the minimum calls complete.</li>
 * <li>{@code cmi.core.entry} is {@code ab-initio} in the first session of the attempt, {@code resume} after a session
 * that ended with exit {@code suspend}, empty otherwise; {@code total_time} adds each session's time at its end.</li>
 * </ul>
 * Not thread-safe: one session at a time works on a model. {@link #toMap()} and {@link #fromMap(Map)} carry the whole
 * state (including the open session) as JSON-friendly maps, lists and strings.
 */
public final class CmiDataModel {

	/** The format tag of {@link #toMap()}, checked when reading. */
	public static final String FORMAT = "scorm12-cmi/1";

	/** The specification's limit for {@code cmi.suspend_data}; longer data is kept but flagged. */
	public static final int LEGACY_SUSPEND_DATA_LIMIT = 4096;

	/** The longest {@code cmi.suspend_data} kept. */
	public static final int MAX_SUSPEND_DATA = 64_000;

	/** The most objectives or interactions (or entries of their lists) one SCO may record. */
	public static final int MAX_ARRAY = 500;

	static final String VERSION = "3.4";

	private static final Set<String> LESSON_STATUS_SET = Set.of("passed", "completed", "failed", "incomplete",
			"browsed");

	private static final Set<String> OBJECTIVE_STATUS = Set.of("passed", "completed", "failed", "incomplete",
			"browsed", "not attempted");

	private static final Set<String> EXIT = Set.of("time-out", "suspend", "logout", "");

	private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "matching",
			"performance", "sequencing", "likert", "numeric");

	private static final Set<String> RESULTS = Set.of("correct", "wrong", "unanticipated", "neutral");

	private static final Map<String, String> CHILDREN = Map.of(
			"cmi.core", "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,"
					+ "lesson_mode,exit,session_time",
			"cmi.core.score", "raw,min,max",
			"cmi.objectives", "id,score,status",
			"cmi.objectives.n.score", "raw,min,max",
			"cmi.student_data", "mastery_score,max_time_allowed,time_limit_action",
			"cmi.student_preference", "audio,language,speed,text",
			"cmi.interactions", "id,objectives,time,type,correct_responses,weighting,student_response,result,latency");

	private static final Set<String> ARRAYS = Set.of("cmi.objectives", "cmi.interactions",
			"cmi.interactions.n.objectives", "cmi.interactions.n.correct_responses");

	private enum Access {
		READ_ONLY, WRITE_ONLY, READ_WRITE
	}

	/** Every leaf element (indices as {@code n}) with its access. */
	private static final Map<String, Access> LEAVES = leaves();

	/** Elements that group others; known, so {@code _children}/{@code _count} on them get 202/203, not 401. */
	private static final Set<String> GROUPS = Set.of("cmi", "cmi.core", "cmi.core.score", "cmi.objectives",
			"cmi.objectives.n", "cmi.objectives.n.score", "cmi.student_data", "cmi.student_preference",
			"cmi.interactions", "cmi.interactions.n", "cmi.interactions.n.objectives", "cmi.interactions.n.objectives.n",
			"cmi.interactions.n.correct_responses", "cmi.interactions.n.correct_responses.n");

	/** The answer of a get or set: a value (empty for a set) or an error with a diagnostic for the content's author. */
	public record Outcome(String value, ScormError error, String diagnostic) {

		static Outcome ok(String value) {
			return new Outcome(value, ScormError.NO_ERROR, "");
		}

		static Outcome error(ScormError error, String diagnostic) {
			return new Outcome("", error, diagnostic);
		}

		public boolean succeeded() {
			return error == ScormError.NO_ERROR;
		}

	}

	private static final class Objective {

		String id = "";

		String raw = "";

		String min = "";

		String max = "";

		String status = "not attempted";

	}

	private static final class Interaction {

		String id = "";

		final List<String> objectiveIds = new ArrayList<>();

		String time = "";

		String type = "";

		final List<String> correctResponses = new ArrayList<>();

		String weighting = "";

		String studentResponse = "";

		String result = "";

		String latency = "";

	}

	private CmiLaunch launch;

	private String lessonLocation = "";

	private String lessonStatus = "not attempted";

	private String entry = "ab-initio";

	private String scoreRaw = "";

	private String scoreMin = "";

	private String scoreMax = "";

	private long totalTime;

	private String exit = "";

	private @Nullable String sessionTime;

	private String suspendData = "";

	private String comments = "";

	private String audio = "0";

	private String language = "";

	private String speed = "0";

	private String text = "0";

	private final List<Objective> objectives = new ArrayList<>();

	private final List<Interaction> interactions = new ArrayList<>();

	private int sessions;

	private boolean sessionOpen;

	/** The content set passed or failed in the open session: it judged success itself. */
	private boolean successReportedThisSession;

	private CmiDataModel(CmiLaunch launch) {
		this.launch = launch;
	}

	/** A fresh attempt: nothing recorded yet, status {@code not attempted}. */
	public static CmiDataModel newAttempt(CmiLaunch launch) {
		return new CmiDataModel(Objects.requireNonNull(launch));
	}

	/** Replaces the launch values (for a new launch of a stored attempt: the name or mode may have changed). */
	public void relaunch(CmiLaunch launch) {
		this.launch = Objects.requireNonNull(launch);
	}

	// ---------------------------------------------------------------- session

	/** Starts a session (at {@code LMSInitialize}): sets the entry and clears what belongs to one session. */
	void beginSession() {
		if (sessions == 0) {
			entry = "ab-initio";
		}
		else {
			entry = "suspend".equals(exit) ? "resume" : "";
		}
		exit = "";
		sessionTime = null;
		successReportedThisSession = false;
		sessionOpen = true;
		sessions++;
	}

	/** The rules applied at {@code LMSCommit}: the mastery score may decide the status. */
	void applyCommitRules() {
		applyMasteryScore();
	}

	/**
	 * Ends the open session (at {@code LMSFinish}; the caller also uses it for a session whose content never called
	 * finish): mastery score, the status of content that set none, and the session time added to the total.
	 */
	public void endSession() {
		if (!sessionOpen) {
			return;
		}
		applyMasteryScore();
		if ("not attempted".equals(lessonStatus)) {
			lessonStatus = "browse".equals(launch.lessonMode()) ? "browsed" : "completed";
		}
		if (sessionTime != null) {
			totalTime += CmiTypes.centiseconds(sessionTime);
		}
		sessionTime = null;
		sessionOpen = false;
	}

	private void applyMasteryScore() {
		BigDecimal mastery = launch.masteryScore();
		if (mastery == null || !"credit".equals(launch.credit()) || scoreRaw.isEmpty() || successReportedThisSession
				|| "passed".equals(lessonStatus)) {
			return;
		}
		lessonStatus = CmiTypes.decimal(scoreRaw).compareTo(mastery) >= 0 ? "passed" : "failed";
	}

	// ---------------------------------------------------------------- reading for the platform

	public String lessonStatus() {
		return lessonStatus;
	}

	public String lessonLocation() {
		return lessonLocation;
	}

	public String entry() {
		return entry;
	}

	public String exit() {
		return exit;
	}

	/** {@code cmi.core.score.raw}, null when the content reported none. */
	public @Nullable BigDecimal scoreRaw() {
		return scoreRaw.isEmpty() ? null : CmiTypes.decimal(scoreRaw);
	}

	/** {@code cmi.core.total_time} as a CMITimespan. */
	public String totalTime() {
		return CmiTypes.timespan(totalTime);
	}

	public long totalTimeCentiseconds() {
		return totalTime;
	}

	public String suspendData() {
		return suspendData;
	}

	/** The suspend data is longer than the specification's 4,096 characters (kept whole; worth a log line). */
	public boolean suspendDataOverLegacyLimit() {
		return suspendData.length() > LEGACY_SUSPEND_DATA_LIMIT;
	}

	/** Completed or passed: the SCO counts as done. */
	public boolean done() {
		return "completed".equals(lessonStatus) || "passed".equals(lessonStatus);
	}

	public int sessions() {
		return sessions;
	}

	public boolean sessionOpen() {
		return sessionOpen;
	}

	// ---------------------------------------------------------------- get / set

	/** {@code LMSGetValue} without the session check. */
	public Outcome get(String element) {
		if (element.isBlank()) {
			return Outcome.error(ScormError.INVALID_ARGUMENT, "The element name is empty.");
		}
		Path path = Path.parse(element);
		if (path == null) {
			return Outcome.error(ScormError.INVALID_ARGUMENT, "The index in " + element + " is not a number.");
		}
		if (element.equals("cmi._version")) {
			return Outcome.ok(VERSION);
		}
		String last = path.last();
		if (last.equals("_children")) {
			String base = path.baseOfKeyword();
			String children = CHILDREN.get(base);
			if (children != null) {
				return Outcome.ok(children);
			}
			return known(base) ? Outcome.error(ScormError.ELEMENT_CANNOT_HAVE_CHILDREN, element + " has no children.")
					: notImplemented(element);
		}
		if (last.equals("_count")) {
			String base = path.baseOfKeyword();
			if (!ARRAYS.contains(base)) {
				return known(base) ? Outcome.error(ScormError.ELEMENT_NOT_AN_ARRAY, base + " is not an array.")
						: notImplemented(element);
			}
			if (base.equals("cmi.objectives")) {
				return Outcome.ok(Integer.toString(objectives.size()));
			}
			if (base.equals("cmi.interactions")) {
				return Outcome.ok(Integer.toString(interactions.size()));
			}
			int index = path.indices().get(0);
			if (index >= interactions.size()) {
				return gap(element, index, interactions.size());
			}
			Interaction interaction = interactions.get(index);
			return Outcome.ok(Integer.toString(base.endsWith("objectives") ? interaction.objectiveIds.size()
					: interaction.correctResponses.size()));
		}
		Access access = LEAVES.get(path.canonical());
		if (access == null) {
			return notImplemented(element);
		}
		if (access == Access.WRITE_ONLY) {
			return Outcome.error(ScormError.WRITE_ONLY, element + " is write-only.");
		}
		return read(path, element);
	}

	/** {@code LMSSetValue} without the session check. */
	public Outcome set(String element, String value) {
		if (element.isBlank()) {
			return Outcome.error(ScormError.INVALID_ARGUMENT, "The element name is empty.");
		}
		Path path = Path.parse(element);
		if (path == null) {
			return Outcome.error(ScormError.INVALID_ARGUMENT, "The index in " + element + " is not a number.");
		}
		String last = path.last();
		if (last.equals("_children") || last.equals("_count") || last.equals("_version")) {
			boolean keyword = last.equals("_version") ? element.equals("cmi._version") : known(path.baseOfKeyword());
			return keyword
					? Outcome.error(ScormError.INVALID_SET_VALUE_KEYWORD, element + " is a keyword and cannot be set.")
					: notImplemented(element);
		}
		Access access = LEAVES.get(path.canonical());
		if (access == null) {
			return notImplemented(element);
		}
		if (access == Access.READ_ONLY) {
			return Outcome.error(ScormError.READ_ONLY, element + " is read-only.");
		}
		return write(path, element, value);
	}

	private static boolean known(String canonical) {
		return LEAVES.containsKey(canonical) || GROUPS.contains(canonical);
	}

	private static Outcome notImplemented(String element) {
		return Outcome.error(ScormError.NOT_IMPLEMENTED, element + " is not an element of the SCORM 1.2 data model.");
	}

	private static Outcome gap(String element, int index, int count) {
		return Outcome.error(ScormError.INVALID_ARGUMENT,
				"Index " + index + " in " + element + " is beyond the " + count + " entries recorded.");
	}

	private static Outcome wrongType(String element, String expected) {
		return Outcome.error(ScormError.INCORRECT_DATA_TYPE, element + " takes " + expected + ".");
	}

	private Outcome read(Path path, String element) {
		String canonical = path.canonical();
		if (canonical.startsWith("cmi.objectives.n.")) {
			int index = path.indices().get(0);
			if (index >= objectives.size()) {
				return gap(element, index, objectives.size());
			}
			Objective objective = objectives.get(index);
			return Outcome.ok(switch (canonical) {
				case "cmi.objectives.n.id" -> objective.id;
				case "cmi.objectives.n.score.raw" -> objective.raw;
				case "cmi.objectives.n.score.min" -> objective.min;
				case "cmi.objectives.n.score.max" -> objective.max;
				default -> objective.status;
			});
		}
		return Outcome.ok(switch (canonical) {
			case "cmi.core.student_id" -> launch.studentId();
			case "cmi.core.student_name" -> launch.studentName();
			case "cmi.core.lesson_location" -> lessonLocation;
			case "cmi.core.credit" -> launch.credit();
			case "cmi.core.lesson_status" -> lessonStatus;
			case "cmi.core.entry" -> entry;
			case "cmi.core.score.raw" -> scoreRaw;
			case "cmi.core.score.min" -> scoreMin;
			case "cmi.core.score.max" -> scoreMax;
			case "cmi.core.total_time" -> CmiTypes.timespan(totalTime);
			case "cmi.core.lesson_mode" -> launch.lessonMode();
			case "cmi.suspend_data" -> suspendData;
			case "cmi.launch_data" -> launch.launchData();
			case "cmi.comments" -> comments;
			case "cmi.comments_from_lms" -> launch.commentsFromLms();
			case "cmi.student_data.mastery_score" ->
				launch.masteryScore() == null ? "" : launch.masteryScore().stripTrailingZeros().toPlainString();
			case "cmi.student_data.max_time_allowed" -> launch.maxTimeAllowed();
			case "cmi.student_data.time_limit_action" -> launch.timeLimitAction();
			case "cmi.student_preference.audio" -> audio;
			case "cmi.student_preference.language" -> language;
			case "cmi.student_preference.speed" -> speed;
			case "cmi.student_preference.text" -> text;
			default -> throw new IllegalStateException("readable element without a value: " + canonical);
		});
	}

	private Outcome write(Path path, String element, String value) {
		String canonical = path.canonical();
		if (canonical.startsWith("cmi.objectives.n.")) {
			return writeObjective(path, element, value);
		}
		if (canonical.startsWith("cmi.interactions.n.")) {
			return writeInteraction(path, element, value);
		}
		switch (canonical) {
			case "cmi.core.lesson_location" -> {
				if (!CmiTypes.isString(value, 255)) {
					return wrongType(element, "at most 255 characters");
				}
				lessonLocation = value;
			}
			case "cmi.core.lesson_status" -> {
				if (!LESSON_STATUS_SET.contains(value)) {
					return wrongType(element, "one of passed, completed, failed, incomplete, browsed");
				}
				setLessonStatus(value);
			}
			case "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max" -> {
				if (!isScore(value)) {
					return wrongType(element, "a decimal from 0 to 100 or an empty string");
				}
				switch (canonical) {
					case "cmi.core.score.raw" -> scoreRaw = value;
					case "cmi.core.score.min" -> scoreMin = value;
					default -> scoreMax = value;
				}
			}
			case "cmi.core.exit" -> {
				if (!EXIT.contains(value)) {
					return wrongType(element, "one of time-out, suspend, logout or an empty string");
				}
				exit = value;
			}
			case "cmi.core.session_time" -> {
				if (!CmiTypes.isTimespan(value)) {
					return wrongType(element, "a CMITimespan HHHH:MM:SS.SS");
				}
				sessionTime = value;
			}
			case "cmi.suspend_data" -> {
				if (!CmiTypes.isString(value, MAX_SUSPEND_DATA)) {
					return wrongType(element, "at most " + MAX_SUSPEND_DATA + " characters");
				}
				suspendData = value;
			}
			case "cmi.comments" -> {
				if (!CmiTypes.isString(value, 4096)) {
					return wrongType(element, "at most 4096 characters");
				}
				comments = value;
			}
			case "cmi.student_preference.audio" -> {
				if (!CmiTypes.isSIntegerIn(value, -1, 100)) {
					return wrongType(element, "an integer from -1 to 100");
				}
				audio = value;
			}
			case "cmi.student_preference.language" -> {
				if (!CmiTypes.isString(value, 255)) {
					return wrongType(element, "at most 255 characters");
				}
				language = value;
			}
			case "cmi.student_preference.speed" -> {
				if (!CmiTypes.isSIntegerIn(value, -100, 100)) {
					return wrongType(element, "an integer from -100 to 100");
				}
				speed = value;
			}
			case "cmi.student_preference.text" -> {
				if (!CmiTypes.isSIntegerIn(value, -1, 1)) {
					return wrongType(element, "an integer from -1 to 1");
				}
				text = value;
			}
			default -> throw new IllegalStateException("writable element without a store: " + canonical);
		}
		return Outcome.ok("");
	}

	private void setLessonStatus(String value) {
		boolean judged = "passed".equals(lessonStatus) || "failed".equals(lessonStatus);
		boolean finished = judged || "completed".equals(lessonStatus);
		switch (value) {
			case "passed", "failed" -> {
				lessonStatus = value;
				successReportedThisSession = true;
			}
			case "completed" -> {
				if (!judged) {
					lessonStatus = value;
				}
			}
			default -> {
				if (!finished || "failed".equals(lessonStatus)) {
					lessonStatus = value;
				}
			}
		}
	}

	private static boolean isScore(String value) {
		return value.isEmpty() || CmiTypes.isDecimalIn(value, 0, 100);
	}

	private Outcome writeObjective(Path path, String element, String value) {
		int index = path.indices().get(0);
		if (index > objectives.size()) {
			return gap(element, index, objectives.size());
		}
		if (index == MAX_ARRAY) {
			return Outcome.error(ScormError.GENERAL_EXCEPTION, "At most " + MAX_ARRAY + " objectives are kept.");
		}
		String canonical = path.canonical();
		boolean valid = switch (canonical) {
			case "cmi.objectives.n.id" -> CmiTypes.isIdentifier(value);
			case "cmi.objectives.n.status" -> OBJECTIVE_STATUS.contains(value);
			default -> isScore(value);
		};
		if (!valid) {
			return wrongType(element, switch (canonical) {
				case "cmi.objectives.n.id" -> "a CMIIdentifier (1 to 255 characters, no spaces)";
				case "cmi.objectives.n.status" -> "one of passed, completed, failed, incomplete, browsed, not attempted";
				default -> "a decimal from 0 to 100 or an empty string";
			});
		}
		if (index == objectives.size()) {
			objectives.add(new Objective());
		}
		Objective objective = objectives.get(index);
		switch (canonical) {
			case "cmi.objectives.n.id" -> objective.id = value;
			case "cmi.objectives.n.status" -> objective.status = value;
			case "cmi.objectives.n.score.raw" -> objective.raw = value;
			case "cmi.objectives.n.score.min" -> objective.min = value;
			default -> objective.max = value;
		}
		return Outcome.ok("");
	}

	private Outcome writeInteraction(Path path, String element, String value) {
		int index = path.indices().get(0);
		if (index > interactions.size()) {
			return gap(element, index, interactions.size());
		}
		if (index == MAX_ARRAY) {
			return Outcome.error(ScormError.GENERAL_EXCEPTION, "At most " + MAX_ARRAY + " interactions are kept.");
		}
		String canonical = path.canonical();
		Interaction existing = index < interactions.size() ? interactions.get(index) : null;
		if (canonical.equals("cmi.interactions.n.objectives.n.id")
				|| canonical.equals("cmi.interactions.n.correct_responses.n.pattern")) {
			boolean objectiveIds = canonical.contains(".objectives.");
			int inner = path.indices().get(1);
			int count = existing == null ? 0
					: objectiveIds ? existing.objectiveIds.size() : existing.correctResponses.size();
			if (inner > count) {
				return gap(element, inner, count);
			}
			if (inner == MAX_ARRAY) {
				return Outcome.error(ScormError.GENERAL_EXCEPTION, "At most " + MAX_ARRAY + " entries are kept.");
			}
			if (objectiveIds ? !CmiTypes.isIdentifier(value) : !CmiTypes.isString(value, 255)) {
				return wrongType(element, objectiveIds ? "a CMIIdentifier (1 to 255 characters, no spaces)"
						: "a CMIFeedback of at most 255 characters");
			}
			Interaction interaction = interaction(index);
			List<String> list = objectiveIds ? interaction.objectiveIds : interaction.correctResponses;
			if (inner == list.size()) {
				list.add(value);
			}
			else {
				list.set(inner, value);
			}
			return Outcome.ok("");
		}
		String expected = switch (canonical) {
			case "cmi.interactions.n.id" -> CmiTypes.isIdentifier(value) ? null
					: "a CMIIdentifier (1 to 255 characters, no spaces)";
			case "cmi.interactions.n.time" -> CmiTypes.isTime(value) ? null : "a CMITime HH:MM:SS.SS";
			case "cmi.interactions.n.type" -> INTERACTION_TYPES.contains(value) ? null
					: "one of true-false, choice, fill-in, matching, performance, sequencing, likert, numeric";
			case "cmi.interactions.n.weighting" -> CmiTypes.isDecimal(value) ? null : "a CMIDecimal";
			case "cmi.interactions.n.student_response" -> CmiTypes.isString(value, 255) ? null
					: "a CMIFeedback of at most 255 characters";
			case "cmi.interactions.n.result" -> RESULTS.contains(value) || CmiTypes.isDecimal(value) ? null
					: "one of correct, wrong, unanticipated, neutral or a CMIDecimal";
			default -> CmiTypes.isTimespan(value) ? null : "a CMITimespan HHHH:MM:SS.SS";
		};
		if (expected != null) {
			return wrongType(element, expected);
		}
		Interaction interaction = interaction(index);
		switch (canonical) {
			case "cmi.interactions.n.id" -> interaction.id = value;
			case "cmi.interactions.n.time" -> interaction.time = value;
			case "cmi.interactions.n.type" -> interaction.type = value;
			case "cmi.interactions.n.weighting" -> interaction.weighting = value;
			case "cmi.interactions.n.student_response" -> interaction.studentResponse = value;
			case "cmi.interactions.n.result" -> interaction.result = value;
			default -> interaction.latency = value;
		}
		return Outcome.ok("");
	}

	private Interaction interaction(int index) {
		if (index == interactions.size()) {
			interactions.add(new Interaction());
		}
		return interactions.get(index);
	}

	/**
	 * The stored value of any element, write-only ones included, without the API's rules: for the platform's own
	 * reports and tests, never for content. Unknown elements and gaps give an empty string.
	 */
	String rawValue(String element) {
		Path path = Path.parse(element);
		if (path == null) {
			return "";
		}
		String canonical = path.canonical();
		if (canonical.equals("cmi.core.exit")) {
			return exit;
		}
		if (canonical.equals("cmi.core.session_time")) {
			return sessionTime == null ? "" : sessionTime;
		}
		if (canonical.startsWith("cmi.interactions.n.")) {
			int index = path.indices().get(0);
			if (index >= interactions.size()) {
				return "";
			}
			Interaction interaction = interactions.get(index);
			return switch (canonical) {
				case "cmi.interactions.n.id" -> interaction.id;
				case "cmi.interactions.n.time" -> interaction.time;
				case "cmi.interactions.n.type" -> interaction.type;
				case "cmi.interactions.n.weighting" -> interaction.weighting;
				case "cmi.interactions.n.student_response" -> interaction.studentResponse;
				case "cmi.interactions.n.result" -> interaction.result;
				case "cmi.interactions.n.latency" -> interaction.latency;
				case "cmi.interactions.n.objectives.n.id" -> element(interaction.objectiveIds, path.indices().get(1));
				case "cmi.interactions.n.correct_responses.n.pattern" ->
					element(interaction.correctResponses, path.indices().get(1));
				default -> get(element).value();
			};
		}
		return get(element).value();
	}

	private static String element(List<String> list, int index) {
		return index < list.size() ? list.get(index) : "";
	}

	// ---------------------------------------------------------------- persistence

	/** The whole state as maps, lists, strings, numbers and booleans, ready for a JSON column. */
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("format", FORMAT);
		Map<String, Object> launchMap = new LinkedHashMap<>();
		launchMap.put("student_id", launch.studentId());
		launchMap.put("student_name", launch.studentName());
		launchMap.put("credit", launch.credit());
		launchMap.put("lesson_mode", launch.lessonMode());
		launchMap.put("launch_data", launch.launchData());
		launchMap.put("comments_from_lms", launch.commentsFromLms());
		launchMap.put("mastery_score",
				launch.masteryScore() == null ? "" : launch.masteryScore().toPlainString());
		launchMap.put("max_time_allowed", launch.maxTimeAllowed());
		launchMap.put("time_limit_action", launch.timeLimitAction());
		map.put("launch", launchMap);
		Map<String, Object> core = new LinkedHashMap<>();
		core.put("lesson_location", lessonLocation);
		core.put("lesson_status", lessonStatus);
		core.put("entry", entry);
		core.put("score_raw", scoreRaw);
		core.put("score_min", scoreMin);
		core.put("score_max", scoreMax);
		core.put("total_time", CmiTypes.timespan(totalTime));
		core.put("exit", exit);
		core.put("session_time", sessionTime == null ? "" : sessionTime);
		map.put("core", core);
		map.put("suspend_data", suspendData);
		map.put("comments", comments);
		map.put("student_preference", Map.of("audio", audio, "language", language, "speed", speed, "text", text));
		List<Map<String, Object>> objectiveMaps = new ArrayList<>();
		for (Objective objective : objectives) {
			objectiveMaps.add(Map.of("id", objective.id, "score_raw", objective.raw, "score_min", objective.min,
					"score_max", objective.max, "status", objective.status));
		}
		map.put("objectives", objectiveMaps);
		List<Map<String, Object>> interactionMaps = new ArrayList<>();
		for (Interaction interaction : interactions) {
			Map<String, Object> entryMap = new LinkedHashMap<>();
			entryMap.put("id", interaction.id);
			entryMap.put("objectives", List.copyOf(interaction.objectiveIds));
			entryMap.put("time", interaction.time);
			entryMap.put("type", interaction.type);
			entryMap.put("correct_responses", List.copyOf(interaction.correctResponses));
			entryMap.put("weighting", interaction.weighting);
			entryMap.put("student_response", interaction.studentResponse);
			entryMap.put("result", interaction.result);
			entryMap.put("latency", interaction.latency);
			interactionMaps.add(entryMap);
		}
		map.put("interactions", interactionMaps);
		map.put("session", Map.of("count", sessions, "open", sessionOpen, "success_reported",
				successReportedThisSession));
		return map;
	}

	/**
	 * A model from {@link #toMap()}'s form (also after a JSON round trip, where numbers may come back as other
	 * number types). Values are checked again, so a tampered store cannot smuggle in what the API would refuse.
	 */
	public static CmiDataModel fromMap(Map<String, ?> map) {
		if (!FORMAT.equals(map.get("format"))) {
			throw new IllegalArgumentException("not a " + FORMAT + " map: " + map.get("format"));
		}
		Map<String, ?> launchMap = section(map, "launch");
		String mastery = string(launchMap, "mastery_score");
		CmiLaunch launch = new CmiLaunch(string(launchMap, "student_id"), string(launchMap, "student_name"),
				string(launchMap, "credit"), string(launchMap, "lesson_mode"), string(launchMap, "launch_data"),
				string(launchMap, "comments_from_lms"), mastery.isEmpty() ? null : new BigDecimal(mastery),
				string(launchMap, "max_time_allowed"), string(launchMap, "time_limit_action"));
		CmiDataModel model = new CmiDataModel(launch);
		Map<String, ?> core = section(map, "core");
		model.lessonLocation = checked("cmi.core.lesson_location", string(core, "lesson_location"), model);
		String status = string(core, "lesson_status");
		if (!OBJECTIVE_STATUS.contains(status)) {
			throw new IllegalArgumentException("stored lesson status outside the vocabulary: " + status);
		}
		model.lessonStatus = status;
		String entry = string(core, "entry");
		if (!Set.of("ab-initio", "resume", "").contains(entry)) {
			throw new IllegalArgumentException("stored entry outside the vocabulary: " + entry);
		}
		model.entry = entry;
		model.scoreRaw = checked("cmi.core.score.raw", string(core, "score_raw"), model);
		model.scoreMin = checked("cmi.core.score.min", string(core, "score_min"), model);
		model.scoreMax = checked("cmi.core.score.max", string(core, "score_max"), model);
		model.totalTime = CmiTypes.centiseconds(string(core, "total_time"));
		model.exit = checked("cmi.core.exit", string(core, "exit"), model);
		String sessionTime = string(core, "session_time");
		model.sessionTime = sessionTime.isEmpty() ? null : checked("cmi.core.session_time", sessionTime, model);
		model.suspendData = checked("cmi.suspend_data", string(map, "suspend_data"), model);
		model.comments = checked("cmi.comments", string(map, "comments"), model);
		Map<String, ?> preference = section(map, "student_preference");
		for (String name : List.of("audio", "language", "speed", "text")) {
			checked("cmi.student_preference." + name, string(preference, name), model);
		}
		int index = 0;
		for (Map<String, ?> objective : list(map, "objectives")) {
			String prefix = "cmi.objectives." + index++ + ".";
			checked(prefix + "id", string(objective, "id"), model);
			checked(prefix + "score.raw", string(objective, "score_raw"), model);
			checked(prefix + "score.min", string(objective, "score_min"), model);
			checked(prefix + "score.max", string(objective, "score_max"), model);
			checked(prefix + "status", string(objective, "status"), model);
		}
		index = 0;
		for (Map<String, ?> interaction : list(map, "interactions")) {
			String prefix = "cmi.interactions." + index++ + ".";
			for (String name : List.of("id", "time", "type", "weighting", "student_response", "result", "latency")) {
				String value = string(interaction, name);
				if (!value.isEmpty() || name.equals("student_response")) {
					checked(prefix + name, value, model);
				}
			}
			model.interaction(index - 1);
			int inner = 0;
			for (Object id : (List<?>) interaction.get("objectives")) {
				checked(prefix + "objectives." + inner++ + ".id", String.valueOf(id), model);
			}
			inner = 0;
			for (Object pattern : (List<?>) interaction.get("correct_responses")) {
				checked(prefix + "correct_responses." + inner++ + ".pattern", String.valueOf(pattern), model);
			}
		}
		Map<String, ?> session = section(map, "session");
		model.sessions = ((Number) session.get("count")).intValue();
		model.sessionOpen = Boolean.TRUE.equals(session.get("open"));
		model.successReportedThisSession = Boolean.TRUE.equals(session.get("success_reported"));
		return model;
	}

	/** Sets through the API's own checks, bypassing only the status rules (a stored status is taken as it is). */
	private static String checked(String element, String value, CmiDataModel model) {
		Outcome outcome = model.set(element, value);
		if (!outcome.succeeded()) {
			throw new IllegalArgumentException("stored " + element + " refused: " + outcome.diagnostic());
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> section(Map<String, ?> map, String key) {
		Object value = map.get(key);
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("missing section " + key);
		}
		return (Map<String, ?>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, ?>> list(Map<String, ?> map, String key) {
		Object value = map.get(key);
		return value instanceof List<?> list ? (List<Map<String, ?>>) list : List.of();
	}

	private static String string(Map<String, ?> map, String key) {
		Object value = map.get(key);
		return value == null ? "" : value.toString();
	}

	// ---------------------------------------------------------------- element names

	private static Map<String, Access> leaves() {
		Map<String, Access> leaves = new LinkedHashMap<>();
		for (String name : List.of("cmi.core.student_id", "cmi.core.student_name", "cmi.core.credit",
				"cmi.core.entry", "cmi.core.total_time", "cmi.core.lesson_mode", "cmi.launch_data",
				"cmi.comments_from_lms", "cmi.student_data.mastery_score", "cmi.student_data.max_time_allowed",
				"cmi.student_data.time_limit_action")) {
			leaves.put(name, Access.READ_ONLY);
		}
		for (String name : List.of("cmi.core.lesson_location", "cmi.core.lesson_status", "cmi.core.score.raw",
				"cmi.core.score.min", "cmi.core.score.max", "cmi.suspend_data", "cmi.comments",
				"cmi.objectives.n.id", "cmi.objectives.n.score.raw", "cmi.objectives.n.score.min",
				"cmi.objectives.n.score.max", "cmi.objectives.n.status", "cmi.student_preference.audio",
				"cmi.student_preference.language", "cmi.student_preference.speed", "cmi.student_preference.text")) {
			leaves.put(name, Access.READ_WRITE);
		}
		for (String name : List.of("cmi.core.exit", "cmi.core.session_time", "cmi.interactions.n.id",
				"cmi.interactions.n.objectives.n.id", "cmi.interactions.n.time", "cmi.interactions.n.type",
				"cmi.interactions.n.correct_responses.n.pattern", "cmi.interactions.n.weighting",
				"cmi.interactions.n.student_response", "cmi.interactions.n.result", "cmi.interactions.n.latency")) {
			leaves.put(name, Access.WRITE_ONLY);
		}
		return Map.copyOf(leaves);
	}

	/**
	 * An element name split into its canonical form (indices replaced by {@code n}) and its indices. A segment after
	 * an array name must be a number or a keyword; anything else makes the name invalid (error 201).
	 */
	private record Path(String canonical, List<Integer> indices, String last) {

		private static final Set<String> ARRAY_NAMES = Set.of("objectives", "interactions", "correct_responses");

		static @Nullable Path parse(String element) {
			String[] segments = element.split("\\.", -1);
			List<String> canonical = new ArrayList<>();
			List<Integer> indices = new ArrayList<>();
			for (int i = 0; i < segments.length; i++) {
				String segment = segments[i];
				boolean afterArray = i > 0 && ARRAY_NAMES.contains(segments[i - 1]) && segments[0].equals("cmi");
				if (afterArray && !segment.startsWith("_")) {
					if (!segment.matches("\\d{1,6}")) {
						return null;
					}
					indices.add(Integer.parseInt(segment));
					canonical.add("n");
				}
				else {
					canonical.add(segment);
				}
			}
			return new Path(String.join(".", canonical), List.copyOf(indices), segments[segments.length - 1]);
		}

		/** The canonical element before a trailing keyword. */
		String baseOfKeyword() {
			int dot = canonical.lastIndexOf('.');
			return dot < 0 ? "" : canonical.substring(0, dot);
		}

	}

}
