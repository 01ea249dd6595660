package de.itas.platform.learning;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.RelatedContent;
import de.itas.platform.shared.search.RelatedItem;

/** Published library items for pages that ask for help with skills or action fields (Mein Weg, help desks, the check). */
@Component
class LibraryRelatedContent implements RelatedContent {

	private final LibraryService library;

	LibraryRelatedContent(LibraryService library) {
		this.library = library;
	}

	@Override
	public List<RelatedItem> related(List<String> skillUris, List<String> actionFields, int limit, Locale locale) {
		return library.related(skillUris, actionFields, limit)
			.stream()
			.map(item -> new RelatedItem(item.kind().messageKey(), item.title(), shortened(item.summary()), item.path(),
					item.skills().stream().filter(skillUris::contains).toList(),
					item.actionFields().stream().filter(actionFields::contains).toList()))
			.toList();
	}

	/** One or two sentences, as a suggestion shows them. */
	static String shortened(String summary) {
		String text = summary.replaceAll("\\s+", " ").strip();
		return text.length() <= 240 ? text : text.substring(0, 237).replaceAll("\\s\\S*$", "") + " …";
	}

}
