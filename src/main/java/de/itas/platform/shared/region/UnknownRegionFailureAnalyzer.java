package de.itas.platform.shared.region;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unknown region in Spring Boot's short failure report, with the regions to choose from. */
class UnknownRegionFailureAnalyzer extends AbstractFailureAnalyzer<UnknownRegionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownRegionException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set ITAS_REGION (or platform.region) to one of: " + String.join(", ", cause.available()), cause);
	}

}
