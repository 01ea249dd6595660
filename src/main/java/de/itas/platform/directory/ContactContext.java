package de.itas.platform.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a contact request is about when another part of the platform starts it, e.g. a post of the cooperation
 * exchange: a reference the caller understands (such as {@code networking:post:42}) and a title shown to the
 * company. Both are optional and plain text.
 */
@NamedInterface("api")
public record ContactContext(@Nullable String reference, @Nullable String title) {

	static final int MAX_REFERENCE = 200;
	static final int MAX_TITLE = 300;

}
