package de.itas.platform.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** A measure with its children, for showing an action field's measures as a tree. */
public record MeasureNode(MeasureView measure, List<MeasureNode> children) {

	/**
	 * The trees of the given measures (in their order), keeping only those the filter accepts; a measure whose
	 * parent is left out is left out too.
	 */
	public static List<MeasureNode> forest(List<MeasureView> measures, Predicate<MeasureView> shown) {
		Map<UUID, List<MeasureView>> children = new LinkedHashMap<>();
		List<MeasureView> roots = new ArrayList<>();
		for (MeasureView measure : measures) {
			if (measure.parentId() == null) {
				roots.add(measure);
			}
			else {
				children.computeIfAbsent(measure.parentId(), id -> new ArrayList<>()).add(measure);
			}
		}
		return build(roots, children, shown);
	}

	private static List<MeasureNode> build(List<MeasureView> level, Map<UUID, List<MeasureView>> children,
			Predicate<MeasureView> shown) {
		List<MeasureNode> nodes = new ArrayList<>();
		for (MeasureView measure : level) {
			if (shown.test(measure)) {
				nodes.add(new MeasureNode(measure, build(children.getOrDefault(measure.id(), List.of()), children, shown)));
			}
		}
		return List.copyOf(nodes);
	}

	/** This measure and all below it, depth first. */
	public List<MeasureNode> flatten() {
		List<MeasureNode> all = new ArrayList<>();
		all.add(this);
		children.forEach(child -> all.addAll(child.flatten()));
		return all;
	}

}
