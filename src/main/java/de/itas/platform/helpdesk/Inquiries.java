package de.itas.platform.helpdesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
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

import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;

/**
 * The help desk's API for people who ask: submit an inquiry (signed in, or as a visitor who confirms the
 * e-mail address by a link, valid for seven days and stored only as its SHA-256), follow one's own
 * inquiries and read the answers. Nothing is saved when any input is refused; mails go out only after the
 * commit.
 */
@Service
@Transactional(readOnly = true)
public class Inquiries {

	/** The name history entries show for what the platform did by itself (routing); the same in every language. */
	static final String SYSTEM_ACTOR = "ITAS-Plattform";

	static final int MAX_DESCRIPTION = 5000;
	static final int MIN_DESCRIPTION = 20;
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final SecureRandom RANDOM = new SecureRandom();
	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

	private final CaseRepository cases;
	private final RoutingRules routing;
	private final Region region;
	private final Mailer mailer;
	private final Notifications notifications;
	private final Clock clock;

	Inquiries(CaseRepository cases, RoutingRules routing, Region region, Mailer mailer, Notifications notifications,
			Clock clock) {
		this.cases = cases;
		this.routing = routing;
		this.region = region;
		this.mailer = mailer;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The signed-in person submits; answers the case number. */
	@Transactional
	public String submit(InquiryRequest request) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		List<AttachmentRules.Checked> files = validate(request, false);
		Instant now = clock.instant();
		InquiryRow row = newRow(request, user.id(), user.getDisplayName(), user.email(), true, now);
		long id = store(row, files, null, user.id(), user.getDisplayName());
		routeAndConfirm(id);
		return row.caseNumber();
	}

	/** A visitor submits; the inquiry waits for the confirmation of the e-mail address. */
	@Transactional
	public void submitAsVisitor(InquiryRequest request) {
		List<AttachmentRules.Checked> files = validate(request, true);
		Instant now = clock.instant();
		String name = request.name().strip();
		String email = request.email().strip();
		InquiryRow row = newRow(request, null, name, email, false, now);
		String token = HexFormat.of().formatHex(randomBytes());
		store(row, files, hash(token), null, name);
		mailer.send(email, locale(row.locale()), "helpdesk.mail.confirm.subject", "helpdesk/confirm",
				Map.of("name", name, "token", token));
	}

	/**
	 * Confirms a visitor's inquiry by the link from the mail, routes it and sends the case number. Answers the
	 * case number, or nothing for an unknown or used link.
	 */
	@Transactional
	public Optional<String> confirm(String token) {
		Optional<InquiryRow> found = token.isBlank() ? Optional.empty() : cases.findByToken(hash(token));
		if (found.isEmpty() || found.get().confirmed()
				|| found.get().submittedAt().plus(CONFIRMATION_VALIDITY).isBefore(clock.instant())) {
			return Optional.empty();
		}
		InquiryRow row = found.get();
		cases.clearToken(row.id());
		Instant now = clock.instant();
		InquiryRow confirmed = with(row, true, now);
		cases.update(confirmed, row.version());
		cases.addEvent(row.id(), now, null, row.submitterName(), CaseEvent.Kind.CONFIRMED, null, null, true);
		routeAndConfirm(row.id());
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
			.filter(row -> user.id().equals(row.submitterId()))
			.map(row -> CaseWork.details(row, cases, true, clock.instant()));
	}

