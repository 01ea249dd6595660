package de.itas.platform.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.mail.OutgoingMail;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Newsletter issues: composed by an editor (subject, intro in Markdown, items copied from the site search and the
 * events, the topics it is about), sent in batches to the confirmed subscribers it is for, and kept as a web page.
 * An issue with topics goes to those who chose at least one of them and to those who chose none (they want
 * everything); an issue without topics goes to every confirmed subscriber. Starting to send creates one delivery
 * row per recipient; {@link #sendBatch(int)} claims pending rows with
 * {@code FOR UPDATE SKIP LOCKED}, so that several instances never send the same mail twice, and skips whoever
 * unsubscribed or bounced in the meantime.
 */
@Service
public class NewsletterIssues {

	public static final int MAX_ITEMS = 20;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final JdbcClient jdbc;
	private final Mailer mailer;
	private final NewsletterLinks links;
	private final Clock clock;

	NewsletterIssues(JdbcClient jdbc, Mailer mailer, NewsletterLinks links, Clock clock) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.links = links;
		this.clock = clock;
	}

	/** An item of an issue: a copy of what it points to. */
	public record Item(int position, String kind, String title, String summary, String url) {
	}

	/** @param topics what the issue is about, which selects its recipients; none: for everyone */
	public record Issue(UUID id, String subject, String intro, String status, @Nullable UUID createdBy,
			Instant createdAt, Instant updatedAt, @Nullable Instant sendStartedAt, @Nullable Instant sentAt, long version,
			Set<NewsletterTopic> topics, List<Item> items) {

		public boolean draft() {
			return status.equals("DRAFT");
		}

		public boolean published() {
			return !draft();
		}

	}

	/** How far the sending of an issue is. */
	public record Progress(int total, int sent, int skipped, int pending) {

		public int percent() {
			return total == 0 ? 100 : (int) Math.round(100.0 * (sent + skipped) / total);
		}

		public boolean running() {
			return pending > 0;
		}

	}

	@Transactional
	public Issue create(String subject, String intro, UUID editor) {
		FieldProblems.throwIfAny(check(subject, intro));
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO portal.newsletter_issue (id, subject, intro, status, created_by, created_at, updated_at)
				VALUES (:id, :subject, :intro, 'DRAFT', :editor, :now, :now)""")
			.param("id", id)
			.param("subject", subject.strip())
			.param("intro", intro.strip())
			.param("editor", editor)
			.param("now", now)
			.update();
		return find(id).orElseThrow();
	}

	/** Changes subject and intro of a draft; a stale version or a sent issue is refused. */
	@Transactional
	public void update(UUID id, long basedOnVersion, String subject, String intro) {
		FieldProblems.throwIfAny(check(subject, intro));
		int changed = jdbc.sql("""
				UPDATE portal.newsletter_issue SET subject = :subject, intro = :intro, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND version = :version AND status = 'DRAFT'""")
			.param("subject", subject.strip())
			.param("intro", intro.strip())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", basedOnVersion)
			.update();
		if (changed == 0) {
			throw new FieldProblems(FieldProblem.ofForm("portal.newsletter.stale"));
		}
	}

	private static List<FieldProblem> check(@Nullable String subject, @Nullable String intro) {
		List<FieldProblem> problems = new ArrayList<>();
		if (subject == null || subject.isBlank()) {
			problems.add(FieldProblem.of("subject", "portal.newsletter.subject.required"));
		}
		else if (subject.strip().length() > 200) {
			problems.add(FieldProblem.of("subject", "portal.newsletter.subject.too-long"));
		}
		if (intro != null && intro.length() > 10_000) {
			problems.add(FieldProblem.of("intro", "portal.newsletter.intro.too-long"));
		}
		return problems;
	}

	/** Adds a copy of an item to a draft (at most {@link #MAX_ITEMS}; the same address only once). */
	@Transactional
	public void addItem(UUID id, String kind, String title, String summary, String url) {
		Issue issue = lockDraft(id);
		if (title.isBlank() || !url.startsWith("/") || url.startsWith("//")) {
			throw new FieldProblems(FieldProblem.ofForm("portal.newsletter.item.invalid"));
		}
		if (issue.items().size() >= MAX_ITEMS) {
			throw new FieldProblems(FieldProblem.ofForm("portal.newsletter.item.too-many"));
		}
		if (issue.items().stream().anyMatch(item -> item.url().equals(url))) {
			return;
		}
		int position = issue.items().stream().mapToInt(Item::position).max().orElse(0) + 1;
		jdbc.sql("""
				INSERT INTO portal.newsletter_item (issue_id, position, kind, title, summary, url)
				VALUES (:id, :position, :kind, :title, :summary, :url)""")
			.param("id", id)
			.param("position", position)
			.param("kind", kind.length() > 40 ? kind.substring(0, 40) : kind)
			.param("title", cut(title, 300))
			.param("summary", cut(summary, 600))
			.param("url", cut(url, 500))
			.update();
		touch(id);
	}

	@Transactional
	public void removeItem(UUID id, int position) {
		lockDraft(id);
		jdbc.sql("DELETE FROM portal.newsletter_item WHERE issue_id = :id AND position = :position")
			.param("id", id)
			.param("position", position)
			.update();
		touch(id);
	}

	private void touch(UUID id) {
		jdbc.sql("UPDATE portal.newsletter_issue SET updated_at = :now, version = version + 1 WHERE id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	private Issue lockDraft(UUID id) {
		jdbc.sql("SELECT id FROM portal.newsletter_issue WHERE id = :id FOR UPDATE").param("id", id).query().listOfRows();
		Issue issue = find(id).orElseThrow(() -> new IllegalArgumentException("No issue " + id));
		if (!issue.draft()) {
			throw new FieldProblems(FieldProblem.ofForm("portal.newsletter.already-sent"));
		}
		return issue;
	}

	/**
	 * The confirmed subscribers an issue with these topics goes to: with topics, those who chose at least one of
	 * them or none at all; without topics, all.
	 */
	private static final String RECIPIENTS = """
			s.status = 'CONFIRMED'
			  AND (:topics = '' OR s.topics = '' OR string_to_array(s.topics, ',') && string_to_array(:topics, ','))""";

	/** Gives a draft its topics; a stale version or a sent issue is refused. */
	@Transactional
	public void changeTopics(UUID id, long basedOnVersion, Set<NewsletterTopic> topics) {
		Issue issue = lockDraft(id);
		if (issue.version() != basedOnVersion) {
			throw new FieldProblems(FieldProblem.ofForm("portal.newsletter.stale"));
		}
		jdbc.sql("""
				UPDATE portal.newsletter_issue SET topics = :topics, updated_at = :now, version = version + 1
				WHERE id = :id""")
			.param("topics", NewsletterTopic.join(topics))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	/** How many confirmed subscribers an issue with these topics would go to at this moment. */
	@Transactional(readOnly = true)
	public int recipients(Set<NewsletterTopic> topics) {
		return jdbc.sql("SELECT count(*) FROM portal.newsletter_subscriber s WHERE " + RECIPIENTS)
			.param("topics", NewsletterTopic.join(topics))
			.query(Integer.class)
			.single();
	}

	/**
	 * Starts sending a draft: one pending delivery for every subscriber it is for at this moment (see
	 * {@link #recipients}), by the topics the issue has. The issue is a web page from now on. Returns the number
	 * of recipients.
	 */
	@Transactional
	public int startSending(UUID id, long basedOnVersion) {
		Issue issue = lockDraft(id);
		if (issue.version() != basedOnVersion) {
			throw new FieldProblems(FieldProblem.ofForm("portal.newsletter.stale"));
		}
		int recipients = jdbc.sql("""
				INSERT INTO portal.newsletter_delivery (issue_id, subscriber_id, status)
				SELECT :id, s.id, 'PENDING' FROM portal.newsletter_subscriber s
				WHERE\s""" + RECIPIENTS)
			.param("id", id)
			.param("topics", NewsletterTopic.join(issue.topics()))
			.update();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				UPDATE portal.newsletter_issue
				SET status = CASE WHEN :recipients = 0 THEN 'SENT' ELSE 'SENDING' END, send_started_at = :now,
				    sent_at = CASE WHEN :recipients = 0 THEN CAST(:now AS timestamptz) END, version = version + 1
				WHERE id = :id""")
			.param("recipients", recipients)
			.param("now", now)
			.param("id", id)
			.update();
		return recipients;
	}

	/**
	 * Sends up to {@code batchSize} pending mails of all issues being sent. Rows are claimed with
	 * {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction, and the mails go out after the commit:
	 * each subscriber gets an issue at most once, even with several instances. Whoever is no longer confirmed is
	 * skipped. Returns the number of mails sent.
	 */
	@Transactional
	public int sendBatch(int batchSize) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Map<String, Object>> claimed = jdbc.sql("""
				WITH claimed AS (
				    SELECT d.issue_id, d.subscriber_id FROM portal.newsletter_delivery d
				    WHERE d.status = 'PENDING'
				    ORDER BY d.issue_id, d.subscriber_id
				    LIMIT :size
				    FOR UPDATE SKIP LOCKED)
				UPDATE portal.newsletter_delivery d
				SET status = CASE WHEN s.status = 'CONFIRMED' THEN 'SENT' ELSE 'SKIPPED' END, sent_at = :now
				FROM claimed c, portal.newsletter_subscriber s
				WHERE d.issue_id = c.issue_id AND d.subscriber_id = c.subscriber_id AND s.id = d.subscriber_id
				RETURNING d.issue_id, d.subscriber_id, d.status, s.email""")
			.param("size", Math.max(1, batchSize))
			.param("now", now)
			.query()
			.listOfRows();
		Map<UUID, Issue> issues = new HashMap<>();
		int sent = 0;
		for (Map<String, Object> row : claimed) {
			if (!"SENT".equals(row.get("status"))) {
				continue;
			}
			UUID issueId = (UUID) row.get("issue_id");
			Issue issue = issues.computeIfAbsent(issueId, key -> find(key).orElseThrow());
			mailer.send(mail(issue, (UUID) row.get("subscriber_id"), (String) row.get("email"), Locale.GERMAN));
			sent++;
		}
		jdbc.sql("""
				UPDATE portal.newsletter_issue i SET status = 'SENT', sent_at = :now
				WHERE i.status = 'SENDING'
				  AND NOT EXISTS (SELECT 1 FROM portal.newsletter_delivery d WHERE d.issue_id = i.id AND d.status = 'PENDING')""")
			.param("now", now)
			.update();
		return sent;
	}

	/** The mail of an issue for one subscriber, with the one-click unsubscribe headers of RFC 2369 and RFC 8058. */
	OutgoingMail mail(Issue issue, UUID subscriber, String email, Locale locale) {
		String unsubscribe = links.unsubscribeUrl(subscriber);
		Map<String, Object> variables = new HashMap<>();
		variables.put("issue", issue);
		variables.put("unsubscribe", unsubscribe);
		variables.put("webPage", "/newsletter/ausgaben/" + issue.id());
		variables.put("date", DateTimeFormatter.ofPattern("dd.MM.yyyy")
			.withZone(BERLIN)
			.format(issue.sendStartedAt() == null ? clock.instant() : issue.sendStartedAt()));
		String text = mailer.render("portal/newsletter-issue", locale, variables);
		return new OutgoingMail(email, issue.subject(), text, List.of(),
				Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
	}

	@Transactional(readOnly = true)
	public Progress progress(UUID id) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT status, count(*) AS n FROM portal.newsletter_delivery WHERE issue_id = :id GROUP BY status")
			.param("id", id)
			.query()
			.listOfRows()
			.forEach(row -> counts.put((String) row.get("status"), ((Number) row.get("n")).intValue()));
		int sent = counts.getOrDefault("SENT", 0);
		int skipped = counts.getOrDefault("SKIPPED", 0);
		int pending = counts.getOrDefault("PENDING", 0);
		return new Progress(sent + skipped + pending, sent, skipped, pending);
	}

	@Transactional(readOnly = true)
	public Optional<Issue> find(UUID id) {
		List<Item> items = jdbc.sql("""
				SELECT position, kind, title, summary, url FROM portal.newsletter_item WHERE issue_id = :id ORDER BY position""")
			.param("id", id)
			.query((rs, row) -> new Item(rs.getInt("position"), rs.getString("kind"), rs.getString("title"),
					rs.getString("summary"), rs.getString("url")))
			.list();
		return jdbc.sql("SELECT * FROM portal.newsletter_issue WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> issue(rs, items))
			.optional();
	}

	/** Issues that went out (or are going out), newest first: the public archive. */
	@Transactional(readOnly = true)
	public List<Issue> published(int limit) {
		return jdbc.sql("""
				SELECT * FROM portal.newsletter_issue WHERE status <> 'DRAFT'
				ORDER BY send_started_at DESC NULLS LAST, created_at DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> issue(rs, List.of()))
			.list();
	}

	/** All issues for the editor, drafts first, then newest first. */
	@Transactional(readOnly = true)
	public List<Issue> all(int limit) {
		return jdbc.sql("""
				SELECT * FROM portal.newsletter_issue
				ORDER BY (status = 'DRAFT') DESC, COALESCE(send_started_at, updated_at) DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> issue(rs, List.of()))
			.list();
	}

	/** Deletes a draft. */
	@Transactional
	public void deleteDraft(UUID id) {
		lockDraft(id);
		jdbc.sql("DELETE FROM portal.newsletter_issue WHERE id = :id").param("id", id).update();
	}

	private static Issue issue(java.sql.ResultSet rs, List<Item> items) throws java.sql.SQLException {
		return new Issue(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("intro"),
				rs.getString("status"), rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), NewsletterSubscriptions.instant(rs.getTimestamp("send_started_at")),
				NewsletterSubscriptions.instant(rs.getTimestamp("sent_at")), rs.getLong("version"),
				NewsletterTopic.parse(rs.getString("topics")), items);
	}

	private static String cut(String text, int max) {
		String stripped = text.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
	}

}
