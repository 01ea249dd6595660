package de.itas.platform.governance;

import org.jspecify.annotations.Nullable;

/** One paper card as staff type it in: its printed code, kind, text and action field. */
public record CardRow(@Nullable String code, @Nullable InputKind kind, @Nullable String body,
		@Nullable String actionFieldCode) {

	/** Whether nothing was typed in the row (such rows are left out). */
	public boolean blank() {
		return (code == null || code.isBlank()) && kind == null && (body == null || body.isBlank())
				&& (actionFieldCode == null || actionFieldCode.isBlank());
	}

}
