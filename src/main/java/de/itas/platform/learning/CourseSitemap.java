package de.itas.platform.learning;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.SitemapContribution;

/** The published courses' pages for the sitemap (never drafts). */
@Component
class CourseSitemap implements SitemapContribution {

	private final CourseStore store;

	CourseSitemap(CourseStore store) {
		this.store = store;
	}

	@Override
	public List<Entry> entries() {
		return store.published(0, 10_000).stream()
			.map(course -> new Entry(course.path(), course.publishedAt() == null ? null
					: LocalDate.ofInstant(course.publishedAt(), Certificates.BERLIN)))
			.toList();
	}

}
