package de.itas.platform.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * Which bookable slots to show; every part is optional.
 *
 * @param districtCode on-site slots at help desks of this district (video and phone slots suit every district)
 * @param kind on site, by video or by phone
 * @param topic slots offered for this topic
 * @param teamCode slots of this team (for pages about one team's case)
 */
public record SlotFilter(@Nullable String districtCode, @Nullable SlotKind kind, @Nullable Topic topic,
		@Nullable String teamCode) {

	public static SlotFilter all() {
		return new SlotFilter(null, null, null, null);
	}

	public static SlotFilter ofTeam(String teamCode) {
		return new SlotFilter(null, null, null, teamCode);
	}

	/** Whether a person chose any filter (the team is never the person's choice). */
	public boolean narrowed() {
		return districtCode != null || kind != null || topic != null;
	}

}
