package de.itas.platform.surveys;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An option of a ranking question: how many respondents ranked it ({@code null} when suppressed) and its
 * mean rank (1 = first; {@code null} when fewer than the minimum ranked it).
 */
@NamedInterface("api")
public record RankResult(String code, String label, @Nullable Integer ranked, @Nullable BigDecimal meanRank) {
}
