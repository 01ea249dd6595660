package de.itas.platform.helpdesk;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What an inquiry is about. The keys are stable: other modules link to {@code /anliegen/neu?thema=KEY}.
 * Which of the region's action fields a topic belongs to (its lead partner answers it when no routing rule
 * says otherwise) is region data: {@code region/<name>/helpdesk-topics.json}, read by {@link TopicFields}.
 */
public enum Topic {

	QUALIFICATION_FUNDING,
	TECHNOLOGY_INNOVATION,
	STRATEGY_BUSINESS,
	WORK_EMPLOYMENT,
	LOCATION_POLICY,
	REORIENTATION,
	OTHER;

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
