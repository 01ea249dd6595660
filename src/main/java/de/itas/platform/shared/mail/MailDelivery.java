package de.itas.platform.shared.mail;

/** Where mails go: an SMTP server or the local outbox. */
interface MailDelivery {

	void deliver(OutgoingMail mail);

}
