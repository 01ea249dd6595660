package de.itas.platform.learning.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The SCORM 1.2 {@code cmi} data model through the API: every element's read and write rule, every vocabulary,
 * data type and limit, each error code, and the platform's status, mastery, entry and time rules.
 */
class CmiDataModelUnitTests {

	private static final CmiLaunch LAUNCH = new CmiLaunch("p-42", "Muster, Erika", "credit", "normal", "RANDOM",
			"Bitte zuerst Lektion 1.", new BigDecimal("80"), "00:30:00", "continue,no message");

	private static ScormApi running(CmiLaunch launch) {
		ScormApi api = new ScormApi(CmiDataModel.newAttempt(launch));
		assertThat(api.initialize("")).isEqualTo("true");
		return api;
	}

	private static ScormApi running() {
		return running(LAUNCH);
	}

	private static void assertSet(ScormApi api, String element, String value) {
		assertThat(api.setValue(element, value)).as("set %s = %s (diagnostic %s)", element, value,
				api.getDiagnostic("")).isEqualTo("true");
		assertThat(api.getLastError()).isEqualTo("0");
	}

	private static void assertSetFails(ScormApi api, String element, String value, int code) {
		assertThat(api.setValue(element, value)).as("set %s = %s", element, value).isEqualTo("false");
		assertThat(api.getLastError()).as("error of set %s = %s", element, value).isEqualTo(Integer.toString(code));
		assertThat(api.getDiagnostic("")).isNotBlank();
	}

	private static void assertGetFails(ScormApi api, String element, int code) {
		assertThat(api.getValue(element)).as("get %s", element).isEmpty();
		assertThat(api.getLastError()).as("error of get %s", element).isEqualTo(Integer.toString(code));
	}

	private static String get(ScormApi api, String element) {
		String value = api.getValue(element);
		assertThat(api.getLastError()).as("get %s (diagnostic %s)", element, api.getDiagnostic("")).isEqualTo("0");
		return value;
	}

