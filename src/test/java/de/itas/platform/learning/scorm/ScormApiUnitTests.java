package de.itas.platform.learning.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The session side of the SCORM 1.2 API: initialise and finish, 101, 201 and 301, error strings, diagnostics. */
class ScormApiUnitTests {

	private static ScormApi fresh() {
		return new ScormApi(CmiDataModel.newAttempt(
				new CmiLaunch("p-7", "Lernende", "credit", "normal", "", "", new BigDecimal("50"), "", "")));
	}

	@Test
	void everyCallBeforeInitializeAnswers301() {
		ScormApi api = fresh();

		assertThat(api.getValue("cmi.core.student_id")).isEmpty();
		assertThat(api.getLastError()).isEqualTo("301");
		assertThat(api.setValue("cmi.core.lesson_location", "x")).isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("301");
		assertThat(api.commit("")).isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("301");
		assertThat(api.finish("")).isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("301");
		assertThat(api.state()).isEqualTo(ScormApi.State.NOT_INITIALIZED);
	}

	@Test
	void initializeOpensTheSessionOnceAndFinishClosesIt() {
		ScormApi api = fresh();

		assertThat(api.initialize("")).isEqualTo("true");
		assertThat(api.getLastError()).isEqualTo("0");
		assertThat(api.state()).isEqualTo(ScormApi.State.RUNNING);
		assertThat(api.initialize("")).as("a second initialize").isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("101");
		assertThat(api.getValue("cmi.core.student_id")).as("the session still runs").isEqualTo("p-7");

		assertThat(api.finish("")).isEqualTo("true");
		assertThat(api.state()).isEqualTo(ScormApi.State.FINISHED);
		assertThat(api.getValue("cmi.core.student_id")).isEmpty();
		assertThat(api.getLastError()).isEqualTo("301");
		assertThat(api.setValue("cmi.core.lesson_location", "x")).isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("301");
		assertThat(api.finish("")).isEqualTo("false");
		assertThat(api.initialize("")).as("no second session on a finished API").isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("101");
	}

	@Test
	void theParameterOfInitializeFinishAndCommitMustBeEmpty() {
		ScormApi api = fresh();
		assertThat(api.initialize("x")).isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("201");
		assertThat(api.initialize(null)).as("JavaScript's undefined").isEqualTo("true");
		assertThat(api.commit("now")).isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("201");
		assertThat(api.commit("")).isEqualTo("true");
		assertThat(api.finish("bye")).isEqualTo("false");
		assertThat(api.getLastError()).isEqualTo("201");
		assertThat(api.state()).isEqualTo(ScormApi.State.RUNNING);
		assertThat(api.finish(null)).isEqualTo("true");
	}

	@Test
	void aSuccessfulCallClearsTheLastError() {
		ScormApi api = fresh();
		api.initialize("");
		api.getValue("cmi.core.exit");
		assertThat(api.getLastError()).isEqualTo("404");
		assertThat(api.getLastError()).as("asking does not clear it").isEqualTo("404");
		api.getValue("cmi.core.lesson_status");
		assertThat(api.getLastError()).isEqualTo("0");
		assertThat(api.lastError()).isEqualTo(ScormError.NO_ERROR);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0|No error", "101|General exception", "201|Invalid argument error",
			"202|Element cannot have children", "203|Element not an array - cannot have count",
			"301|Not initialized", "401|Not implemented error", "402|Invalid set value, element is a keyword",
			"403|Element is read only", "404|Element is write only", "405|Incorrect Data Type" })
	void everyErrorCodeHasItsStandardString(String code, String text) {
		ScormApi api = fresh();
		assertThat(api.getErrorString(code)).isEqualTo(text);
		assertThat(api.getDiagnostic(code)).as("another code than the last").isIn(text, "No error");
	}

	@Test
	void unknownCodesHaveNoString() {
		ScormApi api = fresh();
		assertThat(api.getErrorString("999")).isEmpty();
		assertThat(api.getErrorString("")).isEmpty();
		assertThat(api.getErrorString(null)).isEmpty();
		assertThat(ScormError.values()).hasSize(11);
	}

	@Test
	void theDiagnosticSaysWhatExactlyWentWrong() {
		ScormApi api = fresh();
		api.initialize("");
		api.setValue("cmi.core.score.raw", "120");

		assertThat(api.getLastError()).isEqualTo("405");
		assertThat(api.getDiagnostic("")).contains("cmi.core.score.raw").contains("0 to 100");
		assertThat(api.getDiagnostic("405")).isEqualTo(api.getDiagnostic(""));
		assertThat(api.getDiagnostic("301")).isEqualTo("Not initialized");

		api.getValue("cmi.core.student_id");
		assertThat(api.getDiagnostic("")).isEqualTo("No error");
	}

	@Test
	void aSessionCanBeTakenUpInItsState() {
		ScormApi first = fresh();
		first.initialize("");
		first.setValue("cmi.core.lesson_location", "p3");

		ScormApi again = new ScormApi(CmiDataModel.fromMap(first.model().toMap()), ScormApi.State.RUNNING);

		assertThat(again.getValue("cmi.core.lesson_location")).isEqualTo("p3");
		assertThat(again.initialize("")).isEqualTo("false");
		assertThat(again.finish("")).isEqualTo("true");
		assertThat(again.model().lessonStatus()).isEqualTo("completed");
	}

}
