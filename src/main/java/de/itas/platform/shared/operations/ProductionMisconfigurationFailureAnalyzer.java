package de.itas.platform.shared.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused production start as a short reason and action, without a stack trace. */
class ProductionMisconfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ProductionMisconfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ProductionMisconfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"See docs/operations.md for the settings the prod profile needs.", cause);
	}

}
