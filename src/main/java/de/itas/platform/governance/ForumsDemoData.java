package de.itas.platform.governance;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.security.PlatformUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional demo forums from the region's {@code demo/governance-forums.json}: past forums with online inputs
 * and published paper-card batches, grouped into topics with decisions and linked to the charter's sections
 * and proposals where those exist, and one forum whose input period is open around the start. Runs once (when
 * no forum exists) after the charter and consultation demos; a region without the file gets no forums.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class ForumsDemoData {

	private static final Logger log = LoggerFactory.getLogger(ForumsDemoData.class);

	static final String FILE = "demo/governance-forums.json";

	record DemoForum(String title, String districtCode, @Nullable String place, @Nullable LocalDate heldOn,
			@Nullable LocalDateTime inputFrom, @Nullable LocalDateTime inputTo, String description) {
	}

	record DemoText(InputKind kind, @Nullable String actionField, String text) {
	}

	record DemoTopic(String title, String description, @Nullable String actionField, List<Integer> texts,
			Outcome outcome, String reason, List<String> sections, List<String> proposals) {
	}

	record DemoDecision(int text, Outcome outcome, String reason, List<String> sections) {
	}

	/** The file; {@code note} and {@code fictional} mark it as made up. */
	record DemoFile(String note, boolean fictional, String enteredBy, String reviewedBy, String decidedBy, String contributor, String charterVersion,
			int inputsPerForum, List<DemoForum> forums, DemoForum openForum, List<DemoText> texts,
			List<DemoTopic> topics, List<DemoDecision> inputDecisions) {
	}

	private record Created(UUID id, int text, @Nullable UUID author) {
	}

	private final RegionFolder region;
	private final JdbcClient jdbc;
	private final InputCodes codes;
	private final Decisions decisions;
	private final Links links;
	private final Charter charter;
	private final UserDetailsService users;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ForumsDemoData(RegionFolder region, JdbcClient jdbc, InputCodes codes, Decisions decisions, Links links,
			Charter charter, UserDetailsService users, TransactionTemplate transactions, Clock clock) {
		this.region = region;
		this.jdbc = jdbc;
		this.codes = codes;
		this.decisions = decisions;
		this.links = links;
		this.charter = charter;
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(30)
	void load() {
		if (!region.file(FILE).exists()) {
			log.info("Region {} has no {}: no demo forums", region, FILE);
			return;
		}
		if (jdbc.sql("SELECT count(*) FROM governance.forum").query(Long.class).single() > 0) {
			return;
		}
		DemoFile demo = read(region);
		transactions.executeWithoutResult(status -> load(demo));
	}

	private void load(DemoFile demo) {
		UUID enteredBy = user(demo.enteredBy());
		UUID reviewedBy = user(demo.reviewedBy());
		UUID decidedBy = user(demo.decidedBy());
		UUID contributor = user(demo.contributor());
		List<Created> inputs = new ArrayList<>();
		for (int f = 0; f < demo.forums().size(); f++) {
			DemoForum forum = demo.forums().get(f);
			UUID forumId = forum(forum, at(forum.inputFrom()), at(forum.inputTo()), forum.heldOn());
			UUID batch = UUID.randomUUID();
			Instant from = at(forum.inputFrom());
			Duration step = Duration.between(from, at(forum.inputTo())).dividedBy(demo.inputsPerForum() + 1);
			Instant entered = at(forum.inputTo()).plus(Duration.ofDays(2));
			jdbc.sql("INSERT INTO governance.card_batch (id, forum_id, status, entered_by, entered_at, reviewed_by, "
					+ "reviewed_at) VALUES (?, ?, 'PUBLISHED', ?, ?, ?, ?)")
				.params(batch, forumId, enteredBy, Timestamp.from(entered), reviewedBy,
						Timestamp.from(entered.plus(Duration.ofDays(1))))
				.update();
			int row = 0;
			for (int j = 0; j < demo.inputsPerForum(); j++) {
				int text = (f * 11 + j * 2) % demo.texts().size();
				DemoText demoText = demo.texts().get(text);
				boolean paper = j % 3 == 0;
				UUID author = !paper && j % 10 == 1 ? contributor : null;
				UUID id = UUID.randomUUID();
				jdbc.sql("INSERT INTO governance.forum_input (id, code, forum_id, kind, body, district_code, "
						+ "action_field_code, source, batch_id, batch_row, author_id, show_name, author_name, published, "
						+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, TRUE, ?)")
					.params(id, codes.fresh(), forumId, demoText.kind().name(), demoText.text(), forum.districtCode(),
							demoText.actionField(), paper ? "PAPER" : "ONLINE", paper ? batch : null,
							paper ? ++row : null, author, Timestamp.from(paper ? entered : from.plus(step.multipliedBy(j + 1))))
					.update();
				inputs.add(new Created(id, text, author));
			}
		}
		VersionSummary version = charter.version(demo.charterVersion()).orElse(null);
		if (version == null) {
			log.info("Charter version {} is missing: demo forum inputs are not linked to sections", demo.charterVersion());
		}
		Map<String, UUID> sections = sections(version);
		Instant now = clock.instant();
		for (DemoTopic topic : demo.topics()) {
			UUID id = UUID.randomUUID();
			jdbc.sql("INSERT INTO governance.topic (id, title, description, action_field_code, created_by, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, topic.title(), topic.description(), topic.actionField(), decidedBy, Timestamp.from(now))
				.update();
			List<UUID> members = inputs.stream().filter(input -> topic.texts().contains(input.text())).map(Created::id).toList();
			jdbc.sql("UPDATE governance.forum_input SET topic_id = ? WHERE id = ANY(?)")
				.params(id, members.toArray(UUID[]::new))
				.update();
			decisions.decide(ContributionKind.TOPIC, id, topic.outcome(), topic.reason(), null, null, decidedBy, null,
					"/karte", topic.title());
			linkSections(ContributionKind.TOPIC, id, topic.sections(), sections, version, decidedBy);
			for (String code : topic.proposals()) {
				Optional<UUID> proposal = jdbc.sql("SELECT id FROM governance.proposal WHERE code = ?")
					.param(code)
					.query(UUID.class)
					.optional();
				if (proposal.isPresent()) {
					links.link(ContributionKind.TOPIC, id, ContributionKind.PROPOSAL, proposal.get(), null, decidedBy);
				}
				else {
					log.info("Proposal {} does not exist: demo topic '{}' is not linked to it", code, topic.title());
				}
			}
		}
		for (DemoDecision decision : demo.inputDecisions()) {
			inputs.stream().filter(input -> input.text() == decision.text()).findFirst().ifPresent(input -> {
				decisions.decide(ContributionKind.INPUT, input.id(), decision.outcome(), decision.reason(), null, null,
						decidedBy, null, "/karte", "");
				linkSections(ContributionKind.INPUT, input.id(), decision.sections(), sections, version, decidedBy);
			});
		}
		// a few inputs repeat an earlier one of the same text in the same topic
		Map<Integer, UUID> first = new HashMap<>();
		int duplicates = 0;
		for (Created input : inputs) {
			UUID original = first.putIfAbsent(input.text(), input.id());
			if (original != null && duplicates < 8 && input.text() % 4 == 0) {
				jdbc.sql("UPDATE governance.forum_input SET duplicate_of = ? WHERE id = ?").params(original, input.id()).update();
				duplicates++;
			}
		}
		DemoForum open = demo.openForum();
		forum(open, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
				LocalDate.ofInstant(now.plus(Duration.ofDays(7)), Forums.ZONE));
		// the demo's decisions belong to the consultation of the version they shaped, not to the day of loading
		// (this loader runs last, after the consultation's demo)
		jdbc.sql("UPDATE governance.decision d SET decided_at = v.consultation_to FROM governance.charter_version v "
				+ "WHERE v.number = ? AND v.consultation_to IS NOT NULL AND d.decided_at > v.consultation_to")
			.param(demo.charterVersion())
			.update();
		jdbc.sql("UPDATE governance.contribution_link l SET linked_at = v.consultation_to FROM governance.charter_version v "
				+ "WHERE v.number = ? AND v.consultation_to IS NOT NULL AND l.linked_at > v.consultation_to")
			.param(demo.charterVersion())
			.update();
		log.info("Created demo forums: {} forums, {} inputs, {} topics", demo.forums().size() + 1, inputs.size(),
				demo.topics().size());
	}

	private UUID forum(DemoForum forum, Instant from, Instant to, @Nullable LocalDate heldOn) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO governance.forum (id, title, district_code, place, held_on, input_from, input_to, "
				+ "description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, forum.title(), forum.districtCode(), forum.place(), heldOn, Timestamp.from(from),
					Timestamp.from(to), forum.description(), Timestamp.from(from))
			.update();
		return id;
	}

	private Map<String, UUID> sections(@Nullable VersionSummary version) {
		Map<String, UUID> byAnchor = new HashMap<>();
		if (version == null) {
			return byAnchor;
		}
		Map<UUID, String> anchors = charter.anchors();
		for (SectionView section : charter.sections(version.id())) {
			String anchor = anchors.get(section.sectionId());
			if (anchor != null) {
				byAnchor.put(anchor, section.sectionId());
			}
		}
		return byAnchor;
	}

	private void linkSections(ContributionKind kind, UUID id, List<String> anchors, Map<String, UUID> sections,
			@Nullable VersionSummary version, UUID by) {
		if (version == null) {
			return;
		}
		for (String anchor : anchors) {
			UUID section = sections.get(anchor);
			if (section == null) {
				log.info("Charter {} has no section '{}': demo link left out", version.number(), anchor);
				continue;
			}
			links.link(kind, id, ContributionKind.SECTION, section, version.id(), by);
		}
	}

	private UUID user(String email) {
		return ((PlatformUser) users.loadUserByUsername(email)).id();
	}

	private static Instant at(@Nullable LocalDateTime local) {
		if (local == null) {
			throw new IllegalStateException("A demo forum in " + FILE + " lacks its input period");
		}
		return local.atZone(Forums.ZONE).toInstant();
	}

	static DemoFile read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + region.path(FILE), ex);
		}
	}

}
