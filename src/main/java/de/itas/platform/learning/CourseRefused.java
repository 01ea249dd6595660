package de.itas.platform.learning;

/** An action on a course that its state does not allow (e.g. a quiz answered without enrolment). */
public class CourseRefused extends RuntimeException {

	private final String messageKey;

	public CourseRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
