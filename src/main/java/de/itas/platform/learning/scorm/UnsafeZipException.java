package de.itas.platform.learning.scorm;

/** An upload refused by {@link SafeUnzip}; nothing of it is left on disk. */
public final class UnsafeZipException extends ScormPackageException {

	private static final long serialVersionUID = 1L;

	public UnsafeZipException(ScormProblem problem, Object... arguments) {
		super(problem, arguments);
	}

}
