package de.itas.platform.governance;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fictional demo contributions of {@code region/<name>/demo/governance-consultation.json}: decided proposals
 * and comments on a past consultation, open proposals with supports and comments on the current one. Runs after
 * the charter's demo (which creates the versions and sections), once: a version that has proposals already is
 * left alone. Does nothing for a region without the file, and skips a version or section the charter lacks.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class DemoConsultation {

	private static final Logger log = LoggerFactory.getLogger(DemoConsultation.class);

	static final String FILE = "demo/governance-consultation.json";

	/** Who decided and linked the demo decisions (no account: the demo's coordination is fictional). */
	static final UUID DEMO_COORDINATION = UUID.nameUUIDFromBytes("demo-coordination".getBytes());

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** A change to the section's text: {@code find} replaced {@code with}, or (without find) a sentence appended. */
	record DemoChange(@Nullable String find, String with) {
	}

	record DemoDecision(Outcome outcome, String reason, @Nullable String mergedInto, @Nullable Boolean linked) {
	}

	record DemoReply(@Nullable String name, String body, LocalDate on) {
	}

	record DemoProposal(String version, String anchor, @Nullable String name, DemoChange change, String reason,
			LocalDate on, int supports, @Nullable DemoDecision decision, @Nullable List<DemoReply> replies) {
	}

	record DemoComment(String version, String anchor, @Nullable String name, @Nullable String passage, String body,
			LocalDate on, @Nullable List<DemoReply> replies) {
	}

	record DemoFile(String note, List<DemoProposal> proposals, List<DemoComment> comments) {
	}

	private final RegionFolder region;
	private final Charter charter;
	private final Consultation consultation;
	private final Decisions decisions;
	private final Links links;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoConsultation(RegionFolder region, Charter charter, Consultation consultation, Decisions decisions, Links links,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.region = region;
		this.charter = charter;
		this.consultation = consultation;
		this.decisions = decisions;
		this.links = links;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(20)
	void loadOnStart() {
		if (!region.file(FILE).exists()) {
			return;
		}
		DemoFile demo = read();
		Integer created = transactions.execute(status -> load(demo));
		if (created != null && created > 0) {
			log.info("Created {} demo contributions to the charter's consultation", created);
		}
	}

	int load(DemoFile demo) {
		Map<UUID, String> anchors = charter.anchors();
		java.util.Set<String> loaded = new java.util.HashSet<>();
		java.util.Set<String> skipped = new java.util.HashSet<>();
		int created = 0;
		Map<DemoProposal, UUID> ids = new java.util.IdentityHashMap<>();
		for (DemoProposal proposal : demo.proposals()) {
			Optional<Target> target = target(proposal.version(), proposal.anchor(), anchors, loaded, skipped);
			if (target.isEmpty()) {
				continue;
			}
			SectionView section = target.get().section();
			String proposed = apply(section.body(), proposal.change());
			String code = consultation.insertProposal(target.get().version(), section, null, proposal.name(), proposed,
					proposal.reason(), at(proposal.on()));
			UUID id = jdbc.sql("SELECT id FROM governance.proposal WHERE code = ?").param(code).query(UUID.class).single();
			ids.put(proposal, id);
			for (int i = 0; i < proposal.supports(); i++) {
				jdbc.sql("INSERT INTO governance.proposal_support (proposal_id, person_id, supported_at) VALUES (?, ?, ?)")
					.params(id, UUID.randomUUID(), java.sql.Timestamp.from(at(proposal.on()).plusSeconds(3600L * (i + 1))))
					.update();
			}
			for (DemoReply reply : proposal.replies() == null ? List.<DemoReply>of() : proposal.replies()) {
				consultation.insertComment(target.get().version().id(), section.sectionId(), id, null, null, reply.name(),
						null, reply.body(), at(reply.on()));
			}
			created++;
		}
		// decisions after all proposals exist, so that one may be merged into a later one
		for (DemoProposal proposal : demo.proposals()) {
			DemoDecision decision = proposal.decision();
			UUID proposalId = ids.get(proposal);
			if (decision == null || proposalId == null) {
				continue;
			}
			Optional<UUID> id = Optional.of(proposalId);
			String code = jdbc.sql("SELECT code FROM governance.proposal WHERE id = ?").param(proposalId)
				.query(String.class).single();
			UUID mergedInto = decision.mergedInto() == null ? null
					: jdbc.sql("SELECT id FROM governance.proposal WHERE code = ?").param(decision.mergedInto())
						.query(UUID.class).optional().orElse(null);
			decisions.decide(ContributionKind.PROPOSAL, id.get(), decision.outcome(), decision.reason(),
					mergedInto == null ? null : ContributionKind.PROPOSAL, mergedInto, DEMO_COORDINATION, null,
					"/charta/vorschlaege/" + code, code);
			if (Boolean.TRUE.equals(decision.linked())) {
				VersionSummary version = charter.version(proposal.version()).orElseThrow();
				UUID sectionId = jdbc.sql("SELECT section_id FROM governance.proposal WHERE id = ?").param(id.get())
					.query(UUID.class).single();
				links.link(ContributionKind.PROPOSAL, id.get(), ContributionKind.SECTION, sectionId, version.id(),
						DEMO_COORDINATION);
			}
		}
		for (DemoComment comment : demo.comments()) {
			Optional<Target> target = target(comment.version(), comment.anchor(), anchors, loaded, skipped);
			if (target.isEmpty()) {
				continue;
			}
			SectionView section = target.get().section();
			String passage = comment.passage() != null
					&& Consultation.plain(section.body()).contains(Consultation.plain(comment.passage()))
							? comment.passage() : null;
			UUID id = consultation.insertComment(target.get().version().id(), section.sectionId(), null, null, null,
					comment.name(), passage, comment.body(), at(comment.on()));
			for (DemoReply reply : comment.replies() == null ? List.<DemoReply>of() : comment.replies()) {
				consultation.insertComment(target.get().version().id(), section.sectionId(), null, id, null, reply.name(),
						null, reply.body(), at(reply.on()));
			}
			created++;
		}
		return created;
	}

	private record Target(VersionSummary version, SectionView section) {
	}

	/**
	 * The section to contribute to, when the version exists and has no contributions from an earlier start (that
	 * is decided once per version, at its first contribution in the file).
	 */
	private Optional<Target> target(String number, String anchor, Map<UUID, String> anchors, java.util.Set<String> loaded,
			java.util.Set<String> skipped) {
		if (skipped.contains(number)) {
			return Optional.empty();
		}
		Optional<VersionSummary> version = charter.version(number);
		if (!loaded.contains(number)) {
			boolean done = version.isPresent() && jdbc.sql("SELECT count(*) FROM governance.proposal WHERE version_id = ?")
				.param(version.get().id()).query(Integer.class).single() > 0;
			if (version.isEmpty() || done) {
				if (version.isEmpty()) {
					log.info("Demo consultation: the charter has no version {}, its contributions are skipped", number);
				}
				skipped.add(number);
				return Optional.empty();
			}
			loaded.add(number);
		}
		Optional<UUID> sectionId = anchors.entrySet().stream().filter(e -> e.getValue().equals(anchor))
			.map(Map.Entry::getKey).findFirst();
		Optional<SectionView> section = sectionId.flatMap(id -> charter.section(version.get().id(), id));
		if (section.isEmpty()) {
			log.info("Demo consultation: version {} has no section {}, a contribution is skipped", number, anchor);
			return Optional.empty();
		}
		return Optional.of(new Target(version.get(), section.get()));
	}

	static String apply(String body, DemoChange change) {
		if (change.find() != null && body.contains(change.find())) {
			return body.replace(change.find(), change.with());
		}
		return (body.strip() + " " + change.with()).strip();
	}

	private Instant at(LocalDate day) {
		Instant instant = day.atTime(10, 0).atZone(ZONE).toInstant();
		return instant.isAfter(clock.instant()) ? clock.instant() : instant;
	}

	private DemoFile read() {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read the demo consultation " + region.path(FILE) + ": "
					+ ex.getMessage(), ex);
		}
	}

}
