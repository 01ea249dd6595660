package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.disclosure.SmallNumbers;

/**
 * Counts the submitted answers of one survey revision, optionally of the group that answered one categorical
 * question with one value, and passes every count through {@link SmallNumbers}: each option of a question is
 * counted on its own (respondents who chose it), a line of options with the number of respondents as its
 * total, a matrix as a table with margins. A median, mean or mean rank resting on fewer than
 * {@link SmallNumbers#MIN_COUNT} answers is withheld, so is the mean of a scale with a hidden count, and so is everything of a filtered group smaller than
 * that. Pure: the caller reads the rows.
 */
final class ResultsCalculator {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

	private ResultsCalculator() {
	}

	/** A filter: the group that answered the question with this code with the value (a code, a scale value or -9). */
	record Filter(String questionCode, String value) {
	}

	static ResultsView calculate(SurveyDefinition survey, Collection<UUID> responses, List<AnswerRow> answers,
			@Nullable Filter filter, boolean withTexts) {
		Set<UUID> group = new HashSet<>(responses);
		ResultsFilter described = null;
		if (filter != null) {
			Question by = survey.question(filter.questionCode())
				.filter(question -> question.kind().categorical())
				.orElseThrow(() -> new IllegalArgumentException("No categorical question " + filter.questionCode()));
			group = answers.stream()
				.filter(answer -> answer.questionId().equals(by.id()) && filter.value().equals(answer.value()))
				.map(AnswerRow::responseId)
				.filter(group::contains)
				.collect(Collectors.toSet());
			described = new ResultsFilter(by.code(), by.text(), filter.value(), valueLabel(by, filter.value()));
		}
		int min = SmallNumbers.MIN_COUNT;
		if (filter != null && group.size() < min) {
			return new ResultsView(survey.id(), survey.slug(), survey.revision(), survey.title(), responses.size(), null,
					described, true, min, List.of());
		}
		Set<UUID> members = group;
		Map<UUID, List<AnswerRow>> byQuestion = answers.stream()
			.filter(answer -> members.contains(answer.responseId()))
			.collect(Collectors.groupingBy(AnswerRow::questionId, LinkedHashMap::new, Collectors.toList()));
		List<QuestionResult> results = new ArrayList<>();
		for (Question question : survey.questions()) {
			results.add(question(question, byQuestion.getOrDefault(question.id(), List.of()), withTexts));
		}
		return new ResultsView(survey.id(), survey.slug(), survey.revision(), survey.title(), responses.size(),
				members.size(), described, false, min, results);
	}

	/** The label of a filter value: an option's or district's label, a scale value, or empty for „weiß nicht“. */
	static String valueLabel(Question question, String value) {
		if (OptionCount.DONT_KNOW_CODE.equals(value)) {
			return "";
		}
		return question.kind() == QuestionKind.SCALE ? scaleLabel(question, value) : question.label(value);
	}

	static String scaleLabel(Question question, String value) {
		String end = null;
		if (question.scaleMin() != null && value.equals(String.valueOf(question.scaleMin()))) {
			end = question.scaleMinLabel();
		}
		else if (question.scaleMax() != null && value.equals(String.valueOf(question.scaleMax()))) {
			end = question.scaleMaxLabel();
		}
		return end == null || end.isBlank() ? value : value + " – " + end;
	}

	private static QuestionResult question(Question question, List<AnswerRow> rows, boolean withTexts) {
		int answered = respondents(rows, row -> true);
		int dontKnow = respondents(rows, AnswerRow::dontKnow);
		return switch (question.kind()) {
			case SINGLE, MULTIPLE, DISTRICT -> {
				List<String> codes = question.options().stream().map(Choice::code).toList();
				List<String> labels = question.options().stream().map(Choice::label).toList();
				yield bars(question, rows, codes, labels, answered, dontKnow, null, null,
						row -> row.choice());
			}
			case SCALE -> {
				List<String> codes = question.scaleValues().stream().map(String::valueOf).toList();
				List<String> labels = codes.stream().map(code -> scaleLabel(question, code)).toList();
				List<BigDecimal> values = values(rows);
				yield bars(question, rows, codes, labels, answered, dontKnow, median(values), mean(values),
						AnswerRow::value);
			}
			case DATE -> {
				TreeMap<String, String> months = new TreeMap<>();
				rows.stream().map(AnswerRow::date).filter(Objects::nonNull)
					.forEach(date -> months.put(month(date), MONTH.format(date)));
				yield bars(question, rows, List.copyOf(months.keySet()), List.copyOf(months.values()), answered,
						dontKnow, null, null, row -> row.date() == null ? null : month(row.date()));
			}
			case NUMBER -> {
				List<BigDecimal> values = values(rows);
				Integer[] line = line(question, values.size(), dontKnow, answered);
				yield new QuestionResult(question.id(), question.code(), question.kind(), question.text(), line[2],
						line[1], List.of(), median(values), mean(values), null, List.of(), List.of());
			}
			case TEXT -> {
				List<String> texts = rows.stream().map(AnswerRow::text).filter(Objects::nonNull)
					.filter(text -> !text.isBlank()).toList();
				Integer[] line = line(question, texts.size(), dontKnow, answered);
				yield new QuestionResult(question.id(), question.code(), question.kind(), question.text(), line[2],
						line[1], List.of(), null, null, null, List.of(), withTexts ? texts : List.of());
			}
			case MATRIX -> matrix(question, rows, answered, dontKnow);
			case RANKING -> ranking(question, rows, answered, dontKnow);
		};
	}

