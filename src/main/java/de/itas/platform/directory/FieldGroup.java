package de.itas.platform.directory;

import java.util.Locale;

/**
 * The field groups of a company profile; each has its own {@link Visibility}. The basic group decides
 * whether the company appears at all, so no other group may be visible to more people than it.
 */
public enum FieldGroup implements Labelled {

	/** Name, legal form, district, industry (WZ 2008) and the public description. */
	BASIC,
	/** Street, postcode and city. */
	ADDRESS,
	/** Number of employees and the size class derived from it. */
	SIZE,
	/** Position in the value chain and product groups. */
	PORTFOLIO,
	/** Share of revenue that depends on combustion-engine parts. */
	COMBUSTION,
	/** Capabilities and technologies, certifications. */
	CAPABILITIES,
	/** Website, phone, e-mail address and contact person. */
	CONTACT;

	@Override
	public String messageKey() {
		return Keys.of("group", this);
	}

	/** The form field of this group's visibility, e.g. {@code portfolioVisibility}. */
	public String visibilityField() {
		return name().toLowerCase(Locale.ROOT) + "Visibility";
	}

}
