package de.itas.platform.networking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.directory.CompanyView;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;

/**
 * Tells posters once a day of the suggestions their current posts did not have before: records each post's
 * matches in {@code exchange_match_seen} and sends one notification per post with new ones (kind
 * {@code networking.new-match}, delivered as a daily digest unless the person chooses otherwise). Expired,
 * withdrawn and hidden posts neither get nor appear as matches. Company profiles are matched as visitors see them
 * (the job runs for nobody in particular). Runs on one instance per day: the day is claimed by a row first.
 */
@Component
class ExchangeDigest {

	private static final Logger log = LoggerFactory.getLogger(ExchangeDigest.class);

	private final Exchange exchange;
	private final ExchangeStore store;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ExchangeDigest(Exchange exchange, ExchangeStore store, Notifications notifications, TransactionTemplate transactions,
			Clock clock) {
		this.exchange = exchange;
		this.store = store;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${platform.networking.match-digest-cron:0 30 6 * * *}", zone = "Europe/Berlin")
	void scheduled() {
		int notified = run(exchange.today());
		if (notified > 0) {
			log.info("{} posters told of new exchange matches", notified);
		}
	}

	/** Runs the day's digest unless an instance already did; the number of notifications, or -1. */
	int run(LocalDate day) {
		Integer sent = transactions.execute(status -> store.claimDigest(day, clock.instant()) ? notifyNewMatches() : -1);
		return sent == null ? -1 : sent;
	}

	/** Records and announces every current post's new matches; the number of notifications. */
	int notifyNewMatches() {
		List<ExchangePost> current = store.current(exchange.today());
		List<Matching.Candidate> candidates = Exchange.candidates(current);
		Matching matching = exchange.matcher();
		int sent = 0;
		for (ExchangePost post : current) {
			Map<UUID, CompanyView> companies = exchange.companiesFor(post);
			List<Matching.Match> matches = matching.matches(post.candidate(), candidates,
					companies.values().stream().map(Exchange::company).toList());
			Set<String> seen = store.seen(post.id());
			List<Matching.Match> fresh = new ArrayList<>();
			for (Matching.Match match : matches) {
				if (!seen.contains(match.type().name() + ":" + match.id())) {
					fresh.add(match);
					store.markSeen(post.id(), match.type(), match.id(), clock.instant());
				}
			}
			if (!fresh.isEmpty() && post.authorId() != null) {
				notifications.notify(Notification.to(post.authorId(), ExchangeNotifications.NEW_MATCH,
						"networking.exchange.notification.new-match", "/kooperationsboerse/" + post.id(), post.title(),
						String.valueOf(fresh.size())));
				sent++;
			}
		}
		return sent;
	}

}
