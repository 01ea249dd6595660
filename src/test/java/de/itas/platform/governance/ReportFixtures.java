package de.itas.platform.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Measures and indicators of their own for the tests of the funder report and the open data, made through the stores. */
@Component
class ReportFixtures {

	private final MeasureStore measures;
	private final IndicatorStore indicators;

	ReportFixtures(MeasureStore measures, IndicatorStore indicators) {
		this.measures = measures;
		this.indicators = indicators;
	}

	MeasureView measure(String field, @Nullable MeasureView parent, String title, boolean isPublic,
			MeasureStatus status, int progress, List<String> districts) {
		MeasureDraft draft = new MeasureDraft(title, "Beschreibung von " + title, "partner", "Auftragnehmer A\nAuftragnehmer B",
				Set.of(MeasureTargetGroup.COMPANIES), districts, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				new BigDecimal("25000.00"), ProgressMode.ENTERED, 1, isPublic);
		return measures.insert(field, parent, draft, status, progress);
	}

	IndicatorView entered(String key, String title, String field, IndicatorCounted counted, boolean isPublic,
			SortedMap<Integer, BigDecimal> targets) {
		return indicators.insert(new IndicatorView(key, title, "Definition von " + title, "Anzahl", 0, BigDecimal.ZERO,
				null, Direction.HIGHER, counted, new BigDecimal("10"), 2023, "partner", field, IndicatorSource.ENTERED,
				null, PeriodKind.YEAR, 2023, 2026, isPublic, 0, 0, targets));
	}

	static SortedMap<Integer, BigDecimal> targets(int year, String value) {
		SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
		targets.put(year, new BigDecimal(value));
		return targets;
	}

}
