package de.itas.platform.portal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.SitemapContribution;

/** Every article visitors may read, for {@code /sitemap.xml}; the list page itself is a navigation entry. */
@Component
class NewsSitemap implements SitemapContribution {

	private final NewsService news;

	NewsSitemap(NewsService news) {
		this.news = news;
	}

	@Override
	public List<Entry> entries() {
		return news.allPublic().stream().map(article -> {
			Instant publishAt = article.publishAt();
			Instant changed = publishAt != null && publishAt.isAfter(article.updatedAt()) ? publishAt
					: article.updatedAt();
			return new Entry(article.path(), changed.atZone(NewsArticle.BERLIN).toLocalDate());
		}).toList();
	}

}
