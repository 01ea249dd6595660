package de.itas.platform.helpdesk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Barrier reports from the accessibility statement become help-desk inquiries: confirmed at once (anybody
 * may report, with or without a contact), topic „Sonstiges“, routed to the coordination queue, which runs the
 * platform. Anybody can send this form, so it is limited per client address; no mail goes to the address
 * given (it is not confirmed), the page shows the case number instead. Every inquiry has a district and a
 * barrier has none: a report carries the region's first district (the figures count it there as „Sonstiges“).
 */
@Service
@NamedInterface("api")
public class BarrierReports {

	static final int MIN_DESCRIPTION = 10;
	static final int MAX_DESCRIPTION = 5000;
	static final int MAX_PAGE = 500;
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern PAGE = Pattern.compile("^(https?://|/)\\S*$");

	private final CaseRepository cases;
	private final Region region;
	private final RateLimiter limiter;
	private final MessageSource messages;
	private final java.time.Clock clock;
	private final int perClient;
	private final Duration window;
	private final QueueNotices notices;

	BarrierReports(CaseRepository cases, Region region, RateLimiter limiter, MessageSource messages,
			java.time.Clock clock, @Value("${platform.helpdesk.barrier-reports-per-client:5}") int perClient,
			@Value("${platform.helpdesk.barrier-report-window:1h}") Duration window, QueueNotices notices) {
		this.notices = notices;
		this.cases = cases;
		this.region = region;
		this.limiter = limiter;
		this.messages = messages;
		this.clock = clock;
		this.perClient = perClient;
		this.window = window;
	}

	/**
	 * Stores the report from client address {@code client} as a new inquiry in the coordination queue and
	 * answers its case number.
	 *
	 * @throws FieldProblems for bad input or too many reports from the client; nothing is saved then
	 */
	@Transactional
	public String report(BarrierReport report, String client) {
		List<FieldProblem> problems = new ArrayList<>();
		String page = strip(report.page());
		String description = strip(report.description());
		String name = strip(report.name());
		String email = strip(report.email());
		if (page.length() > MAX_PAGE || (!page.isEmpty() && !PAGE.matcher(page).matches())) {
			problems.add(new FieldProblem("page", "helpdesk.barrier.page.invalid", List.of(MAX_PAGE)));
		}
		if (description.length() < MIN_DESCRIPTION) {
			problems.add(new FieldProblem("description", "helpdesk.barrier.description.too-short",
					List.of(MIN_DESCRIPTION)));
		}
		else if (description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "helpdesk.barrier.description.too-long",
					List.of(MAX_DESCRIPTION, description.length())));
		}
		if (name.length() > 200) {
			problems.add(new FieldProblem("name", "helpdesk.barrier.name.too-long", List.of(200)));
		}
		if (!email.isEmpty() && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
			problems.add(FieldProblem.of("email", "helpdesk.inquiry.email.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		if (!limiter.tryAcquire(new RateLimiter.Limit("helpdesk.barrier.client:" + client, perClient, window))) {
			throw new FieldProblems(FieldProblem.ofForm("helpdesk.barrier.too-many"));
		}
		Instant now = clock.instant();
		// the coordination reads German; the page and the description stay as typed
		String text = messages.getMessage("helpdesk.barrier.case-text",
				new Object[] { page.isEmpty() ? "-" : page, description }, Locale.GERMAN);
		String district = region.districts().stream().map(DistrictSummary::code).findFirst()
			.orElseThrow(() -> new IllegalStateException("The region has no districts"));
		Inquiry row = Inquiry.submit(cases.nextCaseNumber(now),
				new Inquiry.Concern(Topic.OTHER, district, text, ContactChannel.EMAIL, null),
				new Inquiry.Submitter(null, name.isEmpty() ? "-" : name, email.isEmpty() ? null : email, null,
						LocaleContextHolder.getLocale().getLanguage()),
				null, now);
		row.route(Route.coordination(), now);
		cases.save(row);
		notices.arrived(row);
		return row.caseNumber();
	}

	private static String strip(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
