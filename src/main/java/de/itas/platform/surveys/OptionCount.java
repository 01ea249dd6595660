package de.itas.platform.surveys;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * How many respondents chose one option (each option counted on its own: a multiple-choice respondent counts
 * once in every option chosen). {@code count} and {@code percent} (of the respondents who answered the
 * question) are {@code null} when suppressed. {@code dontKnow} marks the „weiß nicht / keine Angabe“ entry,
 * whose code is {@value #DONT_KNOW_CODE}.
 */
@NamedInterface("api")
public record OptionCount(String code, String label, @Nullable Integer count, @Nullable Double percent,
		boolean dontKnow) {

	/** The code of „weiß nicht / keine Angabe“ in results and exports. */
	public static final String DONT_KNOW_CODE = "-9";

	public boolean suppressed() {
		return count == null;
	}

}
