package de.itas.platform.networking;

/** One of the reader's organisations' posts on "meine" with its counts. */
public record OwnPost(PostView post, int matches, long openRequests) {
}
