package de.itas.platform.shared.operations;

import java.util.List;

/** The {@code prod} profile was started with a configuration that is not fit for production. */
class ProductionMisconfigurationException extends RuntimeException {

	ProductionMisconfigurationException(List<String> problems) {
		super("The prod profile refuses to start: " + String.join("; ", problems));
	}

}
