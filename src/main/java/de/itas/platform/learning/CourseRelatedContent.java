package de.itas.platform.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.RelatedContent;
import de.itas.platform.shared.search.RelatedItem;

/** Published courses that teach one of the asked skills or serve one of the asked action fields, best match first. */
@Component
class CourseRelatedContent implements RelatedContent {

	private final CourseStore store;

	CourseRelatedContent(CourseStore store) {
		this.store = store;
	}

	@Override
	public List<RelatedItem> related(List<String> skillUris, List<String> actionFields, int limit, Locale locale) {
		if ((skillUris.isEmpty() && actionFields.isEmpty()) || limit <= 0) {
			return List.of();
		}
		List<RelatedItem> items = new ArrayList<>();
		for (Course course : store.published(0, 10_000)) {
			List<String> skills = skillUris.stream().filter(course.skillUris()::contains).toList();
			List<String> fields = actionFields.stream().filter(course.actionFields()::contains).toList();
			if (!skills.isEmpty() || !fields.isEmpty()) {
				items.add(new RelatedItem("learning.course.related.kind", course.title(), course.summary(), course.path(),
						skills, fields));
			}
		}
		return items.stream().sorted(Comparator.comparingInt(RelatedItem::weight).reversed()).limit(limit).toList();
	}

}
