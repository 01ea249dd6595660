package de.itas.platform.learning.scorm;

/** A manifest (or the package it describes) refused by {@link ManifestParser}. */
public final class ManifestException extends ScormPackageException {

	private static final long serialVersionUID = 1L;

	public ManifestException(ScormProblem problem, Object... arguments) {
		super(problem, arguments);
	}

}
