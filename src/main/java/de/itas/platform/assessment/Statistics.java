package de.itas.platform.assessment;

import java.util.List;
import java.util.Optional;

/** Quartiles for the regional comparison. */
final class Statistics {

	private Statistics() {
	}

	/**
	 * The quartiles of the values, by linear interpolation between the sorted values (the method most
	 * spreadsheet programs use as QUARTILE.INC); empty for fewer than {@code minimum} values.
	 */
	static Optional<Comparison.Quartiles> quartiles(List<Integer> values, int minimum) {
		if (values.size() < minimum || values.isEmpty()) {
			return Optional.empty();
		}
		List<Integer> sorted = values.stream().sorted().toList();
		return Optional.of(new Comparison.Quartiles((int) Math.round(quantile(sorted, 0.25)),
				(int) Math.round(quantile(sorted, 0.5)), (int) Math.round(quantile(sorted, 0.75)), sorted.size()));
	}

	static double quantile(List<Integer> sorted, double p) {
		double position = p * (sorted.size() - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		double fraction = position - below;
		return sorted.get(below) + fraction * (sorted.get(above) - sorted.get(below));
	}

}
