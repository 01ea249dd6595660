package de.itas.platform.learning;

import org.jspecify.annotations.Nullable;

/**
 * One lesson: Markdown text (rendered sanitised), optionally an embedded video whose transcript is required so that
 * nobody depends on hearing or seeing it.
 */
public record Lesson(long id, long moduleId, int position, String title, String body, @Nullable String videoUrl,
		@Nullable String videoTranscript) {

	public boolean hasVideo() {
		return videoUrl != null && !videoUrl.isBlank();
	}

}
