package de.itas.platform.portal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a subscriber wants to hear about; the label is the message {@code portal.newsletter.topic.<name>}. */
public enum NewsletterTopic {

	NEWS, EVENTS, TRAINING, FUNDING;

	public String labelKey() {
		return "portal.newsletter.topic." + name();
	}

	static String join(Set<NewsletterTopic> topics) {
		return topics.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	public static Set<NewsletterTopic> parse(String stored) {
		Set<NewsletterTopic> topics = EnumSet.noneOf(NewsletterTopic.class);
		Arrays.stream(stored.split(","))
			.map(String::strip)
			.filter(name -> Arrays.stream(values()).anyMatch(topic -> topic.name().equals(name)))
			.forEach(name -> topics.add(valueOf(name)));
		return topics;
	}

}
