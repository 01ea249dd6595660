package de.itas.platform.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of a participant as the answering form carries them: request parameter name to values.
 * <ul>
 * <li>{@code q-F1}: the option, district or scale value of SINGLE, DISTRICT, SCALE; every chosen option of
 * MULTIPLE; the text of TEXT; the number of NUMBER; the date (ISO) of DATE. {@value #DONT_KNOW} stands for
 * „weiß nicht“ where the answer is a choice.</li>
 * <li>{@code q-F1-<row>}: the scale value of a matrix row; {@code q-F1-<option>}: the rank of an option.</li>
 * <li>{@code q-F1-dk}: „weiß nicht“ ticked for TEXT, NUMBER, DATE, MATRIX and RANKING.</li>
 * </ul>
 * The same shape holds what the person typed (kept on refusal) and what is stored (read back for resuming).
 */
public final class AnswerForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	/** The value of the „weiß nicht / keine Angabe“ option among choices. */
	public static final String DONT_KNOW = "_dk";

	private final LinkedHashMap<String, List<String>> values = new LinkedHashMap<>();

	public AnswerForm() {
	}

	/** The request's parameters that belong to answers ({@code q-…}), blank values dropped. */
	public static AnswerForm of(Map<String, String[]> parameters) {
		AnswerForm form = new AnswerForm();
		parameters.forEach((name, given) -> {
			if (name.startsWith("q-")) {
				for (String value : given) {
					form.add(name, value);
				}
			}
		});
		return form;
	}

	public static String name(Question question) {
		return "q-" + question.code();
	}

	public static String name(Question question, String item) {
		return "q-" + question.code() + "-" + item;
	}

	public static String dontKnowName(Question question) {
		return "q-" + question.code() + "-dk";
	}

	public AnswerForm copy() {
		AnswerForm copy = new AnswerForm();
		values.forEach((name, given) -> copy.values.put(name, new ArrayList<>(given)));
		return copy;
	}

	public void add(String name, String value) {
		if (value != null && !value.isBlank()) {
			values.computeIfAbsent(name, key -> new ArrayList<>()).add(value.strip().equals(value) ? value : value.strip());
		}
	}

	public List<String> all(String name) {
		return values.getOrDefault(name, List.of());
	}

	/** The first value, or the empty string (for templates). */
	public String get(String name) {
		List<String> given = all(name);
		return given.isEmpty() ? "" : given.get(0);
	}

	public boolean has(String name, String value) {
		return all(name).contains(value);
	}

	/** Copies every value of the other form's parameters that belong to the given question. */
	public void takeQuestion(AnswerForm other, Question question) {
		String prefix = name(question);
		other.values.forEach((name, given) -> {
			if (name.equals(prefix) || name.startsWith(prefix + "-")) {
				values.put(name, new ArrayList<>(given));
			}
		});
	}

	public void removeQuestion(Question question) {
		String prefix = name(question);
		values.keySet().removeIf(name -> name.equals(prefix) || name.startsWith(prefix + "-"));
	}

	/** The codes a question was answered with, as conditions compare them („weiß nicht“ excluded). */
	public List<String> codes(Question question) {
		return all(name(question)).stream().filter(value -> !DONT_KNOW.equals(value)).toList();
	}

	public Map<String, List<String>> asMap() {
		return Map.copyOf(values);
	}

}
