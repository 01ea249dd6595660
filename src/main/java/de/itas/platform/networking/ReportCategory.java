package de.itas.platform.networking;

import java.util.Locale;

/**
 * Why a member reports an item; each category points at the rule of the discussion terms it concerns
 * ({@code /diskussionen/regeln}).
 */
public enum ReportCategory {

	ILLEGAL(1), INSULT(2), SPAM(3), PERSONAL_DATA(4), OFF_TOPIC(5), OTHER(6),
	/** Filed by the platform itself when a watched word flagged or held an item. */
	WATCHED_WORD(6);

	private final int rule;

	ReportCategory(int rule) {
		this.rule = rule;
	}

	/** The number of the rule of the discussion terms. */
	public int rule() {
		return rule;
	}

	public String messageKey() {
		return "networking.moderation.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The categories a member chooses from. */
	public static ReportCategory[] chosen() {
		return new ReportCategory[] { ILLEGAL, INSULT, SPAM, PERSONAL_DATA, OFF_TOPIC, OTHER };
	}

}
