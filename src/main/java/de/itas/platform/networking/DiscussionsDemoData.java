package de.itas.platform.networking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

import de.itas.platform.shared.security.PlatformUser;

/**
 * Fictional demo discussions: threads with replies by the demo company user, employee and advisors in the spaces
 * of the region's first two action fields (so both regions get them without naming either), one open report in
 * the moderation queue and two watched words; the demo coordinator and admin are known as moderators. Runs once,
 * when no thread exists, after the action-field spaces were created.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class DiscussionsDemoData {

	private static final Logger log = LoggerFactory.getLogger(DiscussionsDemoData.class);

	private record DemoPost(String author, String text) {
	}

	private record DemoThread(int space, String title, List<DemoPost> posts) {
	}

	private static final String COMPANY = "unternehmen@demo.itas.local";
	private static final String EMPLOYEE = "beschaeftigte@demo.itas.local";
	private static final String ADVISOR = "berater@demo.itas.local";
	private static final String PROVIDER = "anbieter@demo.itas.local";

	private static final List<DemoThread> THREADS = List.of(
			new DemoThread(0, "Qualifizierungsvereinbarung: Wie sind Sie vorgegangen?", List.of(
					new DemoPost(COMPANY, "Wir verhandeln gerade eine **Qualifizierungsvereinbarung** mit dem Betriebsrat. "
							+ "Hat jemand Erfahrung damit, wie man den Bedarf der nächsten drei Jahre erhebt?"),
					new DemoPost(ADVISOR, "Bewährt hat sich eine Kompetenzerhebung je Abteilung. Die Anlaufstelle hilft "
							+ "dabei; die Vorlage finden Sie unter *Weiterbildung*."),
					new DemoPost(EMPLOYEE, "Aus Sicht der Beschäftigten: Wichtig war bei uns, dass die Zeiten für die "
							+ "Weiterbildung als Arbeitszeit zählen."))),
			new DemoThread(0, "Vom Verbrenner zum E-Antrieb: Erfahrungen mit Umschulung", List.of(
					new DemoPost(EMPLOYEE, "Ich bin Zerspaner und überlege eine Umschulung Richtung Elektrotechnik. "
							+ "Wer hat das schon gemacht?"),
					new DemoPost(PROVIDER, "Unsere Teilqualifizierungen lassen sich berufsbegleitend machen, "
							+ "fünf Module über anderthalb Jahre."),
					new DemoPost(ADVISOR, "Die Förderung prüfen wir gern gemeinsam im Beratungsgespräch."))),
			new DemoThread(1, "Gemeinsame Ausbilderinnen und Ausbilder für kleine Betriebe?", List.of(
					new DemoPost(COMPANY, "Für drei Auszubildende lohnt sich bei uns keine eigene Ausbilderstelle. "
							+ "Gibt es Betriebe, die sich eine teilen möchten?"),
					new DemoPost(ADVISOR, "Ein Ausbildungsverbund wäre dafür der Weg. Ich stelle gern Kontakte her."))),
			new DemoThread(1, "Schichtmodelle, die Weiterbildung möglich machen", List.of(
					new DemoPost(EMPLOYEE, "Bei uns ist Weiterbildung neben der Wechselschicht kaum zu schaffen."),
					new DemoPost(COMPANY, "Wir haben dafür feste Lerntage im Schichtplan eingeführt – wer so etwas "
							+ "sucht: Jetzt billig kaufen bei unserem Partner!"),
					new DemoPost(PROVIDER, "Wir bieten Kurse auch samstags an."))));

	private final JdbcClient jdbc;
	private final Discussions discussions;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DiscussionsDemoData(JdbcClient jdbc, Discussions discussions, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.discussions = discussions;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(40)
	void load() {
		if (jdbc.sql("SELECT count(*) FROM networking.discussion_thread").query(Long.class).single() > 0) {
			return;
		}
		List<UUID> spaces = jdbc.sql("SELECT id FROM networking.discussion_space WHERE kind = 'ACTION_FIELD' "
				+ "ORDER BY action_field_code LIMIT 2").query(UUID.class).list();
		if (spaces.size() < 2) {
			log.info("Fewer than two action fields: no demo discussions");
			return;
		}
		transactions.executeWithoutResult(status -> load(spaces));
	}

	private void load(List<UUID> spaces) {
		Instant start = clock.instant().minus(Duration.ofDays(12));
		UUID reported = null;
		int step = 0;
		for (DemoThread demo : THREADS) {
			UUID thread = UUID.randomUUID();
			Instant at = start.plus(Duration.ofHours(20L * step));
			jdbc.sql("INSERT INTO networking.discussion_thread (id, space_id, title, created_at, last_post_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(thread, spaces.get(demo.space()), demo.title(), Timestamp.from(at), Timestamp.from(at))
				.update();
			for (DemoPost post : demo.posts()) {
				Optional<PlatformUser> author = discussions.userByEmail(post.author());
				if (author.isEmpty()) {
					continue;
				}
				at = start.plus(Duration.ofHours(20L * step++));
				UUID id = UUID.randomUUID();
				jdbc.sql("INSERT INTO networking.discussion_post (id, thread_id, author_id, author_name, body, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
					.params(id, thread, author.get().id(), author.get().getDisplayName(), post.text(), Timestamp.from(at))
					.update();
				jdbc.sql("UPDATE networking.discussion_thread SET last_post_at = ? WHERE id = ?")
					.params(Timestamp.from(at), thread).update();
				discussions.follow(author.get().id(), thread, null);
				if (post.text().contains("billig kaufen")) {
					reported = id;
				}
			}
		}
		Optional<PlatformUser> reporter = discussions.userByEmail(EMPLOYEE);
		if (reported != null && reporter.isPresent()) {
			jdbc.sql("INSERT INTO networking.moderation_report (id, kind, item_id, reporter_id, reporter_name, category, "
					+ "reason, created_at) VALUES (?, ?, ?, ?, ?, 'SPAM', ?, ?)")
				.params(UUID.randomUUID(), ModerationStore.DISCUSSION_POST, reported, reporter.get().id(),
						reporter.get().getDisplayName(), "Der zweite Satz ist Werbung für einen Händler.",
						Timestamp.from(clock.instant().minus(Duration.ofHours(3))))
				.update();
		}
		for (String[] word : new String[][] { { "billig kaufen", "FLAG" }, { "Vollidiot", "BLOCK" } }) {
			jdbc.sql("INSERT INTO networking.moderation_watched_word (id, phrase, action, created_at) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
				.params(UUID.randomUUID(), word[0], word[1], Timestamp.from(clock.instant()))
				.update();
		}
		log.info("Demo discussions: {} threads, one open report", THREADS.size());
	}

}
