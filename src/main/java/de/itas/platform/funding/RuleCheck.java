package de.itas.platform.funding;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * How one rule of a programme was checked against its source, as recorded in the programme data.
 *
 * @param subject what the rule is about, e.g. the course-cost shares by company size
 * @param paragraph where the rule stands, e.g. "§ 82 Abs. 2 SGB III"
 * @param source the address of the text the rule was checked against
 * @param checked the day it was checked
 * @param verified {@code true} when the wording of the law or guideline was read and says what the rule
 *        says; {@code false} when the figure comes only from a secondary source (named in {@code source})
 */
@NamedInterface("api")
public record RuleCheck(String subject, String paragraph, String source, LocalDate checked, boolean verified) {
}
