package de.itas.platform.networking;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.SitemapContribution;

/** The exchange's public pages: each current post (the list itself comes from the navigation). */
@Component
class ExchangeSitemap implements SitemapContribution {

	private final Exchange exchange;

	ExchangeSitemap(Exchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public List<Entry> entries() {
		return exchange.currentPosts()
			.stream()
			.map(post -> new Entry("/kooperationsboerse/" + post.id(), post.updatedAt().atZone(ZoneOffset.UTC).toLocalDate()))
			.toList();
	}

}
