package de.itas.platform.governance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provenance graph of the charter, navigable both ways: for a section of a version, the contributions
 * that led to its wording ("why is this here?"); for a contribution, where it led ("what became of it?").
 * Nodes are forum inputs, topics, proposals and sections of versions; edges are an input's topic, a
 * duplicate, a merge decision, a proposal's section, and the links the coordination drew. The graph of a
 * charter is small (hundreds of contributions), so it is read whole and walked in memory.
 */
@Service
public class Provenance {

	/** A node: a contribution, or a section of a version ({@code versionId} set). */
	public record Node(ContributionKind kind, UUID id, @Nullable UUID versionId) {

		static Node section(UUID sectionId, UUID versionId) {
			return new Node(ContributionKind.SECTION, sectionId, versionId);
		}

		static Node of(ContributionKind kind, UUID id) {
			return new Node(kind, id, null);
		}

	}

	/** Why an edge exists. */
	public enum Relation {
		/** an input belongs to a topic */
		GROUPED,
		/** an input repeats another */
		DUPLICATE,
		/** the decision merged a contribution into another */
		MERGED,
		/** a proposal was written on a section of a version */
		PROPOSED_ON,
		/** the coordination linked a contribution to a proposal or section */
		LED_TO
	}

	public record Edge(Node from, Node to, Relation relation) {
	}

	/**
	 * A contribution as provenance pages show it.
	 *
	 * @param code the public code (proposal "V-2.0-001", card "ZF-7K3M"); none for a topic
	 * @param text the proposal's reason, the input's text or the topic's title (shortened)
	 * @param link the contribution's own page
	 */
	public record Contribution(ContributionKind kind, UUID id, @Nullable String code, String text, String link,
			@Nullable DecisionView decision) {
	}

	/** A section of a version reached in the graph, with its place in that version. */
	public record SectionPlace(UUID sectionId, UUID versionId, String versionNumber, String anchor, String number,
			String heading) {

		public String link() {
			return "/charta/" + versionNumber + "#" + anchor;
		}

	}

	/** What a walk found: the contributions and the sections, in the order met. */
	public record Trace(List<Contribution> contributions, List<SectionPlace> sections, List<Edge> edges) {

		public boolean empty() {
			return contributions.isEmpty() && sections.isEmpty();
		}

	}

	private final JdbcClient jdbc;
	private final Charter charter;
	private final Decisions decisions;
	private final SurveyCitations citations;

	Provenance(JdbcClient jdbc, Charter charter, Decisions decisions, SurveyCitations citations) {
		this.jdbc = jdbc;
		this.charter = charter;
		this.decisions = decisions;
		this.citations = citations;
	}