	private List<AttachmentRules.Checked> validate(InquiryRequest request, boolean visitor) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (request.topic() == null) {
			problems.add(new InvalidInputException.Problem("topic", "helpdesk.inquiry.topic.required"));
		}
		if (request.districtCode() == null || region.district(request.districtCode()).isEmpty()) {
			problems.add(new InvalidInputException.Problem("districtCode", "helpdesk.inquiry.district.required"));
		}
		String description = request.description() == null ? "" : request.description().strip();
		if (description.length() < MIN_DESCRIPTION) {
			problems.add(new InvalidInputException.Problem("description", "helpdesk.inquiry.description.too-short",
					List.of(MIN_DESCRIPTION)));
		}
		else if (description.length() > MAX_DESCRIPTION) {
			problems.add(new InvalidInputException.Problem("description", "helpdesk.inquiry.description.too-long",
					List.of(MAX_DESCRIPTION, description.length())));
		}
		if (request.contactChannel() == null) {
			problems.add(new InvalidInputException.Problem("contactChannel", "helpdesk.inquiry.channel.required"));
		}
		if (request.contactTimes() != null && request.contactTimes().length() > 300) {
			problems.add(new InvalidInputException.Problem("contactTimes", "helpdesk.inquiry.times.too-long",
					List.of(300)));
		}
		if (request.phone() != null && request.phone().strip().length() > 60) {
			problems.add(new InvalidInputException.Problem("phone", "helpdesk.inquiry.phone.too-long", List.of(60)));
		}
		if (request.contactChannel() == ContactChannel.PHONE && blank(request.phone())) {
			problems.add(new InvalidInputException.Problem("phone", "helpdesk.inquiry.phone.required"));
		}
		if (visitor) {
			if (blank(request.name()) || request.name().strip().length() > 200) {
				problems.add(new InvalidInputException.Problem("name", "helpdesk.inquiry.name.required"));
			}
			if (blank(request.email()) || request.email().strip().length() > 320
					|| !EMAIL.matcher(request.email().strip()).matches()) {
				problems.add(new InvalidInputException.Problem("email", "helpdesk.inquiry.email.invalid"));
			}
		}
		if (!request.consent()) {
			problems.add(new InvalidInputException.Problem("consent", "helpdesk.inquiry.consent.required"));
		}
		List<AttachmentRules.Checked> files = AttachmentRules.check(request.attachments(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return files;
	}

	private InquiryRow newRow(InquiryRequest request, @Nullable UUID submitter, String name, String email,
			boolean confirmed, Instant now) {
		return new InquiryRow(0, cases.nextCaseNumber(now), request.topic(), request.districtCode(),
				request.description().strip(), request.contactChannel(), emptyToNull(request.contactTimes()), submitter,
				name, email, emptyToNull(request.phone()), LocaleContextHolder.getLocale().getLanguage(), confirmed,
				CaseStatus.NEW, null, null, null, null, null, now, null, null, null, false, 0);
	}

	private long store(InquiryRow row, List<AttachmentRules.Checked> files, @Nullable String token,
			@Nullable UUID actor, String actorName) {
		long id = cases.insert(row, token);
		for (AttachmentRules.Checked file : files) {
			cases.addAttachment(id, file.filename(), file.contentType(), file.data());
		}
		cases.addEvent(id, row.submittedAt(), actor, actorName, CaseEvent.Kind.SUBMITTED, row.topic().name(), null,
				true);
		return id;
	}

	/** Routes a confirmed inquiry, sets its deadline and tells the submitter the case number. */
	private void routeAndConfirm(long id) {
		InquiryRow row = cases.find(id).orElseThrow();
		Route route = routing.route(row.topic(), row.districtCode());
		Instant now = clock.instant();
		Instant due = SaxonWorkingDays.firstResponseDue(row.submittedAt().atZone(SaxonWorkingDays.ZONE)).toInstant();
		InquiryRow routed = new InquiryRow(row.id(), row.caseNumber(), row.topic(), row.districtCode(),
				row.description(), row.contactChannel(), row.contactTimes(), row.submitterId(), row.submitterName(),
				row.submitterEmail(), row.submitterPhone(), row.locale(), true, row.status(), null, route.partnerCode(),
				route.teamCode(), null, null, row.submittedAt(), due, null, null, false, row.version());
		cases.update(routed, row.version());
		cases.addEvent(id, now, null, SYSTEM_ACTOR, CaseEvent.Kind.ROUTED,
				route.toCoordination() ? "coordination" : route.teamCode(), null, false);
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

	private static InquiryRow with(InquiryRow row, boolean confirmed, Instant submittedAt) {
		return new InquiryRow(row.id(), row.caseNumber(), row.topic(), row.districtCode(), row.description(),
				row.contactChannel(), row.contactTimes(), row.submitterId(), row.submitterName(), row.submitterEmail(),
				row.submitterPhone(), row.locale(), confirmed, row.status(), row.outcome(), row.partnerCode(),
				row.teamCode(), row.assigneeId(), row.assigneeName(), submittedAt, row.firstResponseDue(),
				row.firstResponseAt(), row.closedAt(), row.anonymised(), row.version());
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
