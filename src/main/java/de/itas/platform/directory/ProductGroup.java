package de.itas.platform.directory;

import org.springframework.modulith.NamedInterface;

/** Product groups of the automotive supplier industry (a company may serve several). */
@NamedInterface("api")
public enum ProductGroup implements Labelled {

	DRIVETRAIN_CHASSIS, BODY, INTERIOR, ELECTRICS_ELECTRONICS, OTHER;

	@Override
	public String messageKey() {
		return Keys.of("product-group", this);
	}

}
