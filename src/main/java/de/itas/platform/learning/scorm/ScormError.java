package de.itas.platform.learning.scorm;

import java.util.Arrays;
import java.util.Optional;

/**
 * The error codes of the SCORM 1.2 run-time API with the standard strings {@code LMSGetErrorString} returns. The
 * strings are part of the API contract (content compares them), so they stay in English and are not translated.
 */
public enum ScormError {

	NO_ERROR(0, "No error"),
	GENERAL_EXCEPTION(101, "General exception"),
	INVALID_ARGUMENT(201, "Invalid argument error"),
	ELEMENT_CANNOT_HAVE_CHILDREN(202, "Element cannot have children"),
	ELEMENT_NOT_AN_ARRAY(203, "Element not an array - cannot have count"),
	NOT_INITIALIZED(301, "Not initialized"),
	NOT_IMPLEMENTED(401, "Not implemented error"),
	INVALID_SET_VALUE_KEYWORD(402, "Invalid set value, element is a keyword"),
	READ_ONLY(403, "Element is read only"),
	WRITE_ONLY(404, "Element is write only"),
	INCORRECT_DATA_TYPE(405, "Incorrect Data Type");

	private final int code;

	private final String text;

	ScormError(int code, String text) {
		this.code = code;
		this.text = text;
	}

	public int code() {
		return code;
	}

	/** The code as the API returns it, a string. */
	public String codeString() {
		return Integer.toString(code);
	}

	public String text() {
		return text;
	}

	public static Optional<ScormError> of(String code) {
		return Arrays.stream(values()).filter(error -> error.codeString().equals(code.strip())).findFirst();
	}

}
