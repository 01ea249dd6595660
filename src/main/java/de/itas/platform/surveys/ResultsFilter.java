package de.itas.platform.surveys;

import org.springframework.modulith.NamedInterface;

/** Results of the group that answered the question {@code questionCode} with {@code value} (its label). */
@NamedInterface("api")
public record ResultsFilter(String questionCode, String questionText, String value, String valueLabel) {
}
