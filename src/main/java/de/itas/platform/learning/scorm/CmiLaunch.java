package de.itas.platform.learning.scorm;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the platform tells a SCO about its launch: the learner and the read-only values from the manifest item. The
 * later player builds it from the person and {@link ScormItem}.
 *
 * @param credit {@code credit} or {@code no-credit}
 * @param lessonMode {@code normal}, {@code browse} or {@code review}
 */
public record CmiLaunch(String studentId, String studentName, String credit, String lessonMode, String launchData,
		String commentsFromLms, @Nullable BigDecimal masteryScore, String maxTimeAllowed, String timeLimitAction) {

	private static final Set<String> CREDITS = Set.of("credit", "no-credit");

	private static final Set<String> MODES = Set.of("normal", "browse", "review");

	public CmiLaunch {
		if (!CmiTypes.isIdentifier(studentId)) {
			throw new IllegalArgumentException("student_id must be a CMIIdentifier");
		}
		if (!CmiTypes.isString(studentName, 255)) {
			throw new IllegalArgumentException("student_name is longer than 255 characters");
		}
		if (!CREDITS.contains(credit) || !MODES.contains(lessonMode)) {
			throw new IllegalArgumentException("credit or lesson mode outside the vocabulary");
		}
		if (!CmiTypes.isString(launchData, 4096) || !CmiTypes.isString(commentsFromLms, 4096)) {
			throw new IllegalArgumentException("launch data or comments longer than 4096 characters");
		}
	}

	/** A normal launch for credit with the item's manifest values. */
	public static CmiLaunch of(String studentId, String studentName, ScormItem item) {
		return new CmiLaunch(studentId, studentName, "credit", "normal",
				item.launchData() == null ? "" : item.launchData(), "", item.masteryScore(),
				item.maxTimeAllowed() == null ? "" : item.maxTimeAllowed(),
				item.timeLimitAction() == null ? "" : item.timeLimitAction());
	}

}
