package de.itas.platform.learning;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.SitemapContribution;

/** Every published library item for {@code /sitemap.xml}, and the list itself (it has no navigation entry). */
@Component
class LibrarySitemap implements SitemapContribution {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final LibraryService library;

	LibrarySitemap(LibraryService library) {
		this.library = library;
	}

	@Override
	public List<Entry> entries() {
		List<LibraryItem> items = library.allPublic();
		java.util.ArrayList<Entry> entries = new java.util.ArrayList<>();
		entries.add(new Entry("/wissen", null));
		items.forEach(item -> entries.add(new Entry(item.path(), item.updatedAt().atZone(BERLIN).toLocalDate())));
		return entries;
	}

}
