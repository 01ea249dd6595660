package de.itas.platform.learning.scorm;

import java.util.Arrays;
import java.util.List;

/**
 * A package refused for a named {@link ScormProblem}. The exception message is for logs (English, with the
 * arguments); users see the text of {@link #messageKey()} formatted with {@link #arguments()}.
 */
public abstract class ScormPackageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ScormProblem problem;

	private final List<String> arguments;

	protected ScormPackageException(ScormProblem problem, Object... arguments) {
		super(problem.code() + " " + Arrays.toString(arguments));
		this.problem = problem;
		this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
	}

	public ScormProblem problem() {
		return problem;
	}

	public String messageKey() {
		return problem.messageKey();
	}

	/** The message arguments as strings, in the order the problem documents. */
	public List<String> arguments() {
		return arguments;
	}

	/** The arguments as an array, ready for a {@code MessageSource}. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
