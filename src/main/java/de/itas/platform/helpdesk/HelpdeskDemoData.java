package de.itas.platform.helpdesk;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.region.HelpDeskSummary;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.security.PlatformUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data for the help desk: one team per help desk of the region and one per partner without a desk,
 * the demo advisors as members and the demo routing rules (both from the region's
 * {@code demo/helpdesk.json}), 30 fictional inquiries in every status and free slots for the coming working
 * days. Runs once per database (a marker row in {@code helpdesk.job_run}); teams and members are ensured on
 * every start.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class HelpdeskDemoData {

	private static final Logger log = LoggerFactory.getLogger(HelpdeskDemoData.class);

	/** The region's demo file: advisors with the teams they work in, and routing rules. */
	static final String FILE = "demo/helpdesk.json";

	/** A demo advisor and the teams (help-desk codes or {@code <partner>-team}) they work in, first the main one. */
	record DemoAdvisor(String email, List<String> teams) {
	}

	/** A demo routing rule; topic and district may be left out to match all. */
	record DemoRule(@Nullable Topic topic, @Nullable String districtCode, String teamCode) {
	}

	record DemoFile(List<DemoAdvisor> advisors, List<DemoRule> rules) {
	}

	/** Demo advisors (by e-mail address) and the teams they work in, in the file's order. */
	private final Map<String, List<String>> advisors = new LinkedHashMap<>();
	private final List<DemoRule> rules;

	private static final String[] TEXTS = {
			"Wir fertigen Getriebeteile für Verbrennungsmotoren und suchen Wege, unsere Zerspaner für die E-Mobilität zu qualifizieren.",
			"Unser Hauptkunde reduziert die Abrufe. Wir möchten unser Geschäftsmodell prüfen und neue Märkte erschließen.",
			"Ich arbeite seit 20 Jahren in der Gießerei und möchte mich beruflich neu orientieren. Welche Wege gibt es?",
			"Der Betriebsrat möchte eine Qualifizierungsvereinbarung abschließen. Wer kann uns dabei beraten?",
			"Wir planen eine Investition in Laserschweißtechnik und suchen Förderprogramme und Partner in der Region.",
			"Welche Fördermöglichkeiten gibt es für die Weiterbildung von zwölf Beschäftigten zur Elektrofachkraft?",
			"Unser Standort ist von Flächenknappheit betroffen. Wir suchen Unterstützung bei der Standortentwicklung." };

	private final TeamRepository teams;
	private final CaseRepository cases;
	private final SlotRepository slots;
	private final RoutingRules routing;
	private final Region region;
	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	HelpdeskDemoData(TeamRepository teams, CaseRepository cases, SlotRepository slots, RoutingRules routing,
			Region region, UserDetailsService users, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			RegionFolder regionFolder) {
		DemoFile demo = read(regionFolder);
		demo.advisors().forEach(advisor -> advisors.put(advisor.email(), advisor.teams()));
		this.rules = demo.rules();
		this.teams = teams;
		this.cases = cases;
		this.slots = slots;
		this.routing = routing;
		this.region = region;
		this.users = users;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		transactions.executeWithoutResult(status -> {
			ensureTeams();
			boolean first = jdbc.sql("INSERT INTO helpdesk.job_run (name, last_run) VALUES ('demo-data', NULL) ON CONFLICT DO NOTHING")
				.update() == 1;
			if (first) {
				for (DemoRule rule : rules) {
					TeamSummary team = teams.team(rule.teamCode())
						.orElseThrow(() -> new IllegalStateException("Demo routing rule names unknown team " + rule.teamCode()));
					teams.saveRule(rule.topic(), rule.districtCode(), team.partnerCode(), team.code());
				}
				int inquiries = inquiries();
				int free = freeSlots();
				log.info("Created help-desk demo data: {} inquiries, {} free slots", inquiries, free);
			}
		});
	}

	private void ensureTeams() {
		for (HelpDeskSummary desk : region.helpDesks(null, null)) {
			teams.ensureTeam(new TeamSummary(desk.code(), desk.partner().code(), desk.name(), desk.code()));
		}
		for (PartnerSummary partner : region.partners()) {
			if (region.helpDesks(null, partner.code()).isEmpty()) {
				teams.ensureTeam(new TeamSummary(partner.code() + "-team", partner.code(),
						partner.shortName() + " – Beratungsteam", null));
			}
		}
		advisors.forEach((email, codes) -> user(email).ifPresent(advisor -> codes.stream()
			.filter(code -> teams.team(code).isPresent())
			.forEach(code -> teams.addMember(code, advisor.id()))));
	}

	private Optional<PlatformUser> user(String email) {
		try {
			return Optional.of((PlatformUser) users.loadUserByUsername(email));
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

	private int inquiries() {
		Optional<PlatformUser> company = user("unternehmen@demo.itas.local");
		Optional<PlatformUser> employee = user("beschaeftigte@demo.itas.local");
		List<String> districts = region.districts().stream().map(district -> district.code()).toList();
		if (districts.isEmpty()) {
			return 0;
		}
		CaseStatus[] statuses = { CaseStatus.NEW, CaseStatus.NEW, CaseStatus.NEW, CaseStatus.NEW, CaseStatus.NEW,
				CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.ASSIGNED, CaseStatus.ASSIGNED, CaseStatus.ASSIGNED,
				CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS,
				CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_FEEDBACK,
				CaseStatus.WAITING_FOR_FEEDBACK, CaseStatus.WAITING_FOR_FEEDBACK, CaseStatus.WAITING_FOR_FEEDBACK,
				CaseStatus.RECOMMENDATION_SENT, CaseStatus.RECOMMENDATION_SENT, CaseStatus.RECOMMENDATION_SENT,
				CaseStatus.RECOMMENDATION_SENT, CaseStatus.CLOSED, CaseStatus.CLOSED, CaseStatus.CLOSED,
				CaseStatus.CLOSED, CaseStatus.CLOSED, CaseStatus.CLOSED };
		Outcome[] outcomes = Outcome.values();
		Topic[] topics = Topic.values();
		Instant now = clock.instant();
		for (int i = 0; i < statuses.length; i++) {
			CaseStatus status = statuses[i];
			Topic topic = topics[i % topics.length];
			String district = districts.get(i % districts.size());
			Optional<PlatformUser> submitter = i % 3 == 0 ? company : i % 3 == 1 ? employee : Optional.empty();
			String name = submitter.map(PlatformUser::getDisplayName).orElse("Besucherin " + (i + 1) + " (Demo)");
			String email = submitter.map(PlatformUser::email).orElse("besuch" + (i + 1) + "@demo.itas.local");
			// the open ones are recent (the first three of them overdue), the later states older
			int daysAgo = status == CaseStatus.NEW ? (i < 3 ? 8 + i : i - 3) : 6 + i * 3;
			Instant submitted = LocalDate.now(clock.withZone(SaxonWorkingDays.ZONE))
				.minusDays(daysAgo)
				.atTime(LocalTime.of(8 + i % 9, 15))
				.atZone(SaxonWorkingDays.ZONE)
				.toInstant();
			if (submitted.isAfter(now)) {
				submitted = now.minus(Duration.ofHours(1));
			}
			Route route = routing.route(topic, district);
			Inquiry inquiry = Inquiry.submit(cases.nextCaseNumber(submitted),
					new Inquiry.Concern(topic, district, TEXTS[i % TEXTS.length],
							ContactChannel.values()[i % ContactChannel.values().length], i % 2 == 0 ? "vormittags" : null),
					new Inquiry.Submitter(submitter.map(PlatformUser::id).orElse(null), name, email, null, "de"), null,
					submitted);
			inquiry.route(route, submitted);
			List<UUID> members = route.teamCode() == null ? List.of() : teams.members(route.teamCode());
			if (status == CaseStatus.NEW || members.isEmpty()) {
				cases.save(inquiry);
				continue;
			}
			UUID advisorId = members.get(0);
			String advisorName = advisors.keySet()
				.stream()
				.map(this::user)
				.flatMap(Optional::stream)
				.filter(user -> user.id().equals(advisorId))
				.map(PlatformUser::getDisplayName)
				.findFirst()
				.orElse("Beratung");
			Inquiry.Actor advisor = new Inquiry.Actor(advisorId, advisorName);
			inquiry.assignTo(advisor, advisor, submitted.plus(Duration.ofHours(3)));
			Instant answered = status == CaseStatus.ASSIGNED ? null : submitted.plus(Duration.ofHours(20 + i));
			if (answered != null) {
				inquiry.message("Vielen Dank für Ihr Anliegen. Ich melde mich mit einem Terminvorschlag bei Ihnen.",
						advisor, answered);
				// the way through the workflow to the demo status
				inquiry.changeStatus(CaseStatus.IN_PROGRESS, null, advisor, answered);
				switch (status) {
					case WAITING_FOR_FEEDBACK, RECOMMENDATION_SENT -> inquiry.changeStatus(status, null, advisor, answered);
					case CLOSED -> inquiry.close(outcomes[i % outcomes.length], advisor, submitted.plus(Duration.ofDays(5)));
					default -> {
					}
				}
			}
			cases.save(inquiry);
			long id = inquiry.id();
			if (submitter.isPresent() && answered != null && i % 2 == 1) {
				Instant start = submitted.plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
				if (start.isBefore(now) && !slots.exists(advisorId, start)) {
					long slot = slots.insert(advisorId, advisorName, route.teamCode(), SlotKind.VIDEO, null, start, 60,
							EnumSet.of(topic));
					slots.book(slot, submitter.get().id(), name, email, id, start.minus(Duration.ofDays(1)));
				}
			}
		}
		return statuses.length;
	}

	static DemoFile read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read demo data " + region.path(FILE) + ": " + ex.getMessage(), ex);
		}
	}

	private int freeSlots() {
		int created = 0;
		LocalDate day = LocalDate.now(clock.withZone(SaxonWorkingDays.ZONE));
		List<LocalDate> days = new ArrayList<>();
		while (days.size() < 10) {
			day = SaxonWorkingDays.addWorkingDays(day, 1);
			days.add(day);
		}
		int index = 0;
		for (Map.Entry<String, List<String>> entry : advisors.entrySet()) {
			Optional<PlatformUser> advisor = user(entry.getKey());
			Optional<TeamSummary> team = teams.team(entry.getValue().get(0));
			if (advisor.isEmpty() || team.isEmpty()) {
				continue;
			}
			for (LocalDate date : days) {
				for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(13, 30))) {
					Instant start = date.atTime(time).atZone(SaxonWorkingDays.ZONE).toInstant();
					if (slots.exists(advisor.get().id(), start)) {
						continue;
					}
					SlotKind kind = SlotKind.values()[index++ % SlotKind.values().length];
					if (kind == SlotKind.HELP_DESK && team.get().deskCode() == null) {
						kind = SlotKind.VIDEO;
					}
					slots.insert(advisor.get().id(), advisor.get().getDisplayName(), team.get().code(), kind,
							kind == SlotKind.HELP_DESK ? team.get().deskCode() : null, start, 45,
							EnumSet.allOf(Topic.class));
					created++;
				}
			}
		}
		return created;
	}

}
