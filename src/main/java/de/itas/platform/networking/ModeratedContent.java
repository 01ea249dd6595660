package de.itas.platform.networking;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An item as moderators see it.
 *
 * @param authorId the account that wrote it (told of every decision), none when the account was deleted
 * @param title a short title for the queue (a thread's title, a post's heading)
 * @param text the text as the author wrote it (Markdown where the kind allows it)
 * @param path the address of the page that shows it in context
 * @param hidden whether it is hidden now
 */
record ModeratedContent(String kind, UUID itemId, @Nullable UUID authorId, String title, String text, String path,
		boolean hidden) {
}
