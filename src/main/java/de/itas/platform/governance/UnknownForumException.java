package de.itas.platform.governance;

import de.itas.platform.shared.web.NotFoundException;

/** A forum, card batch or topic that does not exist (answered with the 404 page). */
public class UnknownForumException extends NotFoundException {

	private final String what;

	public UnknownForumException(String what) {
		this.what = what;
	}

	@Override
	public String getMessage() {
		return "No forum, card batch or topic " + what;
	}

}
