package de.itas.platform.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Input was refused; nothing was saved. Carries every problem found, each naming its field (or none, for a
 * problem of the whole input), so that a form can show all of them at once and keep what was typed.
 */
public class FieldProblems extends RuntimeException {

	private final List<FieldProblem> problems;

	public FieldProblems(Collection<FieldProblem> problems) {
		super("Invalid input: " + problems);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("Refused input names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public FieldProblems(FieldProblem... problems) {
		this(List.of(problems));
	}

	/** Refuses input with one problem of one field. */
	public static FieldProblems of(String field, String messageKey, Object... arguments) {
		return new FieldProblems(FieldProblem.of(field, messageKey, arguments));
	}

	/** Throws the problems, if there are any; does nothing for none. */
	public static void throwIfAny(Collection<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The fields with a problem, each once, in the order of their first problem (form-wide problems left out). */
	public List<String> fields() {
		List<String> fields = new ArrayList<>();
		problems.stream()
			.map(FieldProblem::field)
			.filter(Objects::nonNull)
			.filter(field -> !fields.contains(field))
			.forEach(fields::add);
		return List.copyOf(fields);
	}

}
