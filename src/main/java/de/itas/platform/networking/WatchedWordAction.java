package de.itas.platform.networking;

import java.util.Locale;

/** What happens to a post with a watched word. */
public enum WatchedWordAction {

	/** Refused with a message naming the rule; the typed text stays in the form. */
	BLOCK,
	/** Saved but shown only to its author and the moderators until a moderator releases it. */
	HOLD,
	/** Published and put into the moderation queue as a report of the system. */
	FLAG;

	public String messageKey() {
		return "networking.moderation.words.action." + name().toLowerCase(Locale.ROOT);
	}

}
