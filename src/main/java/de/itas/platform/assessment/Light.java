package de.itas.platform.assessment;

import org.jspecify.annotations.Nullable;

/** The traffic light of a score: green from 67, yellow from 40, red below; grey when there is no score. */
public enum Light {

	GREEN, YELLOW, RED, GREY;

	public static final int GREEN_FROM = 67;
	public static final int YELLOW_FROM = 40;

	public static Light of(@Nullable Integer score) {
		if (score == null) {
			return GREY;
		}
		if (score >= GREEN_FROM) {
			return GREEN;
		}
		return score >= YELLOW_FROM ? YELLOW : RED;
	}

	public String messageKey() {
		return "assessment.light." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
