package de.itas.platform.governance;

import org.springframework.modulith.NamedInterface;

import java.util.Locale;

/** What a forum input is: a theme, a need, a wish or a question. */
@NamedInterface("api")
public enum InputKind {

	/** Thema */
	THEME,
	/** Bedarf */
	NEED,
	/** Wunsch */
	WISH,
	/** Frage */
	QUESTION;

	/** Message key of the kind's name, e.g. {@code governance.input.kind.theme}. */
	public String messageKey() {
		return "governance.input.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** Message key of the kind's plural heading on a forum's page. */
	public String pluralKey() {
		return "governance.input.kind-plural." + name().toLowerCase(Locale.ROOT);
	}

	/** The kind of that name, or none for anything else. */
	public static java.util.Optional<InputKind> parse(@org.jspecify.annotations.Nullable String name) {
		if (name == null) {
			return java.util.Optional.empty();
		}
		for (InputKind kind : values()) {
			if (kind.name().equalsIgnoreCase(name.strip())) {
				return java.util.Optional.of(kind);
			}
		}
		return java.util.Optional.empty();
	}

}
