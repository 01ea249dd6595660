package de.itas.platform.portal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional demo news from the region's {@code demo/portal-news.json}: published articles over two years,
 * dated back from the day the demo is loaded. Runs once (when no demo article exists); a region without the
 * file gets none.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class NewsDemoData {

	private static final Logger log = LoggerFactory.getLogger(NewsDemoData.class);

	static final String FILE = "demo/portal-news.json";

	record DemoArticle(String title, String teaser, String body, String partner, List<String> actionFields,
			int daysAgo) {
	}

	/** The file; {@code note} and {@code fictional} mark it as made up. */
	record DemoFile(String note, boolean fictional, String author, List<DemoArticle> articles) {
	}

	private final RegionFolder region;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	NewsDemoData(RegionFolder region, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.region = region;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(70)
	void load() {
		if (!region.file(FILE).exists()) {
			log.info("Region {} has no {}: no demo news", region, FILE);
			return;
		}
		if (jdbc.sql("SELECT count(*) FROM portal.news_article WHERE demo").query(Long.class).single() > 0) {
			return;
		}
		DemoFile demo = read(region);
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			Set<String> slugs = new HashSet<>();
			for (DemoArticle article : demo.articles()) {
				String slug = NewsSlugs.of(article.title());
				for (int n = 2; !slugs.add(slug); n++) {
					slug = NewsSlugs.of(article.title()) + "-" + n;
				}
				Timestamp at = Timestamp.from(now.minus(Duration.ofDays(article.daysAgo())));
				jdbc.sql("""
						INSERT INTO portal.news_article (id, slug, title, teaser, body, action_fields, partner_code,
						  status, author_name, submitted_at, reviewed_at, publish_at, created_at, updated_at, demo)
						VALUES (:id, :slug, :title, :teaser, :body, string_to_array(:fields, ','), :partner, 'PUBLISHED',
						  :author, :at, :at, :at, :at, :at, TRUE)
						ON CONFLICT (slug) DO NOTHING""")
					.param("id", UUID.randomUUID())
					.param("slug", slug)
					.param("title", article.title())
					.param("teaser", article.teaser())
					.param("body", article.body())
					.param("fields", String.join(",", article.actionFields()))
					.param("partner", article.partner())
					.param("author", demo.author())
					.param("at", at)
					.update();
			}
		});
		log.info("Created {} demo news articles", demo.articles().size());
	}

	static DemoFile read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read demo data " + region.path(FILE), ex);
		}
	}

}
