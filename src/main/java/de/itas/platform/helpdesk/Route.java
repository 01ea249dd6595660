package de.itas.platform.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * Where an inquiry goes: a partner's team, or (both absent) the coordination queue.
 *
 * @param rule the rule that matched; absent when the default from the action fields applied
 */
public record Route(@Nullable String partnerCode, @Nullable String teamCode, @Nullable Long rule) {

	static Route coordination() {
		return new Route(null, null, null);
	}

	public boolean toCoordination() {
		return teamCode == null;
	}

}
