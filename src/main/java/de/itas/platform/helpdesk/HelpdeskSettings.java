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
 *     {@code visitorInquiryWindow}
 * @param visitorInquiriesPerMailbox how many confirmation mails one e-mail address receives within
 *     {@code visitorInquiryWindow}
 * @param visitorInquiryWindow the window of both visitor limits
 * @param quarantineMaxBytes how many bytes of attachments of unconfirmed visitor inquiries may wait at once;
 *     beyond it visitors can submit without attachments only until links expire and are purged
 */
@ConfigurationProperties("platform.helpdesk")
record HelpdeskSettings(@DefaultValue("2") int maxOpenBookings, @DefaultValue("5") int visitorInquiriesPerClient,
		@DefaultValue("3") int visitorInquiriesPerMailbox, @DefaultValue("24h") Duration visitorInquiryWindow,
		@DefaultValue("209715200") long quarantineMaxBytes) {
}
