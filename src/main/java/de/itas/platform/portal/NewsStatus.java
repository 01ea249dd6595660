package de.itas.platform.portal;

import java.util.Locale;

/** Where a news article stands in its four-eyes workflow. */
public enum NewsStatus {

	/** Being written; only editors see it. */
	DRAFT,
	/** Waiting for a second person to review and publish it. */
	SUBMITTED,
	/** Reviewed and public from its publish time on. */
	PUBLISHED;

	/** The message key of the status' name. */
	public String messageKey() {
		return "portal.news.status." + name().toLowerCase(Locale.ROOT);
	}

}
