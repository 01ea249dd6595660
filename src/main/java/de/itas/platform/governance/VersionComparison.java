package de.itas.platform.governance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of the charter, section by section. Sections are compared by their
 * identity, not their number or heading, so that a renamed or moved section is recognised; the lineage of the
 * newer version tells split-off and merged sections from new and removed ones.
 */
public final class VersionComparison {

	/** What happened to a section. A section can be renamed, moved and changed at once. */
	public enum Change {
		ADDED, REMOVED, RENAMED, MOVED, CHANGED, SPLIT, MERGED, MERGED_INTO;

		public String messageKey() {
			return "governance.compare.change." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/**
	 * One row of the comparison.
	 *
	 * @param before the section in the older version (absent when added or split off)
	 * @param after the section in the newer version (absent when removed or merged into another)
	 * @param related the other sections involved: sources of a split or merge, or where a removed section went
	 * @param pieces word-level differences of the text (empty when the text is the same)
	 */
	public record Row(UUID sectionId, @Nullable SectionView before, @Nullable SectionView after, Set<Change> changes,
			List<SectionView> related, List<WordDiff.Piece> pieces, List<WordDiff.Piece> headingPieces) {

		public boolean unchanged() {
			return changes.isEmpty();
		}

		/** The number and heading shown for the row. */
		public SectionView shown() {
			return after != null ? after : Objects.requireNonNull(before);
		}

	}

	private final VersionSummary from;
	private final VersionSummary to;
	private final List<Row> rows;

	private VersionComparison(VersionSummary from, VersionSummary to, List<Row> rows) {
		this.from = from;
		this.to = to;
		this.rows = List.copyOf(rows);
	}

	/**
	 * Compares two versions.
	 *
	 * @param lineage sources of sections of the newer version (split off or merged), as in {@link Charter#lineage}
	 */
	public static VersionComparison of(VersionSummary from, List<SectionView> before, VersionSummary to,
			List<SectionView> after, Map<UUID, List<UUID>> lineage) {
		Map<UUID, SectionView> old = index(before);
		Map<UUID, SectionView> now = index(after);
		Map<UUID, List<UUID>> successors = new HashMap<>();
		lineage.forEach((target, sources) -> sources
			.forEach(source -> successors.computeIfAbsent(source, k -> new ArrayList<>()).add(target)));
		Set<UUID> reordered = reordered(before, after);
		List<Row> rows = new ArrayList<>();
		Set<UUID> done = new HashSet<>();
		for (SectionView section : after) {
			UUID id = section.sectionId();
			SectionView was = old.get(id);
			Set<Change> changes = EnumSet.noneOf(Change.class);
			List<SectionView> related = new ArrayList<>();
			List<UUID> sources = lineage.getOrDefault(id, List.of());
			for (UUID source : sources) {
				if (old.containsKey(source)) {
					related.add(old.get(source));
				}
			}
			if (was == null) {
				boolean sourceLivesOn = sources.stream().anyMatch(now::containsKey);
				changes.add(sources.isEmpty() ? Change.ADDED : sourceLivesOn ? Change.SPLIT : Change.MERGED);
			}
			else {
				if (!sources.isEmpty() && sources.stream().anyMatch(s -> !now.containsKey(s))) {
					changes.add(Change.MERGED);
				}
				if (!was.heading().strip().equals(section.heading().strip())) {
					changes.add(Change.RENAMED);
				}
				if (!Objects.equals(was.parentSectionId(), section.parentSectionId()) || reordered.contains(id)) {
					changes.add(Change.MOVED);
				}
				if (WordDiff.changed(was.body(), section.body())) {
					changes.add(Change.CHANGED);
				}
			}
			String oldBody = was != null ? was.body() : "";
			List<WordDiff.Piece> pieces = was == null || changes.contains(Change.CHANGED)
					? WordDiff.between(oldBody, section.body()) : List.of();
			List<WordDiff.Piece> headingPieces = changes.contains(Change.RENAMED)
					? WordDiff.between(was.heading(), section.heading()) : List.of();
			rows.add(new Row(id, was, section, changes, related, pieces, headingPieces));
			done.add(id);
		}
		for (SectionView section : before) {
			UUID id = section.sectionId();
			if (done.contains(id)) {
				continue;
			}
			List<SectionView> went = successors.getOrDefault(id, List.of())
				.stream()
				.filter(now::containsKey)
				.map(now::get)
				.toList();
			Set<Change> changes = EnumSet.of(went.isEmpty() ? Change.REMOVED : Change.MERGED_INTO);
			rows.add(new Row(id, section, null, changes, went, WordDiff.between(section.body(), ""), List.of()));
		}
		return new VersionComparison(from, to, rows);
	}

	/**
	 * The sections present in both versions that moved among their siblings: those outside the longest run that
	 * kept its relative order (so moving one section to the front marks that one, not all it passed).
	 */
	private static Set<UUID> reordered(List<SectionView> before, List<SectionView> after) {
		Map<UUID, Integer> oldIndex = new HashMap<>();
		for (int i = 0; i < before.size(); i++) {
			oldIndex.put(before.get(i).sectionId(), i);
		}
		Map<UUID, SectionView> old = index(before);
		Map<@Nullable UUID, List<UUID>> siblings = new LinkedHashMap<>();
		for (SectionView section : after) {
			SectionView was = old.get(section.sectionId());
			if (was != null && Objects.equals(was.parentSectionId(), section.parentSectionId())) {
				siblings.computeIfAbsent(section.parentSectionId(), k -> new ArrayList<>()).add(section.sectionId());
			}
		}
		Set<UUID> moved = new HashSet<>();
		for (List<UUID> group : siblings.values()) {
			Set<UUID> kept = longestIncreasingRun(group, oldIndex);
			group.stream().filter(id -> !kept.contains(id)).forEach(moved::add);
		}
		return moved;
	}

	/** The longest subsequence of {@code ids} whose old indexes increase (O(n²), n = siblings: a handful). */
	private static Set<UUID> longestIncreasingRun(List<UUID> ids, Map<UUID, Integer> oldIndex) {
		int n = ids.size();
		int[] length = new int[n];
		int[] previous = new int[n];
		int best = -1;
		for (int i = 0; i < n; i++) {
			length[i] = 1;
			previous[i] = -1;
			for (int j = 0; j < i; j++) {
				if (oldIndex.get(ids.get(j)) < oldIndex.get(ids.get(i)) && length[j] + 1 > length[i]) {
					length[i] = length[j] + 1;
					previous[i] = j;
				}
			}
			if (best < 0 || length[i] > length[best]) {
				best = i;
			}
		}
		Set<UUID> kept = new HashSet<>();
		for (int i = best; i >= 0; i = previous[i]) {
			kept.add(ids.get(i));
		}
		return kept;
	}

	private static Map<UUID, SectionView> index(List<SectionView> sections) {
		Map<UUID, SectionView> index = new LinkedHashMap<>();
		sections.forEach(s -> index.put(s.sectionId(), s));
		return index;
	}

	public VersionSummary from() {
		return from;
	}

	public VersionSummary to() {
		return to;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The rows with a change, in the newer version's order, removed sections last. */
	public List<Row> changed() {
		return rows.stream().filter(r -> !r.unchanged()).toList();
	}

	/** How many rows show each kind of change. */
	public Map<Change, Long> counts() {
		Map<Change, Long> counts = new LinkedHashMap<>();
		for (Change change : Change.values()) {
			long n = rows.stream().filter(r -> r.changes().contains(change)).count();
			if (n > 0) {
				counts.put(change, n);
			}
		}
		return counts;
	}

}
