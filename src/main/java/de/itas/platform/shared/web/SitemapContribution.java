package de.itas.platform.shared.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A module's public pages for {@code /sitemap.xml}: the items a visitor may open without signing in (e.g. each
 * published news article, each public event). The shell adds the public entries of the navigation itself.
 */
public interface SitemapContribution {

	/** One public page. */
	record Entry(String path, @Nullable LocalDate lastModified) {

		public Entry {
			if (!path.startsWith("/")) {
				throw new IllegalArgumentException("A sitemap path starts with /: " + path);
			}
		}

	}

	/** The module's public pages; only what a visitor may see. */
	List<Entry> entries();

}
