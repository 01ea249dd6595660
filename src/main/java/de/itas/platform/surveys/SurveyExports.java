package de.itas.platform.surveys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.CsvExport;

/**
 * The exports of a survey revision for its owners. The answers: one line per submitted response, a column
 * per question (per option of a multiple choice as 0/1, per matrix row, per ranked option), codes and labels
 * of categorical answers side by side, „weiß nicht“ as {@code -9}; the XLSX adds a code book. The results:
 * the aggregated, suppressed figures exactly as the results page shows them. Text that a spreadsheet program
 * would run as a formula is neutralised in CSV and XLSX alike ({@link CsvExport#neutralise}).
 */
@Component
public class SurveyExports {

	private final SurveyResults results;
	private final MessageSource messages;

	SurveyExports(SurveyResults results, MessageSource messages) {
		this.results = results;
		this.messages = messages;
	}

	/** A table: its header and its lines of cells (numbers, days or text). */
	public record Table(List<String> header, List<List<@Nullable Object>> lines) {
	}

	/** The answers as CSV (owners only; audited when the survey is not anonymous). */
	public byte[] answersCsv(SurveyDefinition survey, Locale locale) {
		Table table = answers(survey, locale);
		return CsvExport.file(table.header(), table.lines());
	}

	/** The answers as XLSX with a second sheet „Codebuch“ (owners only; audited when not anonymous). */
	public byte[] answersXlsx(SurveyDefinition survey, Locale locale) {
		Table table = answers(survey, locale);
		return xlsx(List.of(message("surveys.export.sheet-answers", locale), message("surveys.export.sheet-codebook", locale)),
				List.of(table, codebook(survey, locale)));
	}

	/** The aggregated results as CSV, suppressed as on the page. */
	public byte[] resultsCsv(ResultsView view, Locale locale) {
		Table table = results(view, locale);
		return CsvExport.file(table.header(), table.lines());
	}

	/** The aggregated results as XLSX, numbers as numbers. */
	public byte[] resultsXlsx(ResultsView view, Locale locale) {
		return xlsx(List.of(message("surveys.export.sheet-results", locale)), List.of(results(view, locale)));
	}

	/** The answers, one line per response. */
	Table answers(SurveyDefinition survey, Locale locale) {
		PlatformUser viewer = results.requireOwner(survey);
		List<UUID> responses = results.responses(survey.id());
		Map<UUID, Map<UUID, List<AnswerRow>>> byResponse = results.answers(survey.id()).stream()
			.collect(Collectors.groupingBy(AnswerRow::responseId,
					Collectors.groupingBy(AnswerRow::questionId, LinkedHashMap::new, Collectors.toList())));
		results.auditAuthors(survey, viewer, "surveys.export.audit", false);
		String dontKnow = message("surveys.dont-know", locale);
		String textSuffix = " (" + message("surveys.export.label", locale) + ")";
		List<String> header = new ArrayList<>();
		header.add(message("surveys.export.response", locale));
		for (Question question : survey.questions()) {
			switch (question.kind()) {
				case SINGLE, DISTRICT, SCALE -> {
					header.add(question.code());
					header.add(question.code() + textSuffix);
				}
				case MULTIPLE -> {
					question.options().forEach(option -> header.add(question.code() + "_" + option.code()));
					if (question.dontKnow()) {
						header.add(question.code() + "_" + OptionCount.DONT_KNOW_CODE);
					}
				}
				case MATRIX -> question.rows().forEach(row -> header.add(question.code() + "_" + row.code()));
				case RANKING -> question.options().forEach(option -> header.add(question.code() + "_" + option.code()));
				case TEXT, NUMBER, DATE -> header.add(question.code());
			}
		}
		List<List<@Nullable Object>> lines = new ArrayList<>();
		int number = 0;
		for (UUID response : responses) {
			Map<UUID, List<AnswerRow>> answers = byResponse.getOrDefault(response, Map.of());
			List<@Nullable Object> line = new ArrayList<>();
			line.add(++number);
			for (Question question : survey.questions()) {
				List<AnswerRow> rows = answers.getOrDefault(question.id(), List.of());
				boolean dk = rows.stream().anyMatch(AnswerRow::dontKnow);
				boolean none = rows.isEmpty();
				switch (question.kind()) {
					case SINGLE, DISTRICT, SCALE -> {
						String value = rows.stream().map(AnswerRow::value).filter(Objects::nonNull).findFirst().orElse(null);
						if (dk) {
							line.add(-9);
							line.add(dontKnow);
						}
						else if (value == null) {
							line.add(null);
							line.add(null);
						}
						else {
							line.add(question.kind() == QuestionKind.SCALE ? (Object) new BigDecimal(value) : value);
							line.add(question.kind() == QuestionKind.SCALE ? ResultsCalculator.scaleLabel(question, value)
									: question.label(value));
						}
					}
					case MULTIPLE -> {
						for (Choice option : question.options()) {
							line.add(none || dk ? null
									: rows.stream().anyMatch(row -> option.code().equals(row.choice())) ? 1 : 0);
						}
						if (question.dontKnow()) {
							line.add(none ? null : dk ? 1 : 0);
						}
					}
					case MATRIX -> question.rows().forEach(item -> line.add(dk ? (Object) (-9)
							: rows.stream().filter(row -> item.code().equals(row.item())).map(AnswerRow::number)
								.filter(Objects::nonNull).findFirst().orElse(null)));
					case RANKING -> question.options().forEach(option -> line.add(dk ? (Object) (-9)
							: rows.stream().filter(row -> option.code().equals(row.item())).map(AnswerRow::number)
								.filter(Objects::nonNull).findFirst().orElse(null)));
					case TEXT -> line.add(dk ? dontKnow
							: rows.stream().map(AnswerRow::text).filter(Objects::nonNull).findFirst().orElse(null));
					case NUMBER -> line.add(dk ? (Object) (-9)
							: rows.stream().map(AnswerRow::number).filter(Objects::nonNull).findFirst().orElse(null));
					case DATE -> line.add(dk ? dontKnow
							: rows.stream().map(AnswerRow::date).filter(Objects::nonNull).findFirst().orElse(null));
				}
			}
			lines.add(line);
		}
		return new Table(header, lines);
	}

