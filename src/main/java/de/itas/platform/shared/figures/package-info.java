/**
 * Figures per month and district that modules publish for the governance indicators: counts of distinct
 * companies, persons or items, never anything that identifies a person.
 * <p>
 * A module joins by registering one {@link de.itas.platform.shared.figures.FigureSource} bean: it names its
 * figures ({@link de.itas.platform.shared.figures.FigureDefinition}: a key {@code <module>.<figure>}, the
 * message key of the figure's label in the module's bundle and what is counted) and answers the values of
 * one figure for a range of months ({@link de.itas.platform.shared.figures.FigureValue}: month, district
 * code or {@code null} where the district is unknown, count). Months are calendar months in Berlin time
 * ({@link de.itas.platform.shared.figures.Months}); months and districts with nothing to count are left out.
 * The collector {@link de.itas.platform.shared.figures.Figures} lists every module's definitions and
 * answers values by key; it knows no module and fails loudly ({@link
 * de.itas.platform.shared.figures.FigureException}) for an unknown key or a source that fails, so that a
 * reader shows a failure instead of a silent zero. What readers publish passes through the small-number
 * rule of {@link de.itas.platform.shared.disclosure.SmallNumbers}.
 */
@NullMarked
@NamedInterface("figures")
package de.itas.platform.shared.figures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
