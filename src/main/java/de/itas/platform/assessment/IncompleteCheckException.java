package de.itas.platform.assessment;

import java.util.List;

/** A check cannot be scored while questions are unanswered ("weiß nicht" counts as an answer). */
public class IncompleteCheckException extends RuntimeException {

	private final List<String> missing;

	public IncompleteCheckException(List<String> missing) {
		super("Unanswered questions: " + missing);
		this.missing = List.copyOf(missing);
	}

	/** The keys of the unanswered questions. */
	public List<String> missing() {
		return missing;
	}

}
