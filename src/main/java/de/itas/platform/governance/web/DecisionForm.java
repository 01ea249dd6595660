package de.itas.platform.governance.web;

import org.jspecify.annotations.Nullable;

import de.itas.platform.governance.Outcome;

/** The coordination's decision on a contribution: the outcome and its reason in plain words. */
class DecisionForm {

	private @Nullable Outcome outcome;
	private String reason = "";

	public @Nullable Outcome getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable Outcome outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
