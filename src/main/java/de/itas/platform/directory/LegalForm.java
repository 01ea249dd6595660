package de.itas.platform.directory;

/** Legal form (Rechtsform) of a company. */
public enum LegalForm implements Labelled {

	GMBH, GMBH_CO_KG, UG, AG, SE, KG, OHG, EK, GBR, EG, OTHER;

	@Override
	public String messageKey() {
		return Keys.of("legal-form", this);
	}

}
