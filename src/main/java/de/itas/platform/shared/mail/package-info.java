/**
 * Outgoing e-mail: sent over SMTP when a mail server is configured, otherwise written to the local
 * outbox ({@code <data dir>/outbox}, readable by admins under "Postausgang"). Mails of a transaction go
 * out only after it commits.
 */
@NullMarked
@NamedInterface("mail")
package de.itas.platform.shared.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
