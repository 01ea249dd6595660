package de.itas.platform.learning;

/** A course is visible to learners only when published; drafts only to those who may edit them. */
public enum CourseStatus {

	DRAFT, PUBLISHED;

	public String messageKey() {
		return "learning.course.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
