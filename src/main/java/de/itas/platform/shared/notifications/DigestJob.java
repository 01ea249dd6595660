package de.itas.platform.shared.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.mail.Mailer;

/**
 * Sends the digests: every morning one mail per person listing their unread notifications that wait for the
 * daily digest, and on the weekly day the same for the weekly one. It runs on every instance, but (as the
 * help desk's reminder, ADR 0007) only the instance whose update moves the frequency's row in
 * {@code notification_digest_run} to today sends, in the same transaction that marks the notifications as
 * sent, so nobody gets a digest twice and a failed run can be repeated.
 */
@Component
@EnableConfigurationProperties(NotificationSettings.class)
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final NotificationStore store;
	private final NotificationMails mails;
	private final Recipients recipients;
	private final Mailer mailer;
	private final TransactionTemplate transactions;
	private final NotificationSettings settings;
	private final Clock clock;

	DigestJob(NotificationStore store, NotificationMails mails, Recipients recipients, Mailer mailer,
			TransactionTemplate transactions, NotificationSettings settings, Clock clock) {
		this.store = store;
		this.mails = mails;
		this.recipients = recipients;
		this.mailer = mailer;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${platform.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/Berlin")
	void scheduled() {
		LocalDate today = LocalDate.now(clock.withZone(NotificationMails.ZONE));
		log.info("Daily notification digest for {}: {} mails", today, run(Delivery.DAILY, today));
		if (today.getDayOfWeek() == settings.weeklyDigestDay()) {
			log.info("Weekly notification digest for {}: {} mails", today, run(Delivery.WEEKLY, today));
		}
	}

	/** Sends the digests of the frequency for the day unless an instance already did; the number of mails, or -1. */
	int run(Delivery frequency, LocalDate day) {
		if (!frequency.digest()) {
			throw new IllegalArgumentException("Not a digest: " + frequency);
		}
		Integer sent = transactions.execute(status -> {
			if (!store.claimDigest(frequency, day)) {
				return -1;
			}
			Map<UUID, List<NotificationStore.Row>> perPerson = new LinkedHashMap<>();
			for (NotificationStore.Row row : store.dueForDigest(frequency)) {
				perPerson.computeIfAbsent(row.person(), person -> new ArrayList<>()).add(row);
			}
			int count = 0;
			for (Map.Entry<UUID, List<NotificationStore.Row>> entry : perPerson.entrySet()) {
				List<Long> ids = entry.getValue().stream().map(NotificationStore.Row::id).toList();
				var recipient = recipients.recipient(entry.getKey());
				if (recipient.isPresent()) {
					// the mailer sends after this transaction commits
					mailer.send(mails.digest(entry.getKey(), recipient.get(), frequency, entry.getValue(),
							store.attachments(ids)));
					count++;
				}
				store.digested(ids, clock.instant());
			}
			return count;
		});
		return sent == null ? -1 : sent;
	}

}
