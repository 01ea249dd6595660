package de.itas.platform.directory;

/** Product groups of the automotive supplier industry (a company may serve several). */
public enum ProductGroup implements Labelled {

	DRIVETRAIN_CHASSIS, BODY, INTERIOR, ELECTRICS_ELECTRONICS, OTHER;

	@Override
	public String messageKey() {
		return Keys.of("product-group", this);
	}

}
