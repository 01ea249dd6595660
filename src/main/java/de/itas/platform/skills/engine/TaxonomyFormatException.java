package de.itas.platform.skills.engine;

import java.util.List;
import java.util.stream.Collectors;

/** An export that cannot be imported, with every problem found (up to a limit). */
public class TaxonomyFormatException extends RuntimeException {

	private final transient List<ImportProblem> problems;

	public TaxonomyFormatException(List<ImportProblem> problems) {
		super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
