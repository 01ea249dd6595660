package de.itas.platform.governance;

import org.jspecify.annotations.Nullable;

/**
 * An input as a person writes it online.
 *
 * @param showName whether a signed-in contributor's name is shown with it (never for visitors)
 */
public record InputRequest(@Nullable InputKind kind, @Nullable String body, @Nullable String districtCode,
		@Nullable String actionFieldCode, boolean showName) {
}
