package de.itas.platform.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The progress of a measure computed from its children: the plain average of their progress, or the average
 * weighted by their weights, rounded half up to whole per cent. A measure without children has progress 0 in a
 * computed mode. Pure: no database, no clock.
 */
public final class ProgressRollup {

	private ProgressRollup() {
	}

	/** A child's progress (0-100) and weight (at least 1). */
	public record Part(int progress, int weight) {

		public Part {
			if (progress < 0 || progress > 100) {
				throw new IllegalArgumentException("Progress must be between 0 and 100, not " + progress);
			}
			if (weight < 1) {
				throw new IllegalArgumentException("Weight must be at least 1, not " + weight);
			}
		}

		static Part of(MeasureView measure) {
			return new Part(measure.progress(), measure.weight());
		}

	}

	/**
	 * The progress of a measure in a computed mode from its children's.
	 *
	 * @throws IllegalArgumentException for {@link ProgressMode#ENTERED}: that progress is typed in
	 */
	public static int of(ProgressMode mode, List<Part> children) {
		if (!mode.computed()) {
			throw new IllegalArgumentException("Entered progress is not computed");
		}
		if (children.isEmpty()) {
			return 0;
		}
		long sum = 0;
		long total = 0;
		for (Part child : children) {
			int weight = mode == ProgressMode.WEIGHTED ? child.weight() : 1;
			sum += (long) child.progress() * weight;
			total += weight;
		}
		// half up: (2 * sum + total) / (2 * total), all values non-negative
		return (int) ((2 * sum + total) / (2 * total));
	}

	/** The progress of the measure from the given children (measure views). */
	public static int ofMeasures(ProgressMode mode, List<MeasureView> children) {
		return of(mode, children.stream().map(Part::of).toList());
	}

	/**
	 * The progress of every measure of a forest, computed bottom-up: entered measures keep theirs, computed ones
	 * get the roll-up of their children (which may be computed themselves). Measures whose parent is not in the
	 * list count as roots.
	 *
	 * @return progress by measure id, for every given measure
	 */
	public static Map<UUID, Integer> rollUp(List<MeasureView> measures) {
		Map<UUID, List<MeasureView>> children = new HashMap<>();
		Map<UUID, MeasureView> byId = new HashMap<>();
		measures.forEach(measure -> byId.put(measure.id(), measure));
		for (MeasureView measure : measures) {
			if (measure.parentId() != null && byId.containsKey(measure.parentId())) {
				children.computeIfAbsent(measure.parentId(), id -> new ArrayList<>()).add(measure);
			}
		}
		Map<UUID, Integer> progress = new HashMap<>();
		List<MeasureView> deepestFirst = new ArrayList<>(measures);
		deepestFirst.sort(Comparator.comparingInt(MeasureView::level).reversed());
		for (MeasureView measure : deepestFirst) {
			if (!measure.progressMode().computed()) {
				progress.put(measure.id(), measure.progress());
				continue;
			}
			List<Part> parts = new ArrayList<>();
			for (MeasureView child : children.getOrDefault(measure.id(), List.of())) {
				parts.add(new Part(progress.getOrDefault(child.id(), child.progress()), child.weight()));
			}
			progress.put(measure.id(), of(measure.progressMode(), parts));
		}
		return progress;
	}

}
