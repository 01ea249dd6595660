package de.itas.platform.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.LinkTokens;

/**
 * Newsletter subscriptions with double opt-in. A sign-up stores the address, the chosen topics and the consent text
 * with its version and the time of the request, and mails a confirmation link (32 random bytes, only the SHA-256
 * stored, valid for {@link #LINK_VALIDITY}); confirming stores its time. The answer to a sign-up is always the
 * same, whatever the address's state, and a second sign-up within an hour sends no second mail. Unsubscribed and
 * bounced addresses never get a newsletter again; a bounced address gets no confirmation mail either. An address
 * bounces when the editor marks it so or when the mail server refuses it for good ({@link NewsletterBounces}).
 */
@Service
public class NewsletterSubscriptions {

	/** The version of the consent text; raise it whenever {@code portal.newsletter.consent} changes. */
	public static final String CONSENT_VERSION = "2026-12-1";

	static final Duration LINK_VALIDITY = Duration.ofHours(48);

	static final Duration RESEND_PAUSE = Duration.ofHours(1);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final JdbcClient jdbc;
	private final Mailer mailer;
	private final MessageSource messages;
	private final Clock clock;
	private final NewsletterLinks links;

	NewsletterSubscriptions(JdbcClient jdbc, Mailer mailer, MessageSource messages, Clock clock, NewsletterLinks links) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.links = links;
	}

	/** A subscriber as the editor and the proof see it. */
	public record Subscriber(UUID id, String email, Set<NewsletterTopic> topics, String status, String consentText,
			String consentVersion, Instant requestedAt, @Nullable Instant confirmedAt, @Nullable Instant unsubscribedAt,
			@Nullable Instant bouncedAt) {
	}

	/** What a confirmation link leads to. */
	public enum Confirmation {
		CONFIRMED, EXPIRED, UNKNOWN
	}

	/** Whether the address looks like one; the only input error a sign-up can have besides the consent. */
	public static boolean validEmail(@Nullable String email) {
		return email != null && email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches();
	}

	/**
	 * Records a sign-up and mails the confirmation link, unless the address is confirmed already, bounced, or got
	 * a link less than an hour ago. Tells the caller nothing: the page answers the same in every case.
	 */
	@Transactional
	public void subscribe(String email, Set<NewsletterTopic> topics, Locale locale) {
		if (!validEmail(email)) {
			throw new IllegalArgumentException("Not an e-mail address");
		}
		String address = email.strip();
		Instant now = clock.instant();
		String consent = messages.getMessage("portal.newsletter.consent", null, locale);
		Optional<Subscriber> existing = findByEmail(address);
		if (existing.isEmpty()) {
			UUID id = UUID.randomUUID();
			// another request for the same address at the same moment inserts nothing and sends nothing
			int inserted = jdbc.sql("""
					INSERT INTO portal.newsletter_subscriber (id, email, topics, status, consent_text, consent_version,
					    requested_at)
					VALUES (:id, :email, :topics, 'PENDING', :consent, :version, :now)
					ON CONFLICT (lower(email)) DO NOTHING""")
				.param("id", id)
				.param("email", address)
				.param("topics", NewsletterTopic.join(topics))
				.param("consent", consent)
				.param("version", CONSENT_VERSION)
				.param("now", Timestamp.from(now))
				.update();
			if (inserted == 1) {
				sendLink(id, address, locale, now);
			}
			return;
		}
		Subscriber subscriber = existing.get();
		if (subscriber.status().equals("CONFIRMED") || subscriber.status().equals("BOUNCED")) {
			return;
		}
		// a fresh request (again pending, or after unsubscribing): the new consent and topics are the proof
		int claimed = jdbc.sql("""
				UPDATE portal.newsletter_subscriber
				SET status = 'PENDING', topics = :topics, consent_text = :consent, consent_version = :version,
				    requested_at = :now, confirmed_at = NULL, unsubscribed_at = NULL
				WHERE id = :id AND status IN ('PENDING', 'UNSUBSCRIBED')
				  AND (confirmation_sent_at IS NULL OR confirmation_sent_at <= :pause)""")
			.param("id", subscriber.id())
			.param("topics", NewsletterTopic.join(topics))
			.param("consent", consent)
			.param("version", CONSENT_VERSION)
			.param("now", Timestamp.from(now))
			.param("pause", Timestamp.from(now.minus(RESEND_PAUSE)))
			.update();
		if (claimed == 1) {
			sendLink(subscriber.id(), subscriber.email(), locale, now);
		}
	}

	/** What the confirmation link leads to, without confirming (the page asks for a click first). */
	@Transactional(readOnly = true)
	public Confirmation check(@Nullable String token) {
		return state(token, false);
	}

	/** Confirms the subscription the link belongs to; an expired link confirms nothing. */
	@Transactional
	public Confirmation confirm(@Nullable String token) {
		return state(token, true);
	}

	private Confirmation state(@Nullable String token, boolean confirm) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Confirmation.UNKNOWN;
		}
		Optional<Map<String, Object>> row = jdbc.sql("""
				SELECT id, status, token_expires_at FROM portal.newsletter_subscriber WHERE token_hash = :hash"""
				+ (confirm ? " FOR UPDATE" : ""))
			.param("hash", LinkTokens.hash(token))
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (row.isEmpty() || !"PENDING".equals(row.get().get("status"))) {
			return Confirmation.UNKNOWN;
		}
		Timestamp expires = (Timestamp) row.get().get("token_expires_at");
		Instant now = clock.instant();
		if (expires == null || !expires.toInstant().isAfter(now)) {
			return Confirmation.EXPIRED;
		}
		if (confirm) {
			jdbc.sql("""
					UPDATE portal.newsletter_subscriber
					SET status = 'CONFIRMED', confirmed_at = :now, token_hash = NULL, token_expires_at = NULL
					WHERE id = :id""")
				.param("now", Timestamp.from(now))
				.param("id", row.get().get("id"))
				.update();
		}
		return Confirmation.CONFIRMED;
	}

	/**
	 * Sends a new link for an expired one (to the address the old one was sent to), unless one went out less
	 * than an hour ago.
	 */
	@Transactional
	public void renew(@Nullable String expiredToken, Locale locale) {
		if (expiredToken == null || expiredToken.isBlank() || expiredToken.length() > 100) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				SELECT id, email FROM portal.newsletter_subscriber
				WHERE token_hash = :hash AND status = 'PENDING'
				  AND (confirmation_sent_at IS NULL OR confirmation_sent_at <= :pause)
				FOR UPDATE""")
			.param("hash", LinkTokens.hash(expiredToken))
			.param("pause", Timestamp.from(now.minus(RESEND_PAUSE)))
			.query()
			.listOfRows()
			.forEach(row -> sendLink((UUID) row.get("id"), (String) row.get("email"), locale, now));
	}

	private void sendLink(UUID id, String email, Locale locale, Instant now) {
		String token = LinkTokens.newToken();
		jdbc.sql("""
				UPDATE portal.newsletter_subscriber
				SET token_hash = :hash, token_expires_at = :expires, confirmation_sent_at = :now
				WHERE id = :id""")
			.param("hash", LinkTokens.hash(token))
			.param("expires", Timestamp.from(now.plus(LINK_VALIDITY)))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		mailer.send(email, locale, "portal.newsletter.mail.confirm.subject", "portal/newsletter-confirm",
				Map.of("link", "/newsletter/bestaetigen?token=" + token, "hours", LINK_VALIDITY.toHours()));
	}

	/** Unsubscribes the address the signed link names; empty for a link that is not valid. */
	@Transactional
	public Optional<Subscriber> unsubscribe(@Nullable String token) {
		Optional<Subscriber> subscriber = links.verify(token).flatMap(this::find);
		subscriber.filter(found -> !found.status().equals("BOUNCED")).ifPresent(found -> jdbc.sql("""
				UPDATE portal.newsletter_subscriber
				SET status = 'UNSUBSCRIBED', unsubscribed_at = COALESCE(unsubscribed_at, :now), token_hash = NULL,
				    token_expires_at = NULL
				WHERE id = :id""").param("now", Timestamp.from(clock.instant())).param("id", found.id()).update());
		return subscriber;
	}

	/** The subscriber a signed unsubscribe link names, to show before unsubscribing. */
	@Transactional(readOnly = true)
	public Optional<Subscriber> byUnsubscribeToken(@Nullable String token) {
		return links.verify(token).flatMap(this::find);
	}

	/** Marks an address as undeliverable: it never gets a newsletter again. */
	@Transactional
	public boolean markBounced(UUID id) {
		return jdbc.sql("""
				UPDATE portal.newsletter_subscriber
				SET status = 'BOUNCED', bounced_at = :now, token_hash = NULL, token_expires_at = NULL
				WHERE id = :id AND status <> 'BOUNCED'""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Marks the address as undeliverable because the mail server refused it for good (whatever its state: a
	 * pending sign-up gets no further link either). In a transaction of its own: it is called by the mailer after
	 * the transaction that sent the mail committed, possibly still inside that transaction's completion.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean markBouncedByEmail(String email) {
		return jdbc.sql("""
				UPDATE portal.newsletter_subscriber
				SET status = 'BOUNCED', bounced_at = :now, token_hash = NULL, token_expires_at = NULL
				WHERE lower(email) = lower(:email) AND status <> 'BOUNCED'""")
			.param("now", Timestamp.from(clock.instant()))
			.param("email", email.strip())
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<Subscriber> find(UUID id) {
		return jdbc.sql("SELECT * FROM portal.newsletter_subscriber WHERE id = :id")
			.param("id", id)
			.query(NewsletterSubscriptions::subscriber)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Subscriber> findByEmail(String email) {
		return jdbc.sql("SELECT * FROM portal.newsletter_subscriber WHERE lower(email) = lower(:email)")
			.param("email", email.strip())
			.query(NewsletterSubscriptions::subscriber)
			.optional();
	}

	/** One page of subscribers for the editor, newest first, optionally only those whose address contains the text. */
	@Transactional(readOnly = true)
	public List<Subscriber> list(@Nullable String search, int offset, int limit) {
		return jdbc.sql("""
				SELECT * FROM portal.newsletter_subscriber
				WHERE CAST(:search AS text) IS NULL OR strpos(lower(email), lower(CAST(:search AS text))) > 0
				ORDER BY requested_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("search", search == null || search.isBlank() ? null : search.strip())
			.param("limit", limit)
			.param("offset", offset)
			.query(NewsletterSubscriptions::subscriber)
			.list();
	}

	/** Subscribers per status. */
	@Transactional(readOnly = true)
	public Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (String status : List.of("CONFIRMED", "PENDING", "UNSUBSCRIBED", "BOUNCED")) {
			counts.put(status, 0L);
		}
		jdbc.sql("SELECT status, count(*) AS n FROM portal.newsletter_subscriber GROUP BY status")
			.query()
			.listOfRows()
			.forEach(row -> counts.put((String) row.get("status"), ((Number) row.get("n")).longValue()));
		return counts;
	}

	/** Confirmed subscribers per topic they chose (a subscriber counts under each of their topics). */
	public Map<NewsletterTopic, Long> confirmedPerTopic() {
		Map<NewsletterTopic, Long> counts = new java.util.EnumMap<>(NewsletterTopic.class);
		for (NewsletterTopic topic : NewsletterTopic.values()) {
			counts.put(topic, 0L);
		}
		jdbc.sql("""
				SELECT topic, count(*) AS n
				FROM portal.newsletter_subscriber, unnest(string_to_array(topics, ',')) AS topic
				WHERE status = 'CONFIRMED' GROUP BY topic""")
			.query()
			.listOfRows()
			.forEach(row -> NewsletterTopic.parse((String) row.get("topic"))
				.forEach(topic -> counts.put(topic, ((Number) row.get("n")).longValue())));
		return counts;
	}

	/** Removes the address with everything stored about it. */
	@Transactional
	public boolean erase(String email) {
		return jdbc.sql("DELETE FROM portal.newsletter_subscriber WHERE lower(email) = lower(:email)")
			.param("email", email.strip())
			.update() > 0;
	}

	static Subscriber subscriber(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Subscriber(rs.getObject("id", UUID.class), rs.getString("email"),
				NewsletterTopic.parse(rs.getString("topics")), rs.getString("status"), rs.getString("consent_text"),
				rs.getString("consent_version"), rs.getTimestamp("requested_at").toInstant(),
				instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("unsubscribed_at")),
				instant(rs.getTimestamp("bounced_at")));
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
