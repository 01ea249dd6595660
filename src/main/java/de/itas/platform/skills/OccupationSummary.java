package de.itas.platform.skills;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An occupation of the taxonomy as lists show it.
 *
 * @param greenShare share of green skills (from the taxonomy, or computed from its green skill collection)
 * @param digitalShare share of the occupation's skills that are in the digital skill collection
 */
@NamedInterface("api")
public record OccupationSummary(String uri, String label, @Nullable String iscoGroup, @Nullable String iscoGroupLabel,
		double greenShare, double digitalShare, int skillCount) {

	/** A short key for element ids on pages that show several occupations. */
	public String key() {
		return Integer.toHexString(uri.hashCode());
	}

	public int greenPercent() {
		return (int) Math.round(greenShare * 100);
	}

	public int digitalPercent() {
		return (int) Math.round(digitalShare * 100);
	}

}
