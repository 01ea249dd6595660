package de.itas.platform.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.accounts.MembershipSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.notifications.Recipient;
import de.itas.platform.shared.notifications.Recipients;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * Contacting a company through the platform, for the company page's contact form and for other modules (the
 * cooperation exchange contacts the company behind a post, passing a {@link ContactContext}). The sender must be
 * signed in with a verified e-mail address; the company gets a mail at its profile address (or, without one,
 * at its admins' addresses) that names the sender but not their address and links to the request on the
 * platform. Only when a company admin answers there do both sides see each other's address, and the answer is
 * mailed to the sender. Sending is rate-limited per person. Platform staff have no access to requests: they
 * are between the two parties.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class CompanyContact {

	/** A tag-like piece of markup: the messages are plain text, and refusing markup keeps them so. */
	private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?a-zA-Z]");

	static final int MAX_REPLY = ContactMessage.MAX_MESSAGE;

	private static final int PAGE_SIZE = 20;

	private final ContactRequestRepository requests;
	private final CompanyProfileRepository profiles;
	private final CompanyProfiles companyProfiles;
	private final Organisations organisations;
	private final Accounts accounts;
	private final Recipients recipients;
	private final Mailer mailer;
	private final RateLimiter limiter;
	private final DirectorySettings settings;
	private final Clock clock;

	CompanyContact(ContactRequestRepository requests, CompanyProfileRepository profiles,
			CompanyProfiles companyProfiles, Organisations organisations, Accounts accounts, Recipients recipients,
			Mailer mailer, RateLimiter limiter, DirectorySettings settings, Clock clock) {
		this.requests = requests;
		this.profiles = profiles;
		this.companyProfiles = companyProfiles;
		this.organisations = organisations;
		this.accounts = accounts;
		this.recipients = recipients;
		this.mailer = mailer;
		this.limiter = limiter;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether the current person may write to the company: signed in, not one of its own people, and the
	 * company is listed for them. Whether their address is verified is checked on sending.
	 */
	public boolean mayContact(UUID companyId) {
		Optional<PlatformUser> user = CurrentUser.get();
		return user.isPresent() && companyProfiles.profile(companyId).map(CompanyView::filledIn).orElse(false)
				&& !organisations.hasRole(user.get().id(), companyId, Role.COMPANY_ADMIN, Role.COMPANY_MEMBER);
	}

	/** What is wrong with the message, if anything. */
	public List<FieldProblem> check(ContactMessage message) {
		List<FieldProblem> problems = new ArrayList<>();
		plainText(problems, "subject", message.subject(), ContactMessage.MAX_SUBJECT);
		plainText(problems, "message", message.message(), ContactMessage.MAX_MESSAGE);
		ContactContext context = message.context();
		if (context != null) {
			if (context.reference() != null && context.reference().length() > ContactContext.MAX_REFERENCE) {
				throw new IllegalArgumentException("Context reference longer than " + ContactContext.MAX_REFERENCE);
			}
			if (context.title() != null && context.title().length() > ContactContext.MAX_TITLE) {
				throw new IllegalArgumentException("Context title longer than " + ContactContext.MAX_TITLE);
			}
		}
		return problems;
	}

	/**
	 * Sends the message to the company as the current person and answers the request's id.
	 *
	 * @throws AccessDeniedException when the current person may not write to the company ({@link #mayContact})
	 * @throws FieldProblems when the message breaks a rule, the sender's address is not verified, or they sent
	 *     too many requests lately (nothing is stored or sent)
	 */
	@Transactional
	public UUID send(UUID companyId, ContactMessage message) {
		PlatformUser sender = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!mayContact(companyId)) {
			throw new AccessDeniedException("May not contact company " + companyId);
		}
		FieldProblems.throwIfAny(check(message));
		// unverified accounts cannot sign in; this also covers callers with an older security context
		if (accounts.verifiedEmail(sender.id()).isEmpty()) {
			throw new FieldProblems(FieldProblem.ofForm("directory.contact.unverified"));
		}
		if (!limiter.tryAcquire(
				new RateLimiter.Limit("directory.contact.hour:" + sender.id(), settings.contactsPerHour(),
						Duration.ofHours(1)),
				new RateLimiter.Limit("directory.contact.day:" + sender.id(), settings.contactsPerDay(),
						Duration.ofDays(1)))) {
			throw new FieldProblems(FieldProblem.ofForm("directory.contact.too-many"));
		}
		CompanyProfile company = profiles.findById(companyId).orElseThrow();
		String organisation = organisations.membershipsOf(sender.id())
			.stream()
			.map(MembershipSummary::organisationName)
			.findFirst()
			.orElse(null);
		ContactRequest request = requests.save(new ContactRequest(companyId, sender.id(), sender.getDisplayName(),
				organisation, message.subject().strip(), message.message().strip(), message.context(),
				clock.instant()));
		Map<String, Object> variables = Map.of("company", company.name(), "sender", sender.getDisplayName(),
				"organisation", organisation == null ? "" : organisation, "subject", request.subject(), "text",
				request.message(), "context", contextTitle(request), "requestId", request.id());
		for (Recipient recipient : companyMailboxes(company)) {
			mailer.send(recipient.email(), recipient.locale(), "directory.mail.contact.subject", "directory/contact",
					variables);
		}
		return request.id();
	}

	/** The requests received by the companies the current person administers, newest first ({@code page} 0-based). */
	public PageOf<ContactRequestSummary> received(int page) {
		Set<UUID> companies = administered();
		if (companies.isEmpty()) {
			return new PageOf<>(List.of(), 0, PAGE_SIZE, 0);
		}
		long total = requests.countByCompanyIdIn(companies);
		int number = PageOf.clamp(page, PAGE_SIZE, total);
		Page<ContactRequest> found = requests.findByCompanyIdInOrderBySentAtDesc(companies,
				PageRequest.of(number, PAGE_SIZE));
		Map<UUID, String> names = new java.util.HashMap<>();
		List<ContactRequestSummary> items = found.stream()
			.map(request -> new ContactRequestSummary(request.id(), request.companyId(),
					names.computeIfAbsent(request.companyId(), this::companyName), request.senderName(),
					request.senderOrganisation(), request.subject(), request.sentAt(), request.readAt() == null,
					request.answered()))
			.toList();
		return new PageOf<>(items, number, PAGE_SIZE, total);
	}

	/** How many requests to the companies the current person administers nobody has opened yet. */
	public long unread() {
		Set<UUID> companies = administered();
		return companies.isEmpty() ? 0 : requests.countByCompanyIdInAndReadAtIsNull(companies);
	}

	/**
	 * The request for its sender or an admin of the company (opening it marks it read for the company); empty
	 * for everybody else.
	 */
	@Transactional
	public Optional<ContactRequestDetails> request(UUID id) {
		Optional<PlatformUser> user = CurrentUser.get();
		if (user.isEmpty()) {
			return Optional.empty();
		}
		return requests.findById(id).flatMap(request -> {
			boolean companySide = administered().contains(request.companyId());
			if (!companySide && !request.senderId().equals(user.get().id())) {
				return Optional.empty();
			}
			if (companySide) {
				request.markRead(clock.instant());
			}
			return Optional.of(details(request, companySide));
		});
	}

	/**
	 * Answers the request for the company as the current person: stores the answer, mails it to the sender
	 * with the replier's address, and from now on shows each side the other's address.
	 *
	 * @throws AccessDeniedException when the current person does not administer the company
	 * @throws FieldProblems when the answer is empty, too long, contains markup, or the request was answered
	 */
	@Transactional
	public void answer(UUID id, @Nullable String text) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		ContactRequest request = requests.findById(id)
			.filter(found -> administered().contains(found.companyId()))
			.orElseThrow(() -> new AccessDeniedException("Not an admin of the request's company"));
		List<FieldProblem> problems = new ArrayList<>();
		plainText(problems, "reply", text, MAX_REPLY);
		if (request.answered()) {
			problems.add(FieldProblem.ofForm("directory.contact.answered-already"));
		}
		FieldProblems.throwIfAny(problems);
		request.answer(text.strip(), user.id(), user.getDisplayName(), clock.instant());
		String companyName = companyName(request.companyId());
		recipients.recipient(request.senderId())
			.ifPresent(sender -> mailer.send(sender.email(), sender.locale(), "directory.mail.reply.subject",
					"directory/contact-reply",
					Map.of("name", sender.name(), "company", companyName, "subject", request.subject(), "replier",
							user.getDisplayName(), "replierEmail", user.email(), "text", request.reply(),
							"requestId", request.id())));
	}

	/** The requests a person sent and the answers they gave for a company, for their data export. */
	List<ContactRequest> sentBy(UUID person) {
		return requests.findBySenderIdOrderBySentAtDesc(person);
	}

	List<ContactRequest> answeredBy(UUID person) {
		return requests.findByRepliedByOrderBySentAtDesc(person);
	}

	/** Erases a person's requests and removes their name from the answers they gave. */
	@Transactional
	void erase(UUID person) {
		requests.deleteAll(requests.findBySenderIdOrderBySentAtDesc(person));
		requests.findByRepliedByOrderBySentAtDesc(person).forEach(ContactRequest::forgetReplier);
	}

	private ContactRequestDetails details(ContactRequest request, boolean companySide) {
		boolean answered = request.answered();
		String senderEmail = answered && companySide
				? accounts.account(request.senderId()).map(account -> account.email()).orElse(null) : null;
		UUID repliedBy = request.repliedBy();
		String replierEmail = answered && !companySide && repliedBy != null
				? accounts.account(repliedBy).map(account -> account.email()).orElse(null) : null;
		return new ContactRequestDetails(request.id(), request.companyId(), companyName(request.companyId()),
				request.senderName(), request.senderOrganisation(), request.subject(), request.message(),
				request.context(), request.sentAt(), request.reply(), request.repliedByName(), request.repliedAt(),
				senderEmail, replierEmail, companySide, companySide && !answered);
	}

	/** The company's profile address if it has one, else its admins' verified addresses. */
	private List<Recipient> companyMailboxes(CompanyProfile company) {
		String email = company.email();
		if (email != null) {
			return List.of(new Recipient(email, company.name(), Locale.GERMAN));
		}
		Set<String> seen = new LinkedHashSet<>();
		List<Recipient> mailboxes = new ArrayList<>();
		for (UUID admin : organisations.membersWhere(company.id(), Role.COMPANY_ADMIN)) {
			if (accounts.verifiedEmail(admin).isEmpty()) {
				continue;
			}
			recipients.recipient(admin)
				.filter(recipient -> seen.add(recipient.email().toLowerCase(Locale.ROOT)))
				.ifPresent(mailboxes::add);
		}
		return mailboxes;
	}

	private Set<UUID> administered() {
		return CurrentUser.get()
			.map(user -> Set.copyOf(organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN)))
			.orElse(Set.of());
	}

	private String companyName(UUID companyId) {
		return profiles.findById(companyId).map(CompanyProfile::name).orElse("");
	}

	private static String contextTitle(ContactRequest request) {
		ContactContext context = request.context();
		return context == null || context.title() == null ? "" : context.title();
	}

	private static void plainText(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, "common.validation.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "directory.validation.max-length", max));
		}
		else if (MARKUP.matcher(value).find()) {
			problems.add(FieldProblem.of(field, "directory.contact.no-markup"));
		}
	}

}