	private static String month(LocalDate date) {
		return date.toString().substring(0, 7);
	}

	/** Counts per option with „weiß nicht“ (where offered) and the respondents as the line's total. */
	private static QuestionResult bars(Question question, List<AnswerRow> rows, List<String> codes,
			List<String> labels, int answered, int dontKnow, @Nullable BigDecimal median, @Nullable BigDecimal mean,
			java.util.function.Function<AnswerRow, @Nullable String> value) {
		int options = codes.size();
		boolean offersDontKnow = question.dontKnow() || dontKnow > 0;
		int[] counts = new int[options + (offersDontKnow ? 1 : 0) + 1];
		for (int i = 0; i < options; i++) {
			String code = codes.get(i);
			counts[i] = respondents(rows, row -> !row.dontKnow() && code.equals(value.apply(row)));
		}
		if (offersDontKnow) {
			counts[options] = dontKnow;
		}
		counts[counts.length - 1] = answered;
		boolean[] hidden = SmallNumbers.suppress(counts);
		Integer total = hidden[counts.length - 1] ? null : answered;
		List<OptionCount> entries = new ArrayList<>();
		for (int i = 0; i < counts.length - 1; i++) {
			boolean dk = offersDontKnow && i == options;
			Integer count = hidden[i] ? null : counts[i];
			Double percent = count == null || total == null || total == 0 ? null
					: Math.round(count * 1000.0 / total) / 10.0;
			entries.add(new OptionCount(dk ? OptionCount.DONT_KNOW_CODE : codes.get(i), dk ? "" : labels.get(i), count,
					percent, dk));
		}
		int withValue = answered - dontKnow;
		boolean enough = withValue >= SmallNumbers.MIN_COUNT;
		// a mean beside its distribution would let hidden counts be recomputed (e.g. two values left)
		boolean anyHidden = entries.stream().anyMatch(OptionCount::suppressed);
		return new QuestionResult(question.id(), question.code(), question.kind(), question.text(), total, null,
				entries, enough ? median : null, enough && !anyHidden ? mean : null, null, List.of(), List.of());
	}

	/** The line „answers with a value, weiß nicht (where offered), respondents“, suppressed. */
	private static Integer[] line(Question question, int withValue, int dontKnow, int answered) {
		boolean offersDontKnow = question.dontKnow() || dontKnow > 0;
		int[] counts = offersDontKnow ? new int[] { withValue, dontKnow, answered } : new int[] { withValue, answered };
		boolean[] hidden = SmallNumbers.suppress(counts);
		Integer shownValue = hidden[0] ? null : withValue;
		Integer shownDontKnow = offersDontKnow && !hidden[1] ? dontKnow : null;
		Integer shownTotal = hidden[counts.length - 1] ? null : answered;
		return new Integer[] { shownValue, shownDontKnow, shownTotal };
	}

