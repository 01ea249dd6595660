package de.itas.platform.governance.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.governance.DecisionView;
import de.itas.platform.governance.Provenance;
import de.itas.platform.governance.VersionSummary;

/** The provenance graph of one version as the API answers it (no person is named). */
record ProvenanceJson(String version, String status, List<Section> sections, List<Contribution> contributions,
		List<Edge> edges) {

	record Section(UUID id, String anchor, String number, String heading, String url) {
	}

	record Decision(String outcome, String reason, Instant decidedAt) {
	}

	record Contribution(String kind, UUID id, @Nullable String code, String text, String url,
			@Nullable Decision decision) {
	}

	record Edge(String fromKind, UUID from, String toKind, UUID to, @Nullable UUID toVersion, String relation) {
	}

	static ProvenanceJson of(VersionSummary version, Provenance.Trace trace) {
		return new ProvenanceJson(version.number(), version.status().name(),
				trace.sections()
					.stream()
					.map(s -> new Section(s.sectionId(), s.anchor(), s.number(), s.heading(), s.link()))
					.toList(),
				trace.contributions()
					.stream()
					.map(c -> new Contribution(c.kind().name(), c.id(), c.code(), c.text(), c.link(), decision(c.decision())))
					.toList(),
				trace.edges()
					.stream()
					.map(e -> new Edge(e.from().kind().name(), e.from().id(), e.to().kind().name(), e.to().id(),
							e.to().versionId(), e.relation().name()))
					.toList());
	}

	private static @Nullable Decision decision(@Nullable DecisionView decision) {
		return decision == null ? null : new Decision(decision.outcome().name(), decision.reason(), decision.decidedAt());
	}

}
