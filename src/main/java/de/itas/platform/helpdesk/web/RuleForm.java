package de.itas.platform.helpdesk.web;

import org.jspecify.annotations.Nullable;

import de.itas.platform.helpdesk.Topic;

/**
 * A routing rule as an admin chose it; an empty topic or district means "every topic" or "every district".
 */
record RuleForm(@Nullable String topic, @Nullable String districtCode, @Nullable String teamCode) {

	@Nullable Topic chosenTopic() {
		return Topic.fromKey(topic).orElse(null);
	}

	@Nullable String district() {
		return districtCode == null || districtCode.isBlank() ? null : districtCode;
	}

	String team() {
		return teamCode == null ? "" : teamCode;
	}

}
