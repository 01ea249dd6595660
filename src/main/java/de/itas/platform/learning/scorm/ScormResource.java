package de.itas.platform.learning.scorm;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A resource of the manifest. Paths ({@link #href()}, {@link #files()}) are already resolved against the manifest's
 * folder in the package and every {@code xml:base} on the way, so they are relative to the package root; an
 * absolute URL stays as written and is {@link #external()}.
 *
 * @param href the launch path (with no parameters), null when the resource has none
 * @param base the combined {@code xml:base} folder, relative to the package root (empty or ending in a slash)
 * @param dependencies identifiers of the resources this one needs
 */
public record ScormResource(String identifier, String type, ScormType scormType, @Nullable String href, String base,
		List<String> files, List<String> dependencies) {

	public ScormResource {
		files = List.copyOf(files);
		dependencies = List.copyOf(dependencies);
	}

	public boolean sco() {
		return scormType == ScormType.SCO;
	}

	/** The launch target is outside the package (an absolute URL). */
	public boolean external() {
		return href != null && ManifestParser.isAbsoluteUrl(href);
	}

}
