package de.itas.platform.shared.figures;

import java.time.YearMonth;
import java.util.List;

/**
 * A module's figures. Every module that has something to count for the governance indicators registers one
 * bean; {@link Figures} collects them. Sources count from their own tables, never return anything that
 * identifies a person, and do not apply the small-number rule themselves (the reader does when it
 * publishes).
 */
public interface FigureSource {

	/** The module's name, the first part of each of its figure keys. */
	String module();

	/** The figures of the module. */
	List<FigureDefinition> definitions();

	/**
	 * The values of one of the module's figures from month {@code from} to month {@code to} (both inclusive,
	 * Berlin time), one per month and district that has at least one to count.
	 *
	 * @param key one of the keys of {@link #definitions()}
	 * @throws IllegalArgumentException for a key the module does not publish
	 */
	List<FigureValue> values(String key, YearMonth from, YearMonth to);

}
