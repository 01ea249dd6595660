package de.itas.platform.directory;

/** The two kinds of free-text tags of a profile, each with its own limit. */
public enum TagKind {

	/** Capabilities and technologies (Kompetenzen und Technologien). */
	CAPABILITY(20),
	/** Certifications (Zertifizierungen). */
	CERTIFICATION(10);

	private final int maxCount;

	TagKind(int maxCount) {
		this.maxCount = maxCount;
	}

	public int maxCount() {
		return maxCount;
	}

}
