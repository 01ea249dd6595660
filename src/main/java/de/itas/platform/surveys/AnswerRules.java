package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.web.FieldProblem;

/**
 * The rules of answering, without a database: whether a question is shown (its condition), what is wrong with
 * an answer (each problem at the question's field, so the typed text stays), how an answer is stored, and
 * how a stored answer is shown again.
 */
public final class AnswerRules {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private AnswerRules() {
	}

	/** Whether the question is shown, given the answers so far (a question without condition always is). */
	public static boolean visible(Question question, AnswerForm answers) {
		Condition condition = question.condition();
		return condition == null || condition.metBy(answers.codes(conditionQuestion(condition)));
	}

	private static Question conditionQuestion(Condition condition) {
		// AnswerForm names answers by code only; a stand-in with the code is enough to read them
		return new Question(condition.questionId(), condition.questionId(), 0, condition.questionCode(),
				QuestionKind.SINGLE, "", "", false, false, null, null, null, null, null, null, false, null, null, null,
				List.of(), List.of(), null);
	}

	/** The answers so far with the page's answers replaced by what was typed on it. */
	public static AnswerForm withPage(Section section, AnswerForm before, AnswerForm typed) {
		AnswerForm merged = before.copy();
		for (Question question : section.questions()) {
			merged.removeQuestion(question);
			merged.takeQuestion(typed, question);
		}
		return merged;
	}

