package de.itas.platform.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A message somebody sent a company through the platform, and the company's one reply. It names the sender
 * by account id and name only: their e-mail address is looked up and shown to the company once it has
 * replied, and the replier's address to the sender at the same moment.
 */
@Entity
@Table(schema = "directory", name = "contact_request")
class ContactRequest {

	@Id
	private UUID id;

	@Column(name = "company_id")
	private UUID companyId;

	@Column(name = "sender_id")
	private UUID senderId;

	@Column(name = "sender_name")
	private String senderName;

	@Column(name = "sender_organisation")
	private @Nullable String senderOrganisation;

	private String subject;

	private String message;

	@Column(name = "context_reference")
	private @Nullable String contextReference;

	@Column(name = "context_title")
	private @Nullable String contextTitle;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	private @Nullable String reply;

	@Column(name = "replied_by")
	private @Nullable UUID repliedBy;

	@Column(name = "replied_by_name")
	private @Nullable String repliedByName;

	@Column(name = "replied_at")
	private @Nullable Instant repliedAt;

	@Version
	private long version;

	protected ContactRequest() {
	}

	ContactRequest(UUID companyId, UUID senderId, String senderName, @Nullable String senderOrganisation,
			String subject, String message, @Nullable ContactContext context, Instant now) {
		this.id = UUID.randomUUID();
		this.companyId = companyId;
		this.senderId = senderId;
		this.senderName = senderName;
		this.senderOrganisation = senderOrganisation;
		this.subject = subject;
		this.message = message;
		this.contextReference = context == null ? null : context.reference();
		this.contextTitle = context == null ? null : context.title();
		this.sentAt = now;
	}

	/** The company opened it for the first time. */
	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	/** The company's answer; a request is answered once (further talk goes by e-mail, addresses now known). */
	void answer(String text, UUID by, String byName, Instant now) {
		if (reply != null) {
			throw new IllegalStateException("Contact request " + id + " was answered already");
		}
		this.reply = text;
		this.repliedBy = by;
		this.repliedByName = byName;
		this.repliedAt = now;
		markRead(now);
	}

	/** Removes who answered (their account is deleted); the answer itself stays for the sender. */
	void forgetReplier() {
		this.repliedBy = null;
		this.repliedByName = null;
	}

	boolean answered() {
		return reply != null;
	}

	UUID id() {
		return id;
	}

	UUID companyId() {
		return companyId;
	}

	UUID senderId() {
		return senderId;
	}

	String senderName() {
		return senderName;
	}

	@Nullable String senderOrganisation() {
		return senderOrganisation;
	}

	String subject() {
		return subject;
	}

	String message() {
		return message;
	}

	@Nullable ContactContext context() {
		return contextReference == null && contextTitle == null ? null
				: new ContactContext(contextReference, contextTitle);
	}

	Instant sentAt() {
		return sentAt;
	}

	@Nullable Instant readAt() {
		return readAt;
	}

	@Nullable String reply() {
		return reply;
	}

	@Nullable UUID repliedBy() {
		return repliedBy;
	}

	@Nullable String repliedByName() {
		return repliedByName;
	}

	@Nullable Instant repliedAt() {
		return repliedAt;
	}

}
