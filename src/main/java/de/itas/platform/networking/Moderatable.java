package de.itas.platform.networking;

import java.util.Optional;
import java.util.UUID;

/**
 * A kind of item members write that moderation can act on: a discussion post, an offer or request of the
 * cooperation exchange. Each part of the module registers one bean per kind; the moderation queue, its decisions
 * and appeals work through this interface only, so a new kind of item joins moderation by implementing it.
 * Every method runs in the caller's transaction.
 */
interface Moderatable {

	/** The kind's id, lower case with dashes, e.g. {@code discussion-post}; stored with reports and actions. */
	String kind();

	/** The item as moderators see it (hidden items included); empty when it does not exist. */
	Optional<ModeratedContent> content(UUID itemId);

	/**
	 * Hides the item from everyone but its author and the moderators (pages, search, digests, matching, the API),
	 * or shows it again.
	 */
	void setHidden(UUID itemId, boolean hidden);

	/** Replaces the item's text by the moderator's edited version (the statement of reasons says why). */
	void replaceText(UUID itemId, String text);

}
