package de.itas.platform.networking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new thread, a reply or an edited post: title (new threads only), Markdown text, the people mentioned. */
public class DiscussionPostForm {

	private @Nullable String title;

	private @Nullable String body;

	private List<UUID> mentions = new ArrayList<>();

	private long version;

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getBody() {
		return body;
	}

	public void setBody(@Nullable String body) {
		this.body = body;
	}

	public List<UUID> getMentions() {
		return mentions;
	}

	public void setMentions(@Nullable List<UUID> mentions) {
		this.mentions = mentions == null ? new ArrayList<>() : mentions;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