	/** Every edge of the graph. */
	@Transactional(readOnly = true)
	public List<Edge> edges() {
		List<Edge> edges = new ArrayList<>();
		jdbc.sql("SELECT id, topic_id, duplicate_of FROM governance.forum_input WHERE published")
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				UUID topic = rs.getObject("topic_id", UUID.class);
				UUID duplicate = rs.getObject("duplicate_of", UUID.class);
				if (topic != null) {
					edges.add(new Edge(Node.of(ContributionKind.INPUT, id), Node.of(ContributionKind.TOPIC, topic),
							Relation.GROUPED));
				}
				if (duplicate != null) {
					edges.add(new Edge(Node.of(ContributionKind.INPUT, id), Node.of(ContributionKind.INPUT, duplicate),
							Relation.DUPLICATE));
				}
				return id;
			})
			.list();
		jdbc.sql("SELECT id, section_id, version_id FROM governance.proposal")
			.query((rs, n) -> edges.add(new Edge(Node.of(ContributionKind.PROPOSAL, rs.getObject("id", UUID.class)),
					Node.section(rs.getObject("section_id", UUID.class), rs.getObject("version_id", UUID.class)),
					Relation.PROPOSED_ON)))
			.list();
		jdbc.sql("SELECT contribution_kind, contribution_id, merged_into_kind, merged_into_id FROM governance.decision "
				+ "WHERE outcome = 'MERGED'")
			.query((rs, n) -> edges.add(new Edge(
					Node.of(ContributionKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)),
					Node.of(ContributionKind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class)), Relation.MERGED)))
			.list();
		// links drawn from a paper card before its batch was reviewed stay out until it is published
		jdbc.sql("SELECT l.source_kind, l.source_id, l.target_kind, l.target_id, l.target_version_id "
				+ "FROM governance.contribution_link l LEFT JOIN governance.forum_input i ON l.source_kind = 'INPUT' "
				+ "AND i.id = l.source_id WHERE l.source_kind <> 'INPUT' OR i.published")
			.query((rs, n) -> {
				ContributionKind target = ContributionKind.valueOf(rs.getString(3));
				UUID targetId = rs.getObject(4, UUID.class);
				Node to = target == ContributionKind.SECTION ? Node.section(targetId, rs.getObject(5, UUID.class))
						: Node.of(target, targetId);
				return edges.add(new Edge(Node.of(ContributionKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)),
						to, Relation.LED_TO));
			})
			.list();
		return edges;
	}

	/**
	 * Why a section of a version reads as it does: every contribution from which a path leads to it, or to the
	 * same section (or the sections it was split off or merged from) in the versions before, since a wording
	 * adopted in 2.0 and kept in 3.0 is there for the same reasons.
	 */
	@Transactional(readOnly = true)
	public Trace why(UUID versionId, UUID sectionId) {
		Set<Node> starts = new HashSet<>();
		Set<UUID> sections = new HashSet<>(Set.of(sectionId));
		Optional<VersionSummary> version = charter.version(versionId);
		Set<UUID> visited = new HashSet<>();
		while (version.isPresent() && visited.add(version.get().id())) {
			UUID id = version.get().id();
			sections.forEach(s -> starts.add(Node.section(s, id)));
			Map<UUID, List<UUID>> lineage = charter.lineage(id);
			Set<UUID> earlier = new HashSet<>(sections);
			sections.forEach(s -> earlier.addAll(lineage.getOrDefault(s, List.of())));
			sections = earlier;
			UUID predecessor = version.get().predecessorId();
			version = predecessor == null ? Optional.empty() : charter.version(predecessor);
		}
		return walk(starts, false);
	}

	/** What became of a contribution: the topics, proposals and sections it led to. */
	@Transactional(readOnly = true)
	public Trace whatBecameOf(ContributionKind kind, UUID id) {
		return walk(Set.of(Node.of(kind, id)), true);
	}

	private Trace walk(Set<Node> starts, boolean forward) {
		List<Edge> edges = edges();
		Map<Node, List<Edge>> adjacent = new HashMap<>();
		for (Edge edge : edges) {
			if (forward) {
				adjacent.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
			}
			else {
				// "why": a proposal written on a section does not explain it unless it was adopted and linked,
				// so only the coordination's links, groupings, duplicates and merges are followed backwards
				if (edge.relation() != Relation.PROPOSED_ON) {
					adjacent.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
				}
			}
		}
		Set<Node> seen = new HashSet<>(starts);
		Deque<Node> queue = new ArrayDeque<>(starts);
		List<Node> order = new ArrayList<>();
		List<Edge> used = new ArrayList<>();
		while (!queue.isEmpty()) {
			Node node = queue.poll();
			for (Edge edge : adjacent.getOrDefault(node, List.of())) {
				Node next = forward ? edge.to() : edge.from();
				used.add(edge);
				if (seen.add(next)) {
					order.add(next);
					queue.add(next);
				}
			}
		}
		return trace(order, used);
	}

	/** The whole graph around one version: its sections and every contribution linked to any of them. */
	@Transactional(readOnly = true)
	public Trace ofVersion(UUID versionId) {
		List<Contribution> contributions = new ArrayList<>();
		Map<UUID, Contribution> byId = new LinkedHashMap<>();
		List<Edge> edges = new ArrayList<>();
		List<SectionView> sections = charter.sections(versionId);
		for (SectionView section : sections) {
			Trace trace = why(versionId, section.sectionId());
			trace.contributions().forEach(c -> byId.putIfAbsent(c.id(), c));
			edges.addAll(trace.edges());
		}
		contributions.addAll(byId.values());
		Map<UUID, String> anchors = charter.anchors();
		VersionSummary version = charter.version(versionId).orElseThrow();
		List<SectionPlace> places = sections.stream()
			.map(s -> new SectionPlace(s.sectionId(), versionId, version.number(), anchors.get(s.sectionId()), s.number(),
					s.heading()))
			.toList();
		return new Trace(contributions, places, edges.stream().distinct().toList());
	}

	private Trace trace(List<Node> nodes, List<Edge> edges) {
		Map<ContributionKind, List<UUID>> ids = new HashMap<>();
		for (Node node : nodes) {
			ids.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(node.id());
		}
		Map<UUID, Contribution> contributions = new HashMap<>();
		contributions.putAll(proposals(ids.getOrDefault(ContributionKind.PROPOSAL, List.of())));
		contributions.putAll(inputs(ids.getOrDefault(ContributionKind.INPUT, List.of())));
		contributions.putAll(topics(ids.getOrDefault(ContributionKind.TOPIC, List.of())));
		contributions.putAll(citations.contributions(ids.getOrDefault(ContributionKind.SURVEY, List.of())));
		List<Contribution> found = new ArrayList<>();
		List<SectionPlace> sections = new ArrayList<>();
		Map<UUID, String> anchors = charter.anchors();
		Map<UUID, Optional<VersionSummary>> versions = new HashMap<>();
		Map<UUID, List<SectionView>> sectionsOf = new HashMap<>();
		for (Node node : nodes) {
			if (node.kind() == ContributionKind.SECTION && node.versionId() != null) {
				Optional<VersionSummary> version = versions.computeIfAbsent(node.versionId(), charter::version);
				List<SectionView> of = sectionsOf.computeIfAbsent(node.versionId(), charter::sections);
				of.stream()
					.filter(s -> s.sectionId().equals(node.id()))
					.findFirst()
					.ifPresent(s -> version.ifPresent(v -> sections.add(new SectionPlace(s.sectionId(), v.id(), v.number(),
							anchors.get(s.sectionId()), s.number(), s.heading()))));
			}
			else if (contributions.containsKey(node.id())) {
				found.add(contributions.get(node.id()));
			}
		}
		sections.sort(Comparator.comparing(SectionPlace::versionNumber, Provenance::compareVersions));
		return new Trace(found, sections, edges.stream().distinct().toList());
	}

	static int compareVersions(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
		return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
	}

	private Map<UUID, Contribution> proposals(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, DecisionView> decided = decisions.of(ContributionKind.PROPOSAL, ids);
		Map<UUID, Contribution> found = new HashMap<>();
		jdbc.sql("SELECT id, code, reason FROM governance.proposal WHERE id = ANY(?)")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				String code = rs.getString("code");
				return found.put(id, new Contribution(ContributionKind.PROPOSAL, id, code, shorten(rs.getString("reason")),
						"/charta/vorschlaege/" + code, decided.get(id)));
			})
			.list();
		return found;
	}

	private Map<UUID, Contribution> inputs(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, DecisionView> decided = decisions.of(ContributionKind.INPUT, ids);
		Map<UUID, Contribution> found = new HashMap<>();
		jdbc.sql("SELECT id, code, body FROM governance.forum_input WHERE published AND id = ANY(?)")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				String code = rs.getString("code");
				return found.put(id, new Contribution(ContributionKind.INPUT, id, code, shorten(rs.getString("body")),
						"/karte/" + code, decided.get(id)));
			})
			.list();
		return found;
	}

	private Map<UUID, Contribution> topics(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, DecisionView> decided = decisions.of(ContributionKind.TOPIC, ids);
		Map<UUID, Contribution> found = new HashMap<>();
		jdbc.sql("SELECT id, title FROM governance.topic WHERE id = ANY(?)")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return found.put(id, new Contribution(ContributionKind.TOPIC, id, null, shorten(rs.getString("title")),
						"/zukunftsforen/themen/" + id, decided.get(id)));
			})
			.list();
		return found;
	}

	private static String shorten(String text) {
		String t = text.strip().replaceAll("\\s+", " ");
		return t.length() <= 160 ? t : t.substring(0, 157).strip() + " …";
	}

}
