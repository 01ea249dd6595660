package de.itas.platform.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What somebody writes to a company: a subject and plain text (no HTML), optionally about something
 * ({@link ContactContext}).
 */
@NamedInterface("api")
public record ContactMessage(@Nullable String subject, @Nullable String message, @Nullable ContactContext context) {

	public static final int MAX_SUBJECT = 150;
	public static final int MAX_MESSAGE = 4000;

}
