package de.itas.platform.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional demo newsletter from the region's {@code demo/portal-newsletter.json}: a few confirmed, pending and
 * unsubscribed subscribers (made-up addresses) and issues that went out, dated back from the day the demo is
 * loaded. Runs once (when no issue exists); a region without the file gets no newsletter demo.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class NewsletterDemoData {

	private static final Logger log = LoggerFactory.getLogger(NewsletterDemoData.class);

	static final String FILE = "demo/portal-newsletter.json";

	record DemoSubscriber(String email, List<NewsletterTopic> topics, String status) {
	}

	record DemoItem(String kind, String title, String summary, String url) {
	}

	record DemoIssue(String subject, String intro, int daysAgo, List<DemoItem> items) {
	}

	/** The file; {@code note} and {@code fictional} mark it as made up. */
	record DemoFile(String note, boolean fictional, List<DemoSubscriber> subscribers, List<DemoIssue> issues) {
	}

	private final RegionFolder region;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	NewsletterDemoData(RegionFolder region, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.region = region;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(90)
	void load() {
		if (!region.file(FILE).exists()) {
			log.info("Region {} has no {}: no demo newsletter", region, FILE);
			return;
		}
		if (jdbc.sql("SELECT count(*) FROM portal.newsletter_issue").query(Long.class).single() > 0) {
			return;
		}
		DemoFile demo = read();
		transactions.executeWithoutResult(status -> load(demo));
		log.info("Created {} demo newsletter issues and {} subscribers", demo.issues().size(), demo.subscribers().size());
	}

	private DemoFile read() {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void load(DemoFile demo) {
		Instant now = clock.instant();
		for (DemoSubscriber subscriber : demo.subscribers()) {
			Instant requested = now.minus(Duration.ofDays(120));
			boolean confirmed = !subscriber.status().equals("PENDING");
			jdbc.sql("""
					INSERT INTO portal.newsletter_subscriber (id, email, topics, status, consent_text, consent_version,
					    requested_at, confirmed_at, unsubscribed_at)
					VALUES (:id, :email, :topics, :status, :consent, :version, :requested, :confirmed, :unsubscribed)
					ON CONFLICT (lower(email)) DO NOTHING""")
				.param("id", UUID.randomUUID())
				.param("email", subscriber.email())
				.param("topics", NewsletterTopic.join(subscriber.topics().isEmpty() ? EnumSet.noneOf(NewsletterTopic.class)
						: EnumSet.copyOf(subscriber.topics())))
				.param("status", subscriber.status())
				.param("consent", "Demo: " + demo.note())
				.param("version", NewsletterSubscriptions.CONSENT_VERSION)
				.param("requested", Timestamp.from(requested))
				.param("confirmed", confirmed ? Timestamp.from(requested.plus(Duration.ofMinutes(7))) : null)
				.param("unsubscribed", subscriber.status().equals("UNSUBSCRIBED") ? Timestamp.from(now.minus(Duration.ofDays(10)))
						: null)
				.update();
		}
		for (DemoIssue issue : demo.issues()) {
			UUID id = UUID.randomUUID();
			Timestamp sent = Timestamp.from(now.minus(Duration.ofDays(issue.daysAgo())));
			jdbc.sql("""
					INSERT INTO portal.newsletter_issue (id, subject, intro, status, created_at, updated_at, send_started_at,
					    sent_at)
					VALUES (:id, :subject, :intro, 'SENT', :sent, :sent, :sent, :sent)""")
				.param("id", id)
				.param("subject", issue.subject())
				.param("intro", issue.intro())
				.param("sent", sent)
				.update();
			int position = 1;
			for (DemoItem item : issue.items()) {
				jdbc.sql("""
						INSERT INTO portal.newsletter_item (issue_id, position, kind, title, summary, url)
						VALUES (:id, :position, :kind, :title, :summary, :url)""")
					.param("id", id)
					.param("position", position++)
					.param("kind", item.kind())
					.param("title", item.title())
					.param("summary", item.summary())
					.param("url", item.url())
					.update();
			}
		}
	}

}
