package de.itas.platform.helpdesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The help desk's API for people who ask: submit an inquiry (signed in, or as a visitor who confirms the
 * e-mail address by a link, valid for seven days and stored only as its SHA-256), follow one's own
 * inquiries and read the answers. Nothing is saved when any input is refused; mails go out only after the
 * commit.
 */
@Service
@Transactional(readOnly = true)
public class Inquiries {

	static final int MAX_DESCRIPTION = 5000;
	static final int MIN_DESCRIPTION = 20;
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseRepository cases;
	private final RoutingRules routing;
	private final Region region;
	private final Mailer mailer;
	private final Notifications notifications;
	private final Organisations organisations;
	private final RateLimiter limiter;
	private final HelpdeskSettings settings;
	private final Clock clock;
	private final QueueNotices notices;

	Inquiries(CaseRepository cases, RoutingRules routing, Region region, Mailer mailer, Notifications notifications,
			Organisations organisations, RateLimiter limiter, HelpdeskSettings settings, Clock clock,
			QueueNotices notices) {
		this.notices = notices;
		this.cases = cases;
		this.routing = routing;
		this.region = region;
		this.mailer = mailer;
		this.notifications = notifications;
		this.organisations = organisations;
		this.limiter = limiter;
		this.settings = settings;
		this.clock = clock;
	}

