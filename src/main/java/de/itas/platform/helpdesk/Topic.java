package de.itas.platform.helpdesk;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What an inquiry is about. The keys are stable: other modules link to {@code /anliegen/neu?thema=KEY}.
 * Each topic names the action field whose lead partner answers it when no routing rule says otherwise.
 */
public enum Topic {

	QUALIFICATION_FUNDING("qualifizierung"),
	TECHNOLOGY_INNOVATION("innovation"),
	STRATEGY_BUSINESS("industriepolitik"),
	WORK_EMPLOYMENT("arbeit"),
	LOCATION_POLICY("industriepolitik"),
	REORIENTATION("qualifizierung"),
	OTHER(null);

	private final @Nullable String actionField;

	Topic(@Nullable String actionField) {
		this.actionField = actionField;
	}

	/** The region's action field this topic belongs to; none for {@link #OTHER}, which coordination sorts. */
	public Optional<String> actionField() {
		return Optional.ofNullable(actionField);
	}

	public String messageKey() {
		return "helpdesk.topic." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The topic for a key from a link, if it is one. */
	public static Optional<Topic> fromKey(@Nullable String key) {
		if (key == null) {
			return Optional.empty();
		}
		for (Topic topic : values()) {
			if (topic.name().equalsIgnoreCase(key.strip())) {
				return Optional.of(topic);
			}
		}
		return Optional.empty();
	}

}
