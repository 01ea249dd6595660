package de.itas.platform.governance;

/**
 * Somebody else saved the section since the editor opened it. Carries the text saved meanwhile and the text
 * the editor wanted to save, so that the page shows both and nothing typed is lost.
 */
public class EditConflictException extends RuntimeException {

	private final SectionView current;
	private final String yourHeading;
	private final String yourBody;

	public EditConflictException(SectionView current, String yourHeading, String yourBody) {
		super("Section " + current.sectionId() + " was changed meanwhile (now revision " + current.revision() + ")");
		this.current = current;
		this.yourHeading = yourHeading;
		this.yourBody = yourBody;
	}

	public SectionView current() {
		return current;
	}

	public String yourHeading() {
		return yourHeading;
	}

	public String yourBody() {
		return yourBody;
	}

}
