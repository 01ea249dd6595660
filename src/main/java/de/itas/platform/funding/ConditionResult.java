package de.itas.platform.funding;

import org.jspecify.annotations.Nullable;

/**
 * A condition of a programme and whether the case meets it.
 *
 * @param id stable identifier of the condition within the programme (for API clients and tests)
 * @param text the condition in the requested language
 * @param met {@code true}, {@code false}, or {@code null} when the calculator cannot decide it from the
 *        answers ("zu prüfen")
 */
public record ConditionResult(String id, String text, @Nullable Boolean met) {
}
