package de.itas.platform.governance;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.figures.FigureException;
import de.itas.platform.shared.figures.Figures;

/**
 * Counts a computed indicator's year through the figures contract and keeps it as a new snapshot. A module that
 * cannot deliver its figure makes the computation fail with a {@link FigureException} naming the figure and the
 * module; nothing is stored then, and nothing is ever read as zero.
 */
@Component
public class IndicatorSnapshots {

	private final Figures figures;
	private final IndicatorStore store;

	IndicatorSnapshots(Figures figures, IndicatorStore store) {
		this.figures = figures;
		this.store = store;
	}

	/**
	 * @throws FigureException when the figure cannot be counted
	 * @throws IllegalArgumentException for an entered indicator or a year outside its life
	 */
	@Transactional
	public SnapshotView compute(IndicatorView indicator, int year, String byName) {
		String figureKey = indicator.figureKey();
		if (!indicator.computed() || figureKey == null) {
			throw new IllegalArgumentException("The indicator '" + indicator.key() + "' is entered, not computed");
		}
		if (year < indicator.firstYear() || year > indicator.lastYear()) {
			throw new IllegalArgumentException("The year " + year + " is outside the life of '" + indicator.key() + "'");
		}
		List<SnapshotView.Value> values = figures.values(figureKey, YearMonth.of(year, 1), YearMonth.of(year, 12))
			.stream()
			.map(value -> new SnapshotView.Value(value.month(), value.districtCode(), value.count()))
			.toList();
		return store.snapshot(indicator.key(), year, figureKey, byName, values);
	}

}
