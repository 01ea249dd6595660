package de.itas.platform.helpdesk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the help desk that operators may tune.
 *
 * @param maxOpenBookings how many coming appointments one person may have booked at a time, so that one
 *     account cannot take the slots meant for many
 * @param visitorInquiriesPerClient how many inquiries one client address may submit as a visitor within
 *     {@code visitorClientWindow}
 * @param visitorInquiriesPerMailbox how many confirmation mails one e-mail address receives within
 *     {@code visitorMailboxWindow}
 * @param quarantineMaxBytes how many bytes of attachments of unconfirmed visitor inquiries may wait at once
 *     (until they are confirmed or purged); beyond it visitors are asked to send their inquiry without files
 * @param purgeCron when inquiries whose confirmation link expired are deleted (read by the scheduler)
 * @param saturdaySlots whether advisors may offer slots on Saturdays too (Monday to Friday always)
 * @param maxSlotsPerSeries how many slots one weekly series may create at most
 */
@ConfigurationProperties("platform.helpdesk")
record HelpdeskSettings(@DefaultValue("2") int maxOpenBookings, @DefaultValue("10") int visitorInquiriesPerClient,
		@DefaultValue("1h") Duration visitorClientWindow, @DefaultValue("3") int visitorInquiriesPerMailbox,
		@DefaultValue("24h") Duration visitorMailboxWindow, @DefaultValue("209715200") long quarantineMaxBytes,
		@DefaultValue("0 23 * * * *") String purgeCron, @DefaultValue("false") boolean saturdaySlots,
		@DefaultValue("200") int maxSlotsPerSeries) {
}
