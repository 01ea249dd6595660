/**
 * Small-number protection (statistical disclosure control) for everything the platform publishes as counts:
 * the needs map, survey results, indicators, event figures and open data use the one rule of
 * {@link de.itas.platform.shared.disclosure.SmallNumbers}. A count of 1–4 companies or persons is withheld
 * (primary suppression), and further entries are withheld so that no withheld count can be recomputed by
 * subtracting the shown entries of its row or column from the total (secondary suppression). A module that
 * publishes a table passes its counts with their totals and shows a withheld entry as such, with none of the
 * figures behind it.
 */
@NullMarked
@NamedInterface("disclosure")
package de.itas.platform.shared.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
