package de.itas.platform.shared.figures;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Collects the figures of all modules' {@link FigureSource}s and answers them by key; it knows no module.
 * The definitions are checked when the application starts (keys unique and prefixed with their module's
 * name), the values on every call: anything a source gets wrong ends in a {@link FigureException} naming
 * the key and the module.
 */
@Component
public class Figures {

	private static final Comparator<FigureValue> ORDER = Comparator.comparing(FigureValue::month)
		.thenComparing(FigureValue::districtCode, Comparator.nullsLast(Comparator.naturalOrder()));

	private record Entry(FigureDefinition definition, FigureSource source) {
	}

	private record Cell(YearMonth month, @Nullable String districtCode) {
	}

	private final Map<String, Entry> entries;

	Figures(List<FigureSource> sources) {
		Map<String, Entry> byKey = new LinkedHashMap<>();
		for (FigureSource source : sources) {
			for (FigureDefinition definition : source.definitions()) {
				if (!definition.module().equals(source.module())) {
					throw new IllegalStateException("The figure '" + definition.key() + "' of module '" + source.module()
							+ "' must start with '" + source.module() + ".'");
				}
				Entry before = byKey.putIfAbsent(definition.key(), new Entry(definition, source));
				if (before != null) {
					throw new IllegalStateException("The figure '" + definition.key() + "' is defined twice (module '"
							+ before.source().module() + "' and module '" + source.module() + "')");
				}
			}
		}
		this.entries = byKey;
	}

	/** All figures of all modules, ordered by key. */
	public List<FigureDefinition> definitions() {
		return entries.values()
			.stream()
			.map(Entry::definition)
			.sorted(Comparator.comparing(FigureDefinition::key))
			.toList();
	}

	public Optional<FigureDefinition> definition(String key) {
		return Optional.ofNullable(entries.get(key)).map(Entry::definition);
	}

	/**
	 * The values of a figure from month {@code from} to month {@code to} (both inclusive, Berlin time), one
	 * per month and district with at least one to count, ordered by month and district (unknown district
	 * last).
	 *
	 * @throws FigureException when no module publishes the key, or its source fails or answers values that
	 * break the contract (another key, a month outside the range, a count below 1, a month and district twice)
	 * @throws IllegalArgumentException when {@code from} is after {@code to}
	 */
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("The range of figure '" + key + "' begins (" + from + ") after it ends ("
					+ to + ")");
		}
		Entry entry = entries.get(key);
		if (entry == null) {
			throw FigureException.unknown(key);
		}
		String module = entry.source().module();
		List<FigureValue> values;
		try {
			values = entry.source().values(key, from, to);
		}
		catch (RuntimeException ex) {
			throw FigureException.failed(key, module, ex);
		}
		if (values == null) {
			throw FigureException.invalid(key, module, "no list");
		}
		Set<Cell> cells = new HashSet<>();
		for (FigureValue value : values) {
			if (value == null) {
				throw FigureException.invalid(key, module, "a missing value");
			}
			if (!value.key().equals(key)) {
				throw FigureException.invalid(key, module, "a value of figure '" + value.key() + "'");
			}
			if (value.month().isBefore(from) || value.month().isAfter(to)) {
				throw FigureException.invalid(key, module, "month " + value.month() + " outside " + from + " to " + to);
			}
			if (value.count() < 1) {
				throw FigureException.invalid(key, module, "count " + value.count() + " in " + value.month());
			}
			if (!cells.add(new Cell(value.month(), value.districtCode()))) {
				throw FigureException.invalid(key, module,
						"month " + value.month() + " and district " + Objects.toString(value.districtCode(), "(unknown)")
								+ " twice");
			}
		}
		return values.stream().sorted(ORDER).toList();
	}

}
