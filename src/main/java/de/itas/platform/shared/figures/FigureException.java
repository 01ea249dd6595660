package de.itas.platform.shared.figures;

import org.jspecify.annotations.Nullable;

/**
 * A figure could not be answered: no module publishes the key, or the module's source failed or answered
 * something that breaks the contract. Readers show the failure; they never treat it as zero.
 */
public class FigureException extends RuntimeException {

	private final String key;

	private final @Nullable String module;

	FigureException(String key, @Nullable String module, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.key = key;
		this.module = module;
	}

	static FigureException unknown(String key) {
		return new FigureException(key, null, "No module publishes the figure '" + key + "'", null);
	}

	static FigureException failed(String key, String module, Throwable cause) {
		return new FigureException(key, module,
				"The figure '" + key + "' of module '" + module + "' failed: " + cause.getMessage(), cause);
	}

	static FigureException invalid(String key, String module, String problem) {
		return new FigureException(key, module,
				"The figure '" + key + "' of module '" + module + "' answered an invalid value: " + problem, null);
	}

	/** The key that was asked for. */
	public String key() {
		return key;
	}

	/** The module whose source failed, {@code null} when no module publishes the key. */
	public @Nullable String module() {
		return module;
	}

}
