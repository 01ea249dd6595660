package de.itas.platform.learning.scorm;

import org.jspecify.annotations.Nullable;

/**
 * The server's half of the SCORM 1.2 run-time API for one session of one SCO: the eight calls with their state
 * (not initialised, running, finished), the last error and its diagnostic, working on a {@link CmiDataModel}.
 * Returns are strings as the JavaScript API returns them ({@code "true"}/{@code "false"}, values, error codes), so
 * the browser side can pass them through unchanged. A missing argument ({@code null}, JavaScript's
 * {@code undefined}) counts as the empty string. Not thread-safe: one session, one caller.
 */
public final class ScormApi {

	/** Where the session stands; a finished session accepts no further calls but the error calls. */
	public enum State {
		NOT_INITIALIZED, RUNNING, FINISHED
	}

	private static final String TRUE = "true";

	private static final String FALSE = "false";

	private final CmiDataModel model;

	private State state;

	private ScormError lastError = ScormError.NO_ERROR;

	private String diagnostic = "";

	/** A new session on the model, waiting for {@code LMSInitialize}. */
	public ScormApi(CmiDataModel model) {
		this(model, State.NOT_INITIALIZED);
	}

	/** A session taken up again in the given state (the server may hold it across requests). */
	public ScormApi(CmiDataModel model, State state) {
		this.model = model;
		this.state = state;
	}

	public CmiDataModel model() {
		return model;
	}

	public State state() {
		return state;
	}

	public ScormError lastError() {
		return lastError;
	}

	/** {@code LMSInitialize("")}: opens the session; a second call is a general exception (101). */
	public String initialize(@Nullable String parameter) {
		if (!empty(parameter)) {
			return fail(ScormError.INVALID_ARGUMENT, "LMSInitialize takes an empty string.");
		}
		if (state != State.NOT_INITIALIZED) {
			return fail(ScormError.GENERAL_EXCEPTION,
					state == State.RUNNING ? "The session is already initialized." : "The session has finished.");
		}
		model.beginSession();
		state = State.RUNNING;
		return succeed(TRUE);
	}

	/** {@code LMSFinish("")}: ends the session, applying the end-of-session rules of {@link CmiDataModel}. */
	public String finish(@Nullable String parameter) {
		if (!empty(parameter)) {
			return fail(ScormError.INVALID_ARGUMENT, "LMSFinish takes an empty string.");
		}
		if (state != State.RUNNING) {
			return fail(ScormError.NOT_INITIALIZED, "LMSFinish before LMSInitialize or after LMSFinish.");
		}
		model.endSession();
		state = State.FINISHED;
		return succeed(TRUE);
	}

	/** {@code LMSGetValue(element)}: the value, or an empty string with the last error set. */
	public String getValue(@Nullable String element) {
		if (state != State.RUNNING) {
			failWith(ScormError.NOT_INITIALIZED, "LMSGetValue outside a running session.");
			return "";
		}
		CmiDataModel.Outcome outcome = model.get(element == null ? "" : element);
		if (!outcome.succeeded()) {
			failWith(outcome.error(), outcome.diagnostic());
			return "";
		}
		return succeed(outcome.value());
	}

	/** {@code LMSSetValue(element, value)}: {@code "true"}, or {@code "false"} with the last error set. */
	public String setValue(@Nullable String element, @Nullable String value) {
		if (state != State.RUNNING) {
			return fail(ScormError.NOT_INITIALIZED, "LMSSetValue outside a running session.");
		}
		CmiDataModel.Outcome outcome = model.set(element == null ? "" : element, value == null ? "" : value);
		if (!outcome.succeeded()) {
			return fail(outcome.error(), outcome.diagnostic());
		}
		return succeed(TRUE);
	}

	/** {@code LMSCommit("")}: applies the commit rules; the caller then persists {@link CmiDataModel#toMap()}. */
	public String commit(@Nullable String parameter) {
		if (!empty(parameter)) {
			return fail(ScormError.INVALID_ARGUMENT, "LMSCommit takes an empty string.");
		}
		if (state != State.RUNNING) {
			return fail(ScormError.NOT_INITIALIZED, "LMSCommit outside a running session.");
		}
		model.applyCommitRules();
		return succeed(TRUE);
	}

	/** {@code LMSGetLastError()}: the code of the last call's error, {@code "0"} after a successful call. */
	public String getLastError() {
		return lastError.codeString();
	}

	/** {@code LMSGetErrorString(code)}: the standard text of a code, empty for an unknown one. */
	public String getErrorString(@Nullable String code) {
		return code == null ? "" : ScormError.of(code).map(ScormError::text).orElse("");
	}

	/**
	 * {@code LMSGetDiagnostic(code)}: for the last error (or an empty argument) what exactly went wrong; for another
	 * code its standard text.
	 */
	public String getDiagnostic(@Nullable String code) {
		if (code == null || code.isBlank() || code.strip().equals(lastError.codeString())) {
			return diagnostic.isEmpty() ? lastError.text() : diagnostic;
		}
		return getErrorString(code);
	}

	private static boolean empty(@Nullable String parameter) {
		return parameter == null || parameter.isEmpty();
	}

	private String succeed(String value) {
		lastError = ScormError.NO_ERROR;
		diagnostic = "";
		return value;
	}

	private String fail(ScormError error, String detail) {
		failWith(error, detail);
		return FALSE;
	}

	private void failWith(ScormError error, String detail) {
		lastError = error;
		diagnostic = detail;
	}

}
