package de.itas.platform.helpdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import de.itas.platform.SignedIn;
import de.itas.platform.shared.security.PlatformUser;

/** Teams, routing and signed-in calls for the help-desk tests (isolated from the demo teams). */
@Component
class HelpdeskFixtures {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	final TeamRepository teams;
	final CaseRepository cases;
	final SlotRepository slots;
	final Inquiries inquiries;
	final Clock clock;
	final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	HelpdeskFixtures(TeamRepository teams, CaseRepository cases, SlotRepository slots, Inquiries inquiries, Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.cases = cases;
		this.slots = slots;
		this.inquiries = inquiries;
		this.clock = clock;
	}

	/** A fresh team of the IHK with these members; inquiries of topic OTHER from the Vogtlandkreis go to team A. */
	String team(String name, PlatformUser... members) {
		String code = "test-" + name + "-" + SEQUENCE.incrementAndGet();
		teams.ensureTeam(new TeamSummary(code, "ihk", "Testteam " + name, null));
		for (PlatformUser member : members) {
			teams.addMember(code, member.id());
		}
		return code;
	}

	void routeOtherFromVogtland(String team) {
		teams.saveRule(Topic.OTHER, "vogtlandkreis", "ihk", team);
	}

	static InquiryRequest request(String description, List<Upload> attachments) {
		return new InquiryRequest(Topic.OTHER, "vogtlandkreis", description, ContactChannel.EMAIL, "vormittags", null,
				null, null, true, attachments);
	}

	/** Submits an inquiry of topic OTHER from the Vogtlandkreis as the person. */
	String submit(PlatformUser person) {
		return as(person, () -> inquiries.submit(request("Wir brauchen Unterstützung bei der Transformation unseres Betriebs.", List.of())));
	}

	long freeSlot(PlatformUser advisor, String team, Duration fromNow) {
		return slots.insert(advisor.id(), advisor.getDisplayName(), team, SlotKind.VIDEO, null,
				clock.instant().plus(fromNow).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(SEQUENCE.incrementAndGet() * 60L),
				30, EnumSet.allOf(Topic.class));
	}

	/** A plausible start for a slot: at this local time on the first Monday to Friday at least {@code days} ahead. */
	Instant weekdayAt(int days, int hour, int minute) {
		java.time.LocalDate day = java.time.LocalDate.now(clock.withZone(SaxonWorkingDays.ZONE)).plusDays(days);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		return day.atTime(hour, minute).atZone(SaxonWorkingDays.ZONE).toInstant();
	}

	/**
	 * An advisor of their own, with no slots, series or mails yet (the test accounts share one account per set
	 * of roles): a person's account given the advisor's role, as an administrator would.
	 */
	PlatformUser advisor(de.itas.platform.accounts.TestAccounts accounts, String name) {
		PlatformUser person = accounts.person(name + " " + UUID.randomUUID().toString().substring(0, 8));
		jdbc.sql("INSERT INTO accounts.user_role (user_id, role) VALUES (?, 'ADVISOR')").param(person.id()).update();
		return new PlatformUser(person.id(), person.email(), person.getDisplayName(),
				java.util.EnumSet.of(de.itas.platform.shared.security.Role.EMPLOYEE, de.itas.platform.shared.security.Role.ADVISOR),
				true, null);
	}

	static <T> T as(PlatformUser user, Callable<T> action) {
		return SignedIn.as(user, action);
	}

	static void run(PlatformUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	Instant now() {
		return clock.instant();
	}

	Inquiry row(String caseNumber) {
		return cases.findByCaseNumber(caseNumber).orElseThrow();
	}

	static UUID none() {
		return new UUID(0, 0);
	}

}
