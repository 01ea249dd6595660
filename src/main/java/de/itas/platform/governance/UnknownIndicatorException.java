package de.itas.platform.governance;

import de.itas.platform.shared.web.NotFoundException;

/** An indicator, value or snapshot that does not exist or that the person may not see (answered with 404). */
public class UnknownIndicatorException extends NotFoundException {

	private final String what;

	public UnknownIndicatorException(String what) {
		this.what = what;
	}

	@Override
	public String getMessage() {
		return "No indicator, value or snapshot " + what;
	}

}
