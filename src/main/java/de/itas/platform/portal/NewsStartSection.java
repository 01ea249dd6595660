package de.itas.platform.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.StartPageSection;

/** „Aktuelles“ on the start page: the three newest articles; left out while there is none. */
@Component
class NewsStartSection implements StartPageSection {

	private final NewsService news;

	NewsStartSection(NewsService news) {
		this.news = news;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "portal/news/start";
	}

	@Override
	public String fragment() {
		return "latest";
	}

	@Override
	public Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale) {
		List<NewsArticle> latest = news.latest(3);
		return latest.isEmpty() ? Map.of() : Map.of("articles", latest);
	}

}
