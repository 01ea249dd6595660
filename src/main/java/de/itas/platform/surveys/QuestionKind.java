package de.itas.platform.surveys;

import org.springframework.modulith.NamedInterface;

/** What a question asks for, and so how it is answered, checked and counted. */
@NamedInterface("api")
public enum QuestionKind {

	/** One option of several. */
	SINGLE,
	/** Several options, between a minimum and a maximum. */
	MULTIPLE,
	/** One value of a scale with labelled ends, e.g. 1–5. */
	SCALE,
	/** Free text, short or long, with a length limit. */
	TEXT,
	/** Several rows, each answered on the same scale. */
	MATRIX,
	/** The options put in an order. */
	RANKING,
	/** A number, optionally between limits. */
	NUMBER,
	/** A date. */
	DATE,
	/** One of the region's districts. */
	DISTRICT;

	/** Whether the answer is one of a fixed set of codes (options, scale values, districts). */
	public boolean categorical() {
		return this == SINGLE || this == MULTIPLE || this == SCALE || this == DISTRICT;
	}

	/** The message key of the kind's name. */
	public String messageKey() {
		return "surveys.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
