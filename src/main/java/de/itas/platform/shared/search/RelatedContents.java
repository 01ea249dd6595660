package de.itas.platform.shared.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link RelatedContent} and merges their items, those answering more of the question first. A
 * contribution that fails is left out and logged: a missing suggestion must never break the page that asks.
 */
@Component
public class RelatedContents {

	private static final Logger LOG = LoggerFactory.getLogger(RelatedContents.class);

	private final List<RelatedContent> contributions;

	RelatedContents(List<RelatedContent> contributions) {
		this.contributions = List.copyOf(contributions);
	}

	/** Items for the skills and action fields from all modules, at most {@code limit}. */
	public List<RelatedItem> related(List<String> skillUris, List<String> actionFields, int limit, Locale locale) {
		if (limit <= 0 || (skillUris.isEmpty() && actionFields.isEmpty())) {
			return List.of();
		}
		List<RelatedItem> all = new ArrayList<>();
		for (RelatedContent contribution : contributions) {
			try {
				all.addAll(contribution.related(skillUris, actionFields, limit, locale));
			}
			catch (RuntimeException ex) {
				LOG.warn("Related content of {} left out: {}", contribution.getClass().getSimpleName(), ex.toString());
			}
		}
		return all.stream()
			.sorted(Comparator.comparingInt(RelatedItem::weight).reversed().thenComparing(RelatedItem::title))
			.limit(limit)
			.toList();
	}

}
