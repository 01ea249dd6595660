package de.itas.platform.learning;

import java.util.Locale;

/** What a library item is: an article written here, a study as PDF, a video on an external host, a link. */
public enum ContentKind {

	ARTICLE, STUDY, VIDEO, LINK;

	public String messageKey() {
		return "learning.library.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** The kind in URLs ({@code ?art=studie}), German like the platform's other addresses. */
	public String urlName() {
		return switch (this) {
			case ARTICLE -> "artikel";
			case STUDY -> "studie";
			case VIDEO -> "video";
			case LINK -> "link";
		};
	}

	public static java.util.Optional<ContentKind> ofUrlName(String name) {
		for (ContentKind kind : values()) {
			if (kind.urlName().equals(name)) {
				return java.util.Optional.of(kind);
			}
		}
		return java.util.Optional.empty();
	}

}
