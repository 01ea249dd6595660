package de.itas.platform.governance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * "Was wurde aus meinem Beitrag?": an input with its forum, its topic, the decisions on both and where they
 * led. An unpublished paper card shows nothing but that it is not yet published.
 *
 * @param topicOthers how many other inputs share the topic
 */
public record CardView(InputView input, ForumView forum, @Nullable TopicView topic, long topicOthers,
		@Nullable DecisionView inputDecision, @Nullable DecisionView topicDecision, List<LinkTarget> inputLinks,
		List<LinkTarget> topicLinks) {
}