	// ------------------------------------------------------------------ read-only (403 on set)

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "cmi.core.student_id|p-42", "cmi.core.student_name|Muster, Erika",
			"cmi.core.credit|credit", "cmi.core.entry|ab-initio", "cmi.core.total_time|0000:00:00.00",
			"cmi.core.lesson_mode|normal", "cmi.launch_data|RANDOM", "cmi.comments_from_lms|Bitte zuerst Lektion 1.",
			"cmi.student_data.mastery_score|80", "cmi.student_data.max_time_allowed|00:30:00",
			"cmi.student_data.time_limit_action|continue,no message", "cmi._version|3.4" })
	void readOnlyElementsGiveTheLaunchValuesAndRefuseWrites(String element, String value) {
		ScormApi api = running();

		assertThat(get(api, element)).isEqualTo(value);
		assertSetFails(api, element, value, element.endsWith("_version") ? 402 : 403);
		assertThat(get(api, element)).isEqualTo(value);
	}

	@Test
	void withoutManifestValuesTheStudentDataIsEmpty() {
		ScormApi api = running(new CmiLaunch("p-1", "A", "no-credit", "browse", "", "", null, "", ""));

		assertThat(get(api, "cmi.student_data.mastery_score")).isEmpty();
		assertThat(get(api, "cmi.student_data.max_time_allowed")).isEmpty();
		assertThat(get(api, "cmi.student_data.time_limit_action")).isEmpty();
		assertThat(get(api, "cmi.launch_data")).isEmpty();
		assertThat(get(api, "cmi.core.credit")).isEqualTo("no-credit");
		assertThat(get(api, "cmi.core.lesson_mode")).isEqualTo("browse");
	}

	@Test
	void aLaunchOutsideTheVocabulariesIsAProgrammingError() {
		assertThatThrownBy(() -> new CmiLaunch("p 1", "A", "credit", "normal", "", "", null, "", ""))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CmiLaunch("p1", "A", "maybe", "normal", "", "", null, "", ""))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CmiLaunch("p1", "A", "credit", "test", "", "", null, "", ""))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// ------------------------------------------------------------------ write-only (404 on get)

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "cmi.core.exit|suspend", "cmi.core.session_time|0000:01:30.5",
			"cmi.interactions.0.id|q1", "cmi.interactions.0.time|13:45:00", "cmi.interactions.0.type|choice",
			"cmi.interactions.0.weighting|1.5", "cmi.interactions.0.student_response|a",
			"cmi.interactions.0.result|wrong", "cmi.interactions.0.latency|0000:00:12",
			"cmi.interactions.0.objectives.0.id|obj-1", "cmi.interactions.0.correct_responses.0.pattern|b" })
	void writeOnlyElementsAreStoredButNeverReadBack(String element, String value) {
		ScormApi api = running();

		assertSet(api, element, value);
		assertGetFails(api, element, 404);
		assertThat(api.model().rawValue(element)).isEqualTo(value);
	}

	// ------------------------------------------------------------------ read-write

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "cmi.core.lesson_location|seite-7", "cmi.core.score.raw|73.5",
			"cmi.core.score.min|0", "cmi.core.score.max|100", "cmi.suspend_data|A1B2;x=[1,2]", "cmi.comments|Gut.",
			"cmi.student_preference.audio|-1", "cmi.student_preference.language|de-DE",
			"cmi.student_preference.speed|-100", "cmi.student_preference.text|1", "cmi.objectives.0.id|kap1",
			"cmi.objectives.0.score.raw|50", "cmi.objectives.0.score.min|0", "cmi.objectives.0.score.max|100",
			"cmi.objectives.0.status|passed" })
	void readWriteElementsKeepWhatIsSet(String element, String value) {
		ScormApi api = running();

		assertSet(api, element, value);
		assertThat(get(api, element)).isEqualTo(value);
	}

	@Test
	void defaultsBeforeAnythingIsSet() {
		ScormApi api = running();

		assertThat(get(api, "cmi.core.lesson_status")).isEqualTo("not attempted");
		assertThat(get(api, "cmi.core.lesson_location")).isEmpty();
		assertThat(get(api, "cmi.core.score.raw")).isEmpty();
		assertThat(get(api, "cmi.suspend_data")).isEmpty();
		assertThat(get(api, "cmi.comments")).isEmpty();
		assertThat(get(api, "cmi.student_preference.audio")).isEqualTo("0");
		assertThat(get(api, "cmi.student_preference.language")).isEmpty();
		assertThat(get(api, "cmi.student_preference.speed")).isEqualTo("0");
		assertThat(get(api, "cmi.student_preference.text")).isEqualTo("0");
		assertThat(get(api, "cmi.objectives._count")).isEqualTo("0");
		assertThat(get(api, "cmi.interactions._count")).isEqualTo("0");
	}

	@Test
	void aScoreMayBeClearedWithTheEmptyString() {
		ScormApi api = running();
		assertSet(api, "cmi.core.score.raw", "40");
		assertSet(api, "cmi.core.score.raw", "");
		assertThat(get(api, "cmi.core.score.raw")).isEmpty();
		assertThat(api.model().scoreRaw()).isNull();
	}

	// ------------------------------------------------------------------ keywords (202, 203, 402)

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"cmi.core._children|student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time",
			"cmi.core.score._children|raw,min,max", "cmi.objectives._children|id,score,status",
			"cmi.objectives.0.score._children|raw,min,max",
			"cmi.student_data._children|mastery_score,max_time_allowed,time_limit_action",
			"cmi.student_preference._children|audio,language,speed,text",
			"cmi.interactions._children|id,objectives,time,type,correct_responses,weighting,student_response,result,latency" })
	void childrenListTheSupportedElements(String element, String children) {
		ScormApi api = running();

		assertThat(get(api, element)).isEqualTo(children);
		assertSetFails(api, element, "x", 402);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cmi.core.student_id._children", "cmi.core.lesson_status._children",
			"cmi.suspend_data._children", "cmi.launch_data._children", "cmi.comments._children",
			"cmi.core.score.raw._children", "cmi.objectives.0.id._children", "cmi.interactions.0.objectives._children" })
	void elementsWithoutChildrenAnswer202(String element) {
		assertGetFails(running(), element, 202);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cmi.core._count", "cmi.core.score._count", "cmi.core.lesson_location._count",
			"cmi.student_data._count", "cmi.student_preference._count", "cmi.suspend_data._count",
			"cmi.objectives.0.score._count" })
	void elementsThatAreNoArraysAnswer203(String element) {
		assertGetFails(running(), element, 203);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cmi.objectives._count", "cmi.interactions._count", "cmi.core._children",
			"cmi._version", "cmi.interactions.0.objectives._count", "cmi.interactions.0.correct_responses._count" })
	void keywordsCannotBeSet(String element) {
		assertSetFails(running(), element, "1", 402);
	}

	// ------------------------------------------------------------------ 401 and 201

	@ParameterizedTest
	@ValueSource(strings = { "cmi.core.foo", "cmi.bogus", "adl.nav.request", "cmi.interactions.0.description",
			"cmi.core.score.scaled", "cmi.completion_status", "cmi.foo._children", "cmi.objectives.0.description" })
	void elementsOutsideTheDataModelAnswer401(String element) {
		ScormApi api = running();
		assertGetFails(api, element, 401);
		assertSetFails(api, element, "x", 401);
	}

	@Test
	void emptyElementNamesAndBrokenIndicesAnswer201() {
		ScormApi api = running();
		assertGetFails(api, "", 201);
		assertSetFails(api, "", "x", 201);
		assertGetFails(api, null, 201);
		assertSetFails(api, "cmi.objectives.x.id", "a", 201);
		assertSetFails(api, "cmi.objectives.-1.id", "a", 201);
		assertGetFails(api, "cmi.interactions.abc.objectives._count", 201);
	}

	@Test
	void arraysGrowOnlyAtTheirEndAndGapsAnswer201() {
		ScormApi api = running();

		assertSetFails(api, "cmi.objectives.1.id", "kap2", 201);
		assertGetFails(api, "cmi.objectives.0.id", 201);
		assertSet(api, "cmi.objectives.0.id", "kap1");
		assertSet(api, "cmi.objectives.1.id", "kap2");
		assertSet(api, "cmi.objectives.0.status", "completed");
		assertThat(get(api, "cmi.objectives._count")).isEqualTo("2");
		assertThat(get(api, "cmi.objectives.1.status")).isEqualTo("not attempted");
		assertSetFails(api, "cmi.objectives.5.score.raw", "1", 201);

		assertSetFails(api, "cmi.interactions.1.id", "q2", 201);
		assertSet(api, "cmi.interactions.0.id", "q1");
		assertSetFails(api, "cmi.interactions.0.objectives.1.id", "o", 201);
		assertSet(api, "cmi.interactions.0.objectives.0.id", "o1");
		assertSet(api, "cmi.interactions.0.objectives.1.id", "o2");
		assertSet(api, "cmi.interactions.0.correct_responses.0.pattern", "a,b");
		assertThat(get(api, "cmi.interactions._count")).isEqualTo("1");
		assertThat(get(api, "cmi.interactions.0.objectives._count")).isEqualTo("2");
		assertThat(get(api, "cmi.interactions.0.correct_responses._count")).isEqualTo("1");
		assertGetFails(api, "cmi.interactions.3.objectives._count", 201);
		assertSetFails(api, "cmi.interactions.2.objectives.0.id", "o", 201);
	}

	@Test
	void aFailedSetCreatesNoArrayEntry() {
		ScormApi api = running();
		assertSetFails(api, "cmi.objectives.0.status", "done", 405);
		assertSetFails(api, "cmi.interactions.0.type", "essay", 405);
		assertThat(get(api, "cmi.objectives._count")).isEqualTo("0");
		assertThat(get(api, "cmi.interactions._count")).isEqualTo("0");
	}

	@Test
	void arraysHaveAnUpperBound() {
		ScormApi api = running();
		for (int i = 0; i < CmiDataModel.MAX_ARRAY; i++) {
			assertSet(api, "cmi.objectives." + i + ".id", "o" + i);
		}
		assertSetFails(api, "cmi.objectives." + CmiDataModel.MAX_ARRAY + ".id", "zu-viel", 101);
	}

	// ------------------------------------------------------------------ vocabularies and types (405)

	@ParameterizedTest
	@ValueSource(strings = { "passed", "completed", "failed", "incomplete", "browsed" })
	void eachLessonStatusOfTheVocabularyIsAccepted(String status) {
		ScormApi api = running();
		assertSet(api, "cmi.core.lesson_status", status);
		assertThat(get(api, "cmi.core.lesson_status")).isEqualTo(status);
	}

	@ParameterizedTest
	@ValueSource(strings = { "not attempted", "Passed", "complete", "", "unknown" })
	void lessonStatusOutsideTheSettableVocabularyAnswers405(String status) {
		assertSetFails(running(), "cmi.core.lesson_status", status, 405);
	}

	@ParameterizedTest
	@ValueSource(strings = { "time-out", "suspend", "logout", "" })
	void eachExitOfTheVocabularyIsAccepted(String exit) {
		ScormApi api = running();
		assertSet(api, "cmi.core.exit", exit);
		assertThat(api.model().exit()).isEqualTo(exit);
	}

	@ParameterizedTest
	@ValueSource(strings = { "true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert",
			"numeric" })
	void eachInteractionTypeIsAccepted(String type) {
		assertSet(running(), "cmi.interactions.0.type", type);
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct", "wrong", "unanticipated", "neutral", "0.5", "-2", "10" })
	void eachInteractionResultIsAccepted(String result) {
		assertSet(running(), "cmi.interactions.0.result", result);
	}

	@ParameterizedTest
	@ValueSource(strings = { "passed", "completed", "failed", "incomplete", "browsed", "not attempted" })
	void eachObjectiveStatusIsAccepted(String status) {
		ScormApi api = running();
		assertSet(api, "cmi.objectives.0.status", status);
		assertThat(get(api, "cmi.objectives.0.status")).isEqualTo(status);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "cmi.core.exit|quit", "cmi.core.exit|Suspend",
			"cmi.core.session_time|1:00:00", "cmi.core.session_time|00:00", "cmi.core.session_time|PT1M",
			"cmi.core.session_time|0000:00:00.123", "cmi.core.score.raw|abc", "cmi.core.score.raw|100.5",
			"cmi.core.score.raw|-1", "cmi.core.score.min|1e2", "cmi.core.score.max|101",
			"cmi.objectives.0.score.raw|200", "cmi.objectives.0.id|mit leerzeichen", "cmi.objectives.0.status|done",
			"cmi.student_preference.audio|-2", "cmi.student_preference.audio|101", "cmi.student_preference.audio|x",
			"cmi.student_preference.speed|-101", "cmi.student_preference.speed|101", "cmi.student_preference.speed|1.5",
			"cmi.student_preference.text|2", "cmi.student_preference.text|-2", "cmi.interactions.0.id|a b",
			"cmi.interactions.0.time|24:00:00", "cmi.interactions.0.time|12:60:00", "cmi.interactions.0.type|essay",
			"cmi.interactions.0.weighting|heavy", "cmi.interactions.0.result|right",
			"cmi.interactions.0.latency|12 seconds", "cmi.interactions.0.objectives.0.id|a b" })
	void valuesOfTheWrongTypeAnswer405(String element, String value) {
		assertSetFails(running(), element, value, 405);
	}

	@Test
	void textsAreLimitedToTheirLength() {
		ScormApi api = running();
		assertSet(api, "cmi.core.lesson_location", "x".repeat(255));
		assertSetFails(api, "cmi.core.lesson_location", "x".repeat(256), 405);
		assertSet(api, "cmi.comments", "x".repeat(4096));
		assertSetFails(api, "cmi.comments", "x".repeat(4097), 405);
		assertSet(api, "cmi.student_preference.language", "x".repeat(255));
		assertSetFails(api, "cmi.student_preference.language", "x".repeat(256), 405);
		assertSet(api, "cmi.interactions.0.student_response", "x".repeat(255));
		assertSetFails(api, "cmi.interactions.0.student_response", "x".repeat(256), 405);
		assertSetFails(api, "cmi.interactions.0.correct_responses.0.pattern", "x".repeat(256), 405);
		assertSet(api, "cmi.objectives.0.id", "x".repeat(255));
		assertSetFails(api, "cmi.objectives.0.id", "x".repeat(256), 405);
	}

	@Test
	void suspendDataIsKeptWholeUpTo64000CharactersAndFlaggedAbove4096() {
		ScormApi api = running();
		assertSet(api, "cmi.suspend_data", "s".repeat(4096));
		assertThat(api.model().suspendDataOverLegacyLimit()).isFalse();

		String large = "d".repeat(CmiDataModel.MAX_SUSPEND_DATA);
		assertSet(api, "cmi.suspend_data", large);
		assertThat(get(api, "cmi.suspend_data")).isEqualTo(large);
		assertThat(api.model().suspendDataOverLegacyLimit()).isTrue();

		assertSetFails(api, "cmi.suspend_data", large + "x", 405);
		assertThat(api.model().suspendData()).isEqualTo(large);
	}

	@Test
	void timespansAndTimesAcceptTheirFormats() {
		ScormApi api = running();
		for (String timespan : List.of("00:00:00", "0000:00:00.00", "12:34:56.7", "9999:99:99.99", "0001:02:03")) {
			assertSet(api, "cmi.core.session_time", timespan);
			assertSet(api, "cmi.interactions.0.latency", timespan);
		}
		for (String time : List.of("00:00:00", "23:59:59.99", "09:05:01.5")) {
			assertSet(api, "cmi.interactions.0.time", time);
		}
	}

	// ------------------------------------------------------------------ status rules

	@Test
	void theStatusNeverDropsFromPassedOrCompletedToIncomplete() {
		ScormApi api = running();
		assertSet(api, "cmi.core.lesson_status", "completed");
		assertSet(api, "cmi.core.lesson_status", "incomplete");
		assertThat(get(api, "cmi.core.lesson_status")).isEqualTo("completed");
		assertSet(api, "cmi.core.lesson_status", "browsed");
		assertThat(get(api, "cmi.core.lesson_status")).isEqualTo("completed");

		assertSet(api, "cmi.core.lesson_status", "passed");
		assertSet(api, "cmi.core.lesson_status", "incomplete");
		assertSet(api, "cmi.core.lesson_status", "completed");
		assertThat(get(api, "cmi.core.lesson_status")).as("completed keeps the judgement").isEqualTo("passed");
	}

	@Test
	void theStatusNeverDropsAcrossSessions() {
		ScormApi first = running();
		assertSet(first, "cmi.core.lesson_status", "passed");
		first.finish("");

		ScormApi second = new ScormApi(CmiDataModel.fromMap(first.model().toMap()));
		second.initialize("");
		assertSet(second, "cmi.core.lesson_status", "incomplete");
		second.commit("");
		assertThat(get(second, "cmi.core.lesson_status")).isEqualTo("passed");
	}

	@Test
	void aFailedLearnerMayTryAgain() {
		ScormApi api = running(LAUNCH_WITHOUT_MASTERY);
		assertSet(api, "cmi.core.lesson_status", "failed");
		assertSet(api, "cmi.core.lesson_status", "incomplete");
		assertThat(get(api, "cmi.core.lesson_status")).isEqualTo("incomplete");
		assertSet(api, "cmi.core.lesson_status", "passed");
		assertThat(get(api, "cmi.core.lesson_status")).isEqualTo("passed");
	}

	private static final CmiLaunch LAUNCH_WITHOUT_MASTERY = new CmiLaunch("p-42", "Muster, Erika", "credit", "normal",
			"", "", null, "", "");

	@Test
	void theMasteryScoreDecidesWhenTheContentReportsAScoreOnlyAtCommit() {
		ScormApi api = running();
		assertSet(api, "cmi.core.lesson_status", "completed");
		assertSet(api, "cmi.core.score.raw", "85");
		assertThat(get(api, "cmi.core.lesson_status")).as("not before commit").isEqualTo("completed");

		api.commit("");
		assertThat(get(api, "cmi.core.lesson_status")).isEqualTo("passed");
	}

	@Test
	void theMasteryScoreFailsALowScoreAtFinish() {
		ScormApi api = running();
		assertSet(api, "cmi.core.score.raw", "79.9");
		api.finish("");
		assertThat(api.model().lessonStatus()).isEqualTo("failed");
	}

	@Test
	void theMasteryScoreIsExactlyEnough() {
		ScormApi api = running();
		assertSet(api, "cmi.core.score.raw", "80");
		api.finish("");
		assertThat(api.model().lessonStatus()).isEqualTo("passed");
	}

	@Test
	void contentThatJudgesItselfIsNotOverruled() {
		ScormApi api = running();
		assertSet(api, "cmi.core.score.raw", "95");
		assertSet(api, "cmi.core.lesson_status", "failed");
		api.finish("");
		assertThat(api.model().lessonStatus()).isEqualTo("failed");
	}

	@Test
	void aPassIsNeverTurnedIntoAFailByALaterLowScore() {
		ScormApi first = running();
		assertSet(first, "cmi.core.score.raw", "90");
		first.finish("");
		assertThat(first.model().lessonStatus()).isEqualTo("passed");

		ScormApi second = new ScormApi(first.model());
		second.initialize("");
		assertSet(second, "cmi.core.score.raw", "10");
		second.finish("");
		assertThat(second.model().lessonStatus()).isEqualTo("passed");
	}

	@Test
	void noCreditLaunchesAreNotJudgedByTheMasteryScore() {
		ScormApi api = running(new CmiLaunch("p-42", "E", "no-credit", "normal", "", "", new BigDecimal("80"), "", ""));
		assertSet(api, "cmi.core.lesson_status", "incomplete");
		assertSet(api, "cmi.core.score.raw", "95");
		api.finish("");
		assertThat(api.model().lessonStatus()).isEqualTo("incomplete");
	}

	@Test
	void contentThatSetsNoStatusIsCompletedAtFinish() {
		ScormApi api = running(LAUNCH_WITHOUT_MASTERY);
		api.finish("");
		assertThat(api.model().lessonStatus()).isEqualTo("completed");
		assertThat(api.model().done()).isTrue();

		ScormApi browsing = running(new CmiLaunch("p-42", "E", "no-credit", "browse", "", "", null, "", ""));
		browsing.finish("");
		assertThat(browsing.model().lessonStatus()).isEqualTo("browsed");
	}

	// ------------------------------------------------------------------ entry and time

	@Test
	void entryIsAbInitioFirstResumeAfterSuspendAndEmptyOtherwise() {
		CmiDataModel model = CmiDataModel.newAttempt(LAUNCH);

		ScormApi first = new ScormApi(model);
		first.initialize("");
		assertThat(get(first, "cmi.core.entry")).isEqualTo("ab-initio");
		assertSet(first, "cmi.core.lesson_location", "seite-3");
		assertSet(first, "cmi.core.exit", "suspend");
		first.finish("");

		ScormApi second = new ScormApi(model);
		second.initialize("");
		assertThat(get(second, "cmi.core.entry")).isEqualTo("resume");
		assertThat(get(second, "cmi.core.lesson_location")).isEqualTo("seite-3");
		assertSet(second, "cmi.core.exit", "logout");
		second.finish("");

		ScormApi third = new ScormApi(model);
		third.initialize("");
		assertThat(get(third, "cmi.core.entry")).isEmpty();
		assertThat(model.sessions()).isEqualTo(3);
	}

	@Test
	void totalTimeAddsEachSessionTimeAtFinish() {
		CmiDataModel model = CmiDataModel.newAttempt(LAUNCH);
		ScormApi first = new ScormApi(model);
		first.initialize("");
		assertSet(first, "cmi.core.session_time", "0000:10:00");
		assertSet(first, "cmi.core.session_time", "0000:20:30.5");
		assertThat(get(first, "cmi.core.total_time")).as("not before finish").isEqualTo("0000:00:00.00");
		first.commit("");
		assertThat(get(first, "cmi.core.total_time")).as("not at commit").isEqualTo("0000:00:00.00");
		first.finish("");
		assertThat(model.totalTime()).isEqualTo("0000:20:30.50");

		ScormApi second = new ScormApi(model);
		second.initialize("");
		assertSet(second, "cmi.core.session_time", "01:45:00.55");
		second.finish("");
		assertThat(model.totalTime()).isEqualTo("0002:05:31.05");
		assertThat(model.totalTimeCentiseconds()).isEqualTo((2 * 3600 + 5 * 60 + 31) * 100 + 5);

		ScormApi third = new ScormApi(model);
		third.initialize("");
		third.finish("");
		assertThat(model.totalTime()).as("a session without time adds nothing").isEqualTo("0002:05:31.05");
	}

	@Test
	void anAbandonedSessionCanBeEndedByThePlatform() {
		ScormApi api = running();
		assertSet(api, "cmi.core.session_time", "0000:05:00");
		assertSet(api, "cmi.core.lesson_status", "incomplete");
		CmiDataModel stored = CmiDataModel.fromMap(api.model().toMap());
		assertThat(stored.sessionOpen()).isTrue();

		stored.endSession();

		assertThat(stored.sessionOpen()).isFalse();
		assertThat(stored.totalTime()).isEqualTo("0000:05:00.00");
		assertThat(stored.lessonStatus()).isEqualTo("incomplete");
	}

	// ------------------------------------------------------------------ persistence

	@Test
	void theWholeStateSurvivesAJsonRoundTrip() {
		ScormApi api = running();
		assertSet(api, "cmi.core.lesson_location", "seite-9");
		assertSet(api, "cmi.core.lesson_status", "incomplete");
		assertSet(api, "cmi.core.score.raw", "40");
		assertSet(api, "cmi.core.score.min", "0");
		assertSet(api, "cmi.core.score.max", "100");
		assertSet(api, "cmi.core.exit", "suspend");
		assertSet(api, "cmi.core.session_time", "0000:03:00");
		assertSet(api, "cmi.suspend_data", "ä".repeat(5000));
		assertSet(api, "cmi.comments", "Notiz");
		assertSet(api, "cmi.student_preference.language", "de");
		assertSet(api, "cmi.student_preference.audio", "50");
		assertSet(api, "cmi.objectives.0.id", "kap1");
		assertSet(api, "cmi.objectives.0.status", "failed");
		assertSet(api, "cmi.objectives.0.score.raw", "20");
		assertSet(api, "cmi.interactions.0.id", "q1");
		assertSet(api, "cmi.interactions.0.type", "choice");
		assertSet(api, "cmi.interactions.0.objectives.0.id", "kap1");
		assertSet(api, "cmi.interactions.0.correct_responses.0.pattern", "b");
		assertSet(api, "cmi.interactions.0.student_response", "c");
		assertSet(api, "cmi.interactions.0.result", "wrong");
		assertSet(api, "cmi.interactions.0.latency", "0000:00:07");
		assertSet(api, "cmi.interactions.0.time", "10:00:00");
		assertSet(api, "cmi.interactions.0.weighting", "1");
		assertSet(api, "cmi.interactions.1.result", "0.5");
		Map<String, Object> map = api.model().toMap();

		JsonMapper json = JsonMapper.builder().build();
		@SuppressWarnings("unchecked")
		Map<String, Object> read = json.readValue(json.writeValueAsString(map), LinkedHashMap.class);
		CmiDataModel copy = CmiDataModel.fromMap(read);

		assertThat(copy.toMap()).isEqualTo(map);
		ScormApi resumed = new ScormApi(copy, ScormApi.State.RUNNING);
		assertThat(get(resumed, "cmi.core.lesson_location")).isEqualTo("seite-9");
		assertThat(get(resumed, "cmi.suspend_data")).hasSize(5000);
		assertThat(get(resumed, "cmi.objectives.0.score.raw")).isEqualTo("20");
		assertThat(get(resumed, "cmi.interactions._count")).isEqualTo("2");
		assertThat(copy.rawValue("cmi.interactions.0.correct_responses.0.pattern")).isEqualTo("b");
		resumed.finish("");
		assertThat(copy.totalTime()).isEqualTo("0000:03:00.00");
		assertThat(copy.lessonStatus()).as("40 is below the mastery score").isEqualTo("failed");
	}

	@Test
	void aTamperedStoreIsRefused() {
		Map<String, Object> map = running().model().toMap();
		@SuppressWarnings("unchecked")
		Map<String, Object> core = new LinkedHashMap<>((Map<String, Object>) map.get("core"));
		core.put("lesson_location", "x".repeat(300));
		Map<String, Object> tampered = new LinkedHashMap<>(map);
		tampered.put("core", core);

		assertThatThrownBy(() -> CmiDataModel.fromMap(tampered)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CmiDataModel.fromMap(Map.of("format", "other")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
