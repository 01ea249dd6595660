package de.itas.platform.directory;

import org.springframework.modulith.NamedInterface;

/** Where a company stands in the automotive value chain. */
@NamedInterface("api")
public enum ValueChainPosition implements Labelled {

	OEM, TIER_1, TIER_2, TIER_3,
	/** Ausrüster/Maschinenbau: equipment and machine builders. */
	EQUIPMENT,
	/** Dienstleister: engineering, IT, logistics and other services. */
	SERVICE, OTHER;

	@Override
	public String messageKey() {
		return Keys.of("position", this);
	}

}
