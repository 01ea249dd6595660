package de.itas.platform.shared.search;

import java.util.List;
import java.util.Locale;

/**
 * A module's items that help with given skills or action fields: library contents and courses for the skills a
 * person lacks on their way to a new occupation, for a help-desk recommendation, for the next steps after a
 * Transformationscheck. The asking module reads them through {@link RelatedContents}, which knows no module; a
 * module offers its items by registering a bean of this type. Only published items a visitor may see.
 */
public interface RelatedContent {

	/**
	 * Items that teach one of the skills or serve one of the action fields, best first.
	 *
	 * @param skillUris ESCO skill URIs (may be empty)
	 * @param actionFields codes of the region's action fields (may be empty)
	 */
	List<RelatedItem> related(List<String> skillUris, List<String> actionFields, int limit, Locale locale);

}