	/** What is wrong on a page: the problems of every shown question. */
	public static List<FieldProblem> pageProblems(Section section, AnswerForm answers) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Question question : section.questions()) {
			if (visible(question, answers)) {
				problems.addAll(problems(question, answers));
			}
		}
		return problems;
	}

	/** What is wrong with the answer to a shown question; empty when it may be stored. */
	public static List<FieldProblem> problems(Question question, AnswerForm answers) {
		String field = AnswerForm.name(question);
		List<FieldProblem> problems = new ArrayList<>();
		boolean dontKnow = dontKnow(question, answers);
		if (dontKnow && !question.dontKnow()) {
			return List.of(FieldProblem.of(field, "surveys.answer.unknown-option"));
		}
		switch (question.kind()) {
			case SINGLE, DISTRICT -> {
				List<String> given = answers.all(field);
				if (given.size() > 1) {
					problems.add(FieldProblem.of(field, "surveys.answer.one-only"));
				}
				else if (given.size() == 1 && !dontKnow && !known(question.options(), given.get(0))) {
					problems.add(FieldProblem.of(field, "surveys.answer.unknown-option"));
				}
				else if (given.isEmpty() && question.required()) {
					problems.add(FieldProblem.of(field, "surveys.answer.required"));
				}
			}
			case MULTIPLE -> {
				List<String> given = answers.all(field);
				List<String> chosen = given.stream().filter(value -> !AnswerForm.DONT_KNOW.equals(value)).toList();
				if (dontKnow && !chosen.isEmpty()) {
					problems.add(FieldProblem.of(field, "surveys.answer.dont-know-alone"));
				}
				else if (chosen.stream().anyMatch(value -> !known(question.options(), value))
						|| new HashSet<>(chosen).size() != chosen.size()) {
					problems.add(FieldProblem.of(field, "surveys.answer.unknown-option"));
				}
				else if (given.isEmpty()) {
					if (question.required()) {
						problems.add(FieldProblem.of(field, "surveys.answer.required"));
					}
				}
				else if (!dontKnow && question.minChoices() != null && chosen.size() < question.minChoices()) {
					problems.add(FieldProblem.of(field, "surveys.answer.choices.min", question.minChoices()));
				}
				else if (!dontKnow && question.maxChoices() != null && chosen.size() > question.maxChoices()) {
					problems.add(FieldProblem.of(field, "surveys.answer.choices.max", question.maxChoices()));
				}
			}
			case SCALE -> {
				List<String> given = answers.all(field);
				if (given.size() > 1) {
					problems.add(FieldProblem.of(field, "surveys.answer.one-only"));
				}
				else if (given.size() == 1 && !dontKnow) {
					Integer value = integer(given.get(0));
					if (value == null || !question.scaleValues().contains(value)) {
						problems.add(FieldProblem.of(field, "surveys.answer.scale.range", question.scaleMin(),
								question.scaleMax()));
					}
				}
				else if (given.isEmpty() && question.required()) {
					problems.add(FieldProblem.of(field, "surveys.answer.required"));
				}
			}
			case TEXT -> {
				String text = answers.get(field);
				if (!dontKnow && text.length() > question.textLimit()) {
					problems.add(FieldProblem.of(field, "surveys.answer.text.too-long", text.length(),
							question.textLimit()));
				}
				else if (!dontKnow && text.isBlank() && question.required()) {
					problems.add(FieldProblem.of(field, "surveys.answer.required"));
				}
			}
			case NUMBER -> {
				String text = answers.get(field);
				if (!dontKnow && !text.isBlank()) {
					BigDecimal number = number(text);
					if (number == null) {
						problems.add(FieldProblem.of(field, "surveys.answer.number.invalid"));
					}
					else if (question.numberMin() != null && number.compareTo(question.numberMin()) < 0) {
						problems.add(FieldProblem.of(field, "surveys.answer.number.min", plain(question.numberMin())));
					}
					else if (question.numberMax() != null && number.compareTo(question.numberMax()) > 0) {
						problems.add(FieldProblem.of(field, "surveys.answer.number.max", plain(question.numberMax())));
					}
				}
				else if (!dontKnow && question.required()) {
					problems.add(FieldProblem.of(field, "surveys.answer.required"));
				}
			}
			case DATE -> {
				String text = answers.get(field);
				if (!dontKnow && !text.isBlank()) {
					if (date(text) == null) {
						problems.add(FieldProblem.of(field, "surveys.answer.date.invalid"));
					}
				}
				else if (!dontKnow && question.required()) {
					problems.add(FieldProblem.of(field, "surveys.answer.required"));
				}
			}
			case MATRIX -> {
				if (!dontKnow) {
					boolean any = false;
					String missing = null;
					for (Choice row : question.rows()) {
						String given = answers.get(AnswerForm.name(question, row.code()));
						if (given.isBlank()) {
							missing = missing == null ? row.label() : missing;
							continue;
						}
						any = true;
						Integer value = integer(given);
						if (value == null || !question.scaleValues().contains(value)) {
							problems.add(FieldProblem.of(field, "surveys.answer.scale.range", question.scaleMin(),
									question.scaleMax()));
							break;
						}
					}
					if (problems.isEmpty() && missing != null && (question.required() || any)) {
						problems.add(FieldProblem.of(field, "surveys.answer.matrix.row-missing", missing));
					}
				}
			}
			case RANKING -> {
				if (!dontKnow) {
					int size = question.options().size();
					Set<Integer> ranks = new HashSet<>();
					int given = 0;
					boolean valid = true;
					for (Choice option : question.options()) {
						String value = answers.get(AnswerForm.name(question, option.code()));
						if (value.isBlank()) {
							continue;
						}
						given++;
						Integer rank = integer(value);
						valid &= rank != null && rank >= 1 && rank <= size && ranks.add(rank);
					}
					if ((given > 0 || question.required()) && (!valid || given != size)) {
						problems.add(FieldProblem.of(field, "surveys.answer.ranking.incomplete", size));
					}
				}
			}
		}
		return problems;
	}

	/** The values to store for a shown, valid answer (empty when unanswered). */
	public static List<AnswerValue> encode(Question question, AnswerForm answers) {
		if (dontKnow(question, answers)) {
			return List.of(AnswerValue.dontKnowIt());
		}
		String field = AnswerForm.name(question);
		List<AnswerValue> values = new ArrayList<>();
		switch (question.kind()) {
			case SINGLE, DISTRICT, MULTIPLE -> answers.all(field).forEach(code -> values.add(AnswerValue.choice(code)));
			case SCALE -> answers.all(field).forEach(value -> values.add(AnswerValue.number(null, new BigDecimal(value))));
			case TEXT -> {
				String text = answers.get(field);
				if (!text.isBlank()) {
					values.add(AnswerValue.text(text));
				}
			}
			case NUMBER -> {
				BigDecimal number = number(answers.get(field));
				if (number != null) {
					values.add(AnswerValue.number(null, number));
				}
			}
			case DATE -> {
				LocalDate date = date(answers.get(field));
				if (date != null) {
					values.add(AnswerValue.date(date));
				}
			}
			case MATRIX, RANKING -> {
				for (Choice item : question.kind() == QuestionKind.MATRIX ? question.rows() : question.options()) {
					Integer value = integer(answers.get(AnswerForm.name(question, item.code())));
					if (value != null) {
						values.add(AnswerValue.number(item.code(), BigDecimal.valueOf(value)));
					}
				}
			}
		}
		return values;
	}

	/** Puts stored values back into the form's shape. */
	public static void decode(Question question, List<AnswerValue> values, AnswerForm into) {
		for (AnswerValue value : values) {
			if (value.dontKnow()) {
				into.add(usesChoiceForDontKnow(question) ? AnswerForm.name(question) : AnswerForm.dontKnowName(question),
						usesChoiceForDontKnow(question) ? AnswerForm.DONT_KNOW : "1");
			}
			else if (value.item() != null && value.number() != null) {
				into.add(AnswerForm.name(question, value.item()), plain(value.number()));
			}
			else if (value.choice() != null) {
				into.add(AnswerForm.name(question), value.choice());
			}
			else if (value.number() != null) {
				into.add(AnswerForm.name(question), plain(value.number()));
			}
			else if (value.text() != null) {
				into.add(AnswerForm.name(question), value.text());
			}
			else if (value.date() != null) {
				into.add(AnswerForm.name(question), value.date().toString());
			}
		}
	}

	/** Choice kinds offer „weiß nicht“ as one more option; the others as a tick box. */
	public static boolean usesChoiceForDontKnow(Question question) {
		return question.kind() == QuestionKind.SINGLE || question.kind() == QuestionKind.MULTIPLE
				|| question.kind() == QuestionKind.SCALE || question.kind() == QuestionKind.DISTRICT;
	}

	static boolean dontKnow(Question question, AnswerForm answers) {
		return usesChoiceForDontKnow(question) ? answers.has(AnswerForm.name(question), AnswerForm.DONT_KNOW)
				: !answers.get(AnswerForm.dontKnowName(question)).isBlank();
	}

	private static boolean known(List<Choice> choices, String code) {
		return choices.stream().anyMatch(choice -> choice.code().equals(code));
	}

	private static @Nullable Integer integer(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException refused) {
			return null;
		}
	}

	/** A number as people type it: „12“, „3,5“, „3.5“, „1.234,5“ (German grouping). */
	static @Nullable BigDecimal number(String text) {
		String plain = text.strip().replace(" ", "");
		if (plain.contains(",")) {
			plain = plain.replace(".", "").replace(',', '.');
		}
		if (!plain.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
			return null;
		}
		return new BigDecimal(plain);
	}

	static @Nullable LocalDate date(String text) {
		String given = text.strip();
		try {
			return LocalDate.parse(given);
		}
		catch (DateTimeParseException notIso) {
			try {
				return LocalDate.parse(given, GERMAN_DATE);
			}
			catch (DateTimeParseException refused) {
				return null;
			}
		}
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
