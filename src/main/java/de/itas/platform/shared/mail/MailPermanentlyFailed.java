package de.itas.platform.shared.mail;

/**
 * The mail server refused an address for good while the platform handed it a mail (an SMTP {@code 5xx} answer
 * to the recipient, e.g. "550 no such user"): further mails to it will fail the same way. Published by the
 * platform's mailer, synchronously and not kept in the event table (it names an address); a module that sends
 * to addresses of its own (the newsletter) stops mailing it.
 * <p>
 * Only what the platform can see when it sends: a bounce that arrives later as a mail (the server accepted the
 * mail and a later hop gave up) goes to the sender address's mailbox, which the platform does not read.
 *
 * @param address the address as the mail named it
 */
public record MailPermanentlyFailed(String address) {
}