	private static QuestionResult matrix(Question question, List<AnswerRow> rows, int answered, int dontKnow) {
		List<Integer> scale = question.scaleValues();
		List<Choice> items = question.rows();
		int[][] table = new int[items.size() + 1][scale.size() + 1];
		for (int r = 0; r < items.size(); r++) {
			String item = items.get(r).code();
			for (int c = 0; c < scale.size(); c++) {
				int value = scale.get(c);
				table[r][c] = respondents(rows, row -> item.equals(row.item()) && equal(row.number(), value));
			}
			table[r][scale.size()] = respondents(rows, row -> item.equals(row.item()) && row.number() != null);
		}
		for (int c = 0; c < scale.size(); c++) {
			int value = scale.get(c);
			table[items.size()][c] = respondents(rows, row -> row.item() != null && equal(row.number(), value));
		}
		int withValue = respondents(rows, row -> row.item() != null && row.number() != null);
		table[items.size()][scale.size()] = withValue;
		boolean[][] hidden = SmallNumbers.suppress(table);
		List<MatrixResult.MatrixRow> matrixRows = new ArrayList<>();
		for (int r = 0; r < items.size(); r++) {
			List<@Nullable Integer> counts = new ArrayList<>();
			for (int c = 0; c < scale.size(); c++) {
				counts.add(hidden[r][c] ? null : table[r][c]);
			}
			matrixRows.add(new MatrixResult.MatrixRow(items.get(r).code(), items.get(r).label(), counts,
					hidden[r][scale.size()] ? null : table[r][scale.size()]));
		}
		List<@Nullable Integer> columnTotals = new ArrayList<>();
		for (int c = 0; c < scale.size(); c++) {
			columnTotals.add(hidden[items.size()][c] ? null : table[items.size()][c]);
		}
		Integer total = hidden[items.size()][scale.size()] ? null : withValue;
		MatrixResult matrix = new MatrixResult(scale.stream().map(value -> scaleLabel(question, String.valueOf(value)))
			.toList(), matrixRows, columnTotals, total);
		Integer[] line = line(question, withValue, dontKnow, answered);
		return new QuestionResult(question.id(), question.code(), question.kind(), question.text(), line[2], line[1],
				List.of(), null, null, matrix, List.of(), List.of());
	}

	private static QuestionResult ranking(Question question, List<AnswerRow> rows, int answered, int dontKnow) {
		List<Choice> options = question.options();
		boolean offersDontKnow = question.dontKnow() || dontKnow > 0;
		int[] counts = new int[options.size() + (offersDontKnow ? 1 : 0) + 1];
		List<List<BigDecimal>> ranks = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			String code = options.get(i).code();
			List<BigDecimal> rankValues = rows.stream()
				.filter(row -> code.equals(row.item()) && row.number() != null)
				.map(AnswerRow::number)
				.map(Objects::requireNonNull)
				.toList();
			ranks.add(rankValues);
			counts[i] = respondents(rows, row -> code.equals(row.item()) && row.number() != null);
		}
		if (offersDontKnow) {
			counts[options.size()] = dontKnow;
		}
		counts[counts.length - 1] = answered;
		boolean[] hidden = SmallNumbers.suppress(counts);
		List<RankResult> results = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			List<BigDecimal> rankValues = ranks.get(i);
			results.add(new RankResult(options.get(i).code(), options.get(i).label(), hidden[i] ? null : counts[i],
					rankValues.size() >= SmallNumbers.MIN_COUNT ? mean(rankValues) : null));
		}
		Integer shownDontKnow = offersDontKnow && !hidden[options.size()] ? dontKnow : null;
		return new QuestionResult(question.id(), question.code(), question.kind(), question.text(),
				hidden[counts.length - 1] ? null : answered, shownDontKnow, List.of(), null, null, null, results,
				List.of());
	}

	private static boolean equal(@Nullable BigDecimal number, int value) {
		return number != null && number.compareTo(BigDecimal.valueOf(value)) == 0;
	}

	/** Distinct responses with a row that matches. */
	private static int respondents(List<AnswerRow> rows, Predicate<AnswerRow> matches) {
		return (int) rows.stream().filter(matches).map(AnswerRow::responseId).distinct().count();
	}

	private static List<BigDecimal> values(List<AnswerRow> rows) {
		return rows.stream().filter(row -> !row.dontKnow() && row.number() != null).map(AnswerRow::number)
			.map(Objects::requireNonNull).toList();
	}

	/** The median, or {@code null} below the minimum number of values. */
	static @Nullable BigDecimal median(List<BigDecimal> values) {
		if (values.size() < SmallNumbers.MIN_COUNT) {
			return null;
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
		return median.stripTrailingZeros();
	}

	/** The mean rounded to two places, or {@code null} below the minimum number of values. */
	static @Nullable BigDecimal mean(List<BigDecimal> values) {
		if (values.size() < SmallNumbers.MIN_COUNT) {
			return null;
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

}