	/** Every column of the answers with its question and every code with its label. */
	Table codebook(SurveyDefinition survey, Locale locale) {
		List<String> header = List.of(message("surveys.export.variable", locale),
				message("surveys.export.question", locale), message("surveys.export.kind", locale),
				message("surveys.export.code", locale), message("surveys.export.label", locale));
		List<List<@Nullable Object>> lines = new ArrayList<>();
		for (Question question : survey.questions()) {
			String kindLabel = message(question.kind().messageKey(), locale);
			String code = question.code();
			switch (question.kind()) {
				case SINGLE, DISTRICT -> question.options()
					.forEach(option -> lines.add(line(code, question.text(), kindLabel, option.code(), option.label())));
				case SCALE -> question.scaleValues().forEach(value -> lines.add(line(code, question.text(), kindLabel,
						value, ResultsCalculator.scaleLabel(question, String.valueOf(value)))));
				case MULTIPLE -> {
					for (Choice option : question.options()) {
						lines.add(line(code + "_" + option.code(), question.text() + " – " + option.label(), kindLabel, 1,
								message("surveys.export.chosen", locale)));
						lines.add(line(code + "_" + option.code(), question.text() + " – " + option.label(), kindLabel, 0,
								message("surveys.export.not-chosen", locale)));
					}
				}
				case MATRIX -> {
					for (Choice row : question.rows()) {
						question.scaleValues().forEach(value -> lines.add(line(code + "_" + row.code(),
								question.text() + " – " + row.label(), kindLabel, value,
								ResultsCalculator.scaleLabel(question, String.valueOf(value)))));
					}
				}
				case RANKING -> question.options().forEach(option -> lines.add(line(code + "_" + option.code(),
						question.text() + " – " + option.label(), kindLabel, null, message("surveys.export.rank", locale))));
				case TEXT, NUMBER, DATE -> lines.add(line(code, question.text(), kindLabel, null, null));
			}
			if (question.dontKnow()) {
				lines.add(line(code, question.text(), kindLabel, -9, message("surveys.dont-know", locale)));
			}
		}
		return new Table(header, lines);
	}

