package de.itas.platform.shared.persistence;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start of the embedded database into Spring Boot's short failure report (reason and
 * action) instead of a long stack trace.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
		return new FailureAnalysis("The embedded PostgreSQL database could not start: " + cause.getMessage(),
				cause.action(), cause);
	}

}
