package de.itas.platform.governance;

import de.itas.platform.shared.web.NotFoundException;

/** A charter version or section that does not exist (answered with the 404 page). */
public class UnknownCharterException extends NotFoundException {

	private final String what;

	public UnknownCharterException(String what) {
		this.what = what;
	}

	@Override
	public String getMessage() {
		return "No charter version or section " + what;
	}

}