	/** The aggregated results, one line per figure, suppressed entries as „< 5“ without a number. */
	Table results(ResultsView view, Locale locale) {
		List<String> header = List.of(message("surveys.export.question", locale), message("surveys.export.text", locale),
				message("surveys.export.entry", locale), message("surveys.export.code", locale),
				message("surveys.export.count", locale), message("surveys.export.percent", locale),
				message("surveys.export.value", locale));
		String suppressed = message("surveys.results.suppressed", locale, view.minimum());
		String withheldText = message("surveys.results.withheld-value", locale, view.minimum());
		String dontKnow = message("surveys.dont-know", locale);
		List<List<@Nullable Object>> lines = new ArrayList<>();
		if (view.filter() != null) {
			ResultsFilter filter = view.filter();
			lines.add(line(filter.questionCode(), filter.questionText(), message("surveys.results.filter", locale),
					filter.value(), view.groupSize() == null ? suppressed : view.groupSize(), null,
					filter.valueLabel().isEmpty() ? dontKnow : filter.valueLabel()));
		}
		if (view.withheld()) {
			lines.add(line(null, message("surveys.results.group-withheld", locale, view.minimum()), null, null, null, null,
					null));
			return new Table(header, lines);
		}
		for (QuestionResult question : view.questions()) {
			String code = question.code();
			String text = question.text();
			lines.add(line(code, text, message("surveys.results.answered", locale), null, count(question.answered(), suppressed),
					null, null));
			for (OptionCount option : question.options()) {
				lines.add(line(code, text, option.dontKnow() ? dontKnow : option.label(),
						option.dontKnow() ? (Object) (-9) : option.code(), count(option.count(), suppressed),
						option.percent(), null));
			}
			if (question.options().isEmpty() && question.dontKnow() != null) {
				lines.add(line(code, text, dontKnow, -9, question.dontKnow(), null, null));
			}
			if (question.hasMedian()) {
				lines.add(line(code, text, message("surveys.results.median", locale), null, null, null,
						question.median() == null ? withheldText : question.median()));
				lines.add(line(code, text, message("surveys.results.mean", locale), null, null, null,
						question.mean() == null ? withheldText : question.mean()));
			}
			MatrixResult matrix = question.matrix();
			if (matrix != null) {
				for (MatrixResult.MatrixRow row : matrix.rows()) {
					for (int c = 0; c < matrix.columns().size(); c++) {
						lines.add(line(code, text, row.label() + " – " + matrix.columns().get(c), row.code(),
								count(row.counts().get(c), suppressed), null, null));
					}
					lines.add(line(code, text, row.label() + " – " + message("surveys.results.total", locale), row.code(),
							count(row.total(), suppressed), null, null));
				}
				for (int c = 0; c < matrix.columns().size(); c++) {
					lines.add(line(code, text, message("surveys.results.total", locale) + " – " + matrix.columns().get(c),
							null, count(matrix.columnTotals().get(c), suppressed), null, null));
				}
			}
			for (RankResult rank : question.ranking()) {
				lines.add(line(code, text, rank.label() + " – " + message("surveys.results.mean-rank", locale),
						rank.code(), count(rank.ranked(), suppressed), null,
						rank.meanRank() == null ? withheldText : rank.meanRank()));
			}
		}
		return new Table(header, lines);
	}

	private static Object count(@Nullable Integer count, String suppressed) {
		return count == null ? suppressed : count;
	}

	private static List<@Nullable Object> line(@Nullable Object... cells) {
		List<@Nullable Object> line = new ArrayList<>();
		java.util.Collections.addAll(line, cells);
		return line;
	}

	private byte[] xlsx(List<String> names, List<Table> tables) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "ITAS-Plattform", "1.0");
			for (int t = 0; t < tables.size(); t++) {
				Worksheet sheet = workbook.newWorksheet(names.get(t));
				Table table = tables.get(t);
				for (int column = 0; column < table.header().size(); column++) {
					sheet.value(0, column, CsvExport.neutralise(table.header().get(column)));
					sheet.style(0, column).bold().set();
				}
				for (int row = 0; row < table.lines().size(); row++) {
					List<@Nullable Object> line = table.lines().get(row);
					for (int column = 0; column < line.size(); column++) {
						Object value = line.get(column);
						if (value instanceof Number number) {
							sheet.value(row + 1, column, number);
						}
						else if (value != null) {
							sheet.value(row + 1, column, String.valueOf(CsvExport.cell(value)));
						}
					}
				}
				sheet.finish();
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return Objects.requireNonNull(messages.getMessage(key, arguments, locale));
	}

	/** The file name of an export: the survey's address and revision. */
	public static String fileName(SurveyDefinition survey, String what, String extension) {
		return survey.slug() + "-r" + survey.revision() + "-" + what + "." + extension;
	}


}