	/** The signed-in person submits; answers the case number. */
	@Transactional
	public String submit(InquiryRequest request) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		List<AttachmentRules.Checked> files = validate(request, false);
		Instant now = clock.instant();
		Inquiry row = newInquiry(request, user.id(), user.getDisplayName(), user.email(), null, now);
		// a person in exactly one company asks for it; with several it stays open which one is meant
		List<UUID> companies = organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN, Role.COMPANY_MEMBER);
		if (companies.size() == 1) {
			row.madeFor(companies.get(0));
		}
		route(row);
		store(row, files);
		sendCaseNumber(row);
		notices.arrived(row);
		return row.caseNumber();
	}

	/**
	 * A visitor submits from the client address {@code client}; the inquiry waits for the confirmation of the
	 * e-mail address. Anybody can send this form, so it is limited per client address and per target
	 * mailbox, the mail to the not yet confirmed address carries nothing the visitor typed, and the files
	 * wait in a bounded quarantine: an inquiry whose link expires unused is purged with its files
	 * ({@link UnconfirmedInquiryPurge}).
	 */
	@Transactional
	public void submitAsVisitor(InquiryRequest request, String client) {
		List<AttachmentRules.Checked> files = validate(request, true);
		long bytes = files.stream().mapToLong(file -> file.data().length).sum();
		if (bytes > 0 && cases.quarantinedBytes() + bytes > settings.quarantineMaxBytes()) {
			throw FieldProblems.of("attachments", "helpdesk.inquiry.attachments.quarantine-full");
		}
		String email = request.email().strip();
		if (!limiter.tryAcquire(
				new RateLimiter.Limit("helpdesk.visitor.client:" + client, settings.visitorInquiriesPerClient(),
						settings.visitorClientWindow()),
				new RateLimiter.Limit("helpdesk.visitor.mailbox:" + email.toLowerCase(Locale.ROOT),
						settings.visitorInquiriesPerMailbox(), settings.visitorMailboxWindow()))) {
			throw new FieldProblems(FieldProblem.ofForm("helpdesk.inquiry.too-many"));
		}
		Instant now = clock.instant();
		String name = request.name().strip();
		String token = HexFormat.of().formatHex(randomBytes());
		Inquiry row = newInquiry(request, null, name, email, hash(token), now);
		store(row, files);
		mailer.send(email, locale(row.locale()), "helpdesk.mail.confirm.subject", "helpdesk/confirm",
				Map.of("token", token));
	}

	/** Deletes visitors' inquiries (with their files) whose confirmation link expired unused; answers how many. */
	@Transactional
	int purgeUnconfirmed() {
		return cases.deleteUnconfirmedBefore(clock.instant().minus(Inquiry.CONFIRMATION_VALIDITY));
	}

	/**
	 * Confirms a visitor's inquiry by the link from the mail, routes it and sends the case number. Answers the
	 * case number, or nothing for an unknown or used link.
	 */
	@Transactional
	public Optional<String> confirm(String token) {
		Optional<Inquiry> found = token.isBlank() ? Optional.empty() : cases.findByToken(hash(token));
		if (found.isEmpty() || !found.get().confirmable(clock.instant())) {
			return Optional.empty();
		}
		Inquiry row = found.get();
		row.confirm(clock.instant());
		route(row);
		cases.save(row);
		sendCaseNumber(row);
		notices.arrived(row);
		return Optional.of(row.caseNumber());
	}

	/** The signed-in person's own inquiries, newest first. */
	public List<InquirySummary> mine() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		Instant now = clock.instant();
		return cases.bySubmitter(user.id()).stream().map(row -> row.toSummary(now)).toList();
	}

	/** One of the signed-in person's own inquiries, with the history the submitter may see. */
	public Optional<CaseDetails> own(String caseNumber) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return cases.findByCaseNumber(caseNumber)
			.filter(row -> row.submittedBy(user.id()))
			.map(row -> CaseWork.details(row, cases, true, clock.instant()));
	}

	private List<AttachmentRules.Checked> validate(InquiryRequest request, boolean visitor) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.topic() == null) {
			problems.add(FieldProblem.of("topic", "helpdesk.inquiry.topic.required"));
		}
		if (request.districtCode() == null || region.district(request.districtCode()).isEmpty()) {
			problems.add(FieldProblem.of("districtCode", "helpdesk.inquiry.district.required"));
		}
		String description = request.description() == null ? "" : request.description().strip();
		if (description.length() < MIN_DESCRIPTION) {
			problems.add(new FieldProblem("description", "helpdesk.inquiry.description.too-short",
					List.of(MIN_DESCRIPTION)));
		}
		else if (description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "helpdesk.inquiry.description.too-long",
					List.of(MAX_DESCRIPTION, description.length())));
		}
		if (request.contactChannel() == null) {
			problems.add(FieldProblem.of("contactChannel", "helpdesk.inquiry.channel.required"));
		}
		if (request.contactTimes() != null && request.contactTimes().length() > 300) {
			problems.add(new FieldProblem("contactTimes", "helpdesk.inquiry.times.too-long",
					List.of(300)));
		}
		if (request.phone() != null && request.phone().strip().length() > 60) {
			problems.add(new FieldProblem("phone", "helpdesk.inquiry.phone.too-long", List.of(60)));
		}
		if (request.contactChannel() == ContactChannel.PHONE && blank(request.phone())) {
			problems.add(FieldProblem.of("phone", "helpdesk.inquiry.phone.required"));
		}
		if (visitor) {
			if (blank(request.name()) || request.name().strip().length() > 200) {
				problems.add(FieldProblem.of("name", "helpdesk.inquiry.name.required"));
			}
			if (blank(request.email()) || request.email().strip().length() > 320
					|| !EMAIL.matcher(request.email().strip()).matches()) {
				problems.add(FieldProblem.of("email", "helpdesk.inquiry.email.invalid"));
			}
		}
		if (!request.consent()) {
			problems.add(FieldProblem.of("consent", "helpdesk.inquiry.consent.required"));
		}
		List<AttachmentRules.Checked> files = AttachmentRules.check(request.attachments(), problems);
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		return files;
	}

	private Inquiry newInquiry(InquiryRequest request, @Nullable UUID submitter, String name, String email,
			@Nullable String tokenHash, Instant now) {
		return Inquiry.submit(cases.nextCaseNumber(now),
				new Inquiry.Concern(request.topic(), request.districtCode(), request.description().strip(),
						request.contactChannel(), emptyToNull(request.contactTimes())),
				new Inquiry.Submitter(submitter, name, email, emptyToNull(request.phone()),
						LocaleContextHolder.getLocale().getLanguage()),
				tokenHash, now);
	}

	/** Saves a new inquiry with its files. */
	private void store(Inquiry row, List<AttachmentRules.Checked> files) {
		cases.save(row);
		for (AttachmentRules.Checked file : files) {
			cases.addAttachment(row.id(), file.filename(), file.contentType(), file.data());
		}
	}

	/** Routes a confirmed inquiry, which starts its first-response deadline. */
	private void route(Inquiry row) {
		row.route(routing.route(row.topic(), row.districtCode()), clock.instant());
	}

	/** Tells the submitter of a confirmed inquiry its case number. */
	private void sendCaseNumber(Inquiry row) {
		if (row.submitterId() != null) {
			notifications.notify(Notification.to(row.submitterId(), HelpdeskNotifications.INQUIRY_RECEIVED,
					"helpdesk.notification.inquiry-received", "/anliegen/" + row.caseNumber(), row.caseNumber())
				.withMail("helpdesk.mail.submitted.subject", "helpdesk/submitted",
						Map.of("name", row.submitterName(), "caseNumber", row.caseNumber(), "account", true)));
		}
		else if (row.submitterEmail() != null) {
			mailer.send(row.submitterEmail(), locale(row.locale()), "helpdesk.mail.submitted.subject",
					"helpdesk/submitted", Map.of("name", row.submitterName(), "caseNumber", row.caseNumber(),
							"account", row.submitterId() != null));
		}
	}

	/** Only the SHA-256 of a confirmation link's token is stored. */
	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Locale locale(String language) {
		return Locale.forLanguageTag(language);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable String emptyToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
