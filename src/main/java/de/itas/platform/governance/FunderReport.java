package de.itas.platform.governance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.disclosure.SmallNumbers;
import de.itas.platform.shared.figures.FigureDefinition;
import de.itas.platform.shared.figures.FigureException;
import de.itas.platform.shared.figures.FigureValue;
import de.itas.platform.shared.figures.Figures;
import de.itas.platform.shared.web.TaggedPdf;

/**
 * The progress report to the funder for a period of months: per action field its measures (status, progress,
 * milestones reached and missed in the period) and its indicators (the years' targets and published actuals,
 * drawn as bars); the events held and their participants by type (through the figures contract, persons under
 * the small-number rule); the charter work of the period (versions adopted, consultations, forum inputs and
 * decisions). As a tagged PDF and as XLSX with one sheet per section and numbers as numbers. A field lead's report
 * holds the fields they steer; the coordination's all of them.
 */
@Service
@Transactional(readOnly = true)
public class FunderReport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** The longest period one report covers, in months. */
	public static final int MAX_MONTHS = 120;

	private static final String EVENTS_HELD = "events.events-held";

	private static final String PARTICIPANTS = "events.participants";

	private static final String PARTICIPANTS_OF = "events.participants-";

	/** The whole report. */
	public record Report(YearMonth from, YearMonth to, Instant createdAt, List<FieldSection> fields,
			EventSection events, CharterSection charter) {

		public LocalDate start() {
			return from.atDay(1);
		}

		/** The last day of the period. */
		public LocalDate end() {
			return to.atEndOfMonth();
		}

		public List<Integer> years() {
			List<Integer> years = new ArrayList<>();
			for (int year = from.getYear(); year <= to.getYear(); year++) {
				years.add(year);
			}
			return years;
		}

	}

	/** One action field with its measures and indicators. */
	public record FieldSection(String code, String name, String leadPartner, List<MeasureLine> measures,
			List<IndicatorLine> indicators) {
	}

	/**
	 * A measure with the milestones it reached in the period and those due in the period and missed.
	 *
	 * @param parentTitle the title of the measure above it, {@code null} for a project
	 */
	public record MeasureLine(MeasureView measure, @Nullable String parentTitle, List<MilestoneView> reached,
			List<MilestoneView> missed) {
	}

	/** An indicator with the actual against the target of each year of the period (within its life). */
	public record IndicatorLine(IndicatorView indicator, List<YearActual> years, List<Integer> missingYears) {

		/** The largest actual or target shown, for the length of the bars. */
		public BigDecimal scale() {
			BigDecimal max = BigDecimal.ZERO;
			for (YearActual year : years) {
				if (year.value() != null && year.value().compareTo(max) > 0) {
					max = year.value();
				}
				if (year.target() != null && year.target().compareTo(max) > 0) {
					max = year.target();
				}
			}
			return max;
		}

		/** The bar length of a value in per cent of the largest (0 for none). */
		public int percent(@Nullable BigDecimal value) {
			BigDecimal scale = scale();
			if (value == null || scale.signum() <= 0 || value.signum() <= 0) {
				return 0;
			}
			return value.multiply(BigDecimal.valueOf(100)).divide(scale, 0, RoundingMode.HALF_UP).intValue();
		}

		/** A value rounded to the indicator's decimals. */
		public @Nullable BigDecimal rounded(@Nullable BigDecimal value) {
			return value == null ? null : value.setScale(Math.max(0, indicator.decimals()), RoundingMode.HALF_UP);
		}

	}

	/**
	 * The events of the period.
	 *
	 * @param held events held, {@code null} when the figure could not be counted
	 * @param heldByDistrict events held per district name (with those without district)
	 * @param participants participants per event type, then all together (persons: small numbers hidden)
	 * @param failure why a figure could not be counted, {@code null} when all could
	 */
	public record EventSection(@Nullable Long held, Map<String, Long> heldByDistrict, List<FigureLine> participants,
			@Nullable String failure) {
	}

	/** A counted figure: {@code value} is {@code null} when it is suppressed. */
	public record FigureLine(String label, @Nullable Long value, boolean suppressed) {
	}

	/** The charter work of the period. */
	public record CharterSection(List<VersionLine> adopted, List<ConsultationLine> consultations, long proposals,
			long comments, long forumInputs, long decisions) {
	}

	public record VersionLine(String number, String title, LocalDate adoptedOn) {
	}

	public record ConsultationLine(String number, String title, Instant from, Instant to) {
	}

	private final Region region;
	private final MeasureStore measures;
	private final IndicatorStore indicators;
	private final IndicatorActuals actuals;
	private final Figures figures;
	private final JdbcClient jdbc;
	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final Clock clock;

	FunderReport(Region region, MeasureStore measures, IndicatorStore indicators, IndicatorActuals actuals,
			Figures figures, JdbcClient jdbc, ITemplateEngine templates, MessageSource messages, Clock clock) {
		this.region = region;
		this.measures = measures;
		this.indicators = indicators;
		this.actuals = actuals;
		this.figures = figures;
		this.jdbc = jdbc;
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The report of the period for the given action fields (the fields a person steers, see
	 * {@link SteeringAccess#fields}).
	 *
	 * @throws IllegalArgumentException when the period ends before it begins or is longer than {@link #MAX_MONTHS}
	 */
	public Report build(Set<String> fieldCodes, YearMonth from, YearMonth to, Locale locale) {
		if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
			throw new IllegalArgumentException("Not a period for a report: " + from + " to " + to);
		}
		LocalDate start = from.atDay(1);
		LocalDate end = to.atEndOfMonth();
		LocalDate today = LocalDate.now(clock.withZone(BERLIN));
		Map<UUID, List<MilestoneView>> milestones = measures.allMilestones()
			.stream()
			.collect(Collectors.groupingBy(MilestoneView::measureId));
		List<IndicatorView> allIndicators = indicators.all();
		List<FieldSection> fields = new ArrayList<>();
		for (ActionFieldSummary field : region.actionFields()) {
			if (!fieldCodes.contains(field.code())) {
				continue;
			}
			List<MeasureLine> lines = new ArrayList<>();
			List<MeasureView> ofField = measures.ofField(field.code());
			Map<UUID, MeasureView> byId = new HashMap<>();
			ofField.forEach(measure -> byId.put(measure.id(), measure));
			for (MeasureView measure : treeOrder(ofField)) {
				if (!overlaps(measure, start, end)) {
					continue;
				}
				List<MilestoneView> own = milestones.getOrDefault(measure.id(), List.of());
				List<MilestoneView> reached = own.stream()
					.filter(m -> m.doneOn() != null && !m.doneOn().isBefore(start) && !m.doneOn().isAfter(end))
					.toList();
				LocalDate judged = today.isBefore(end) ? today : end;
				List<MilestoneView> missed = own.stream()
					.filter(m -> !m.dueOn().isBefore(start) && !m.dueOn().isAfter(end) && m.missed(judged))
					.toList();
				MeasureView parent = measure.parentId() == null ? null : byId.get(measure.parentId());
				lines.add(new MeasureLine(measure, parent == null ? null : parent.title(), reached, missed));
			}
			List<IndicatorLine> indicatorLines = new ArrayList<>();
			for (IndicatorView indicator : allIndicators) {
				if (!indicator.actionFieldCode().equals(field.code())) {
					continue;
				}
				int first = Math.max(from.getYear(), indicator.firstYear());
				int last = Math.min(to.getYear(), indicator.lastYear());
				if (first > last) {
					continue;
				}
				ActualTable table = actuals.published(actuals.table(indicator, first, last));
				List<YearActual> years = new ArrayList<>();
				for (int year = first; year <= last; year++) {
					years.add(actuals.year(table, year));
				}
				indicatorLines.add(new IndicatorLine(indicator, years, table.missingYears()));
			}
			fields.add(new FieldSection(field.code(), field.name().in(locale), field.leadPartner().name(), lines,
					indicatorLines));
		}
		return new Report(from, to, clock.instant(), fields, events(from, to, locale), charter(start, end));
	}

	/** Measures first, each followed by the measures below it. */
	private static List<MeasureView> treeOrder(List<MeasureView> ofField) {
		Map<UUID, List<MeasureView>> children = new LinkedHashMap<>();
		List<MeasureView> roots = new ArrayList<>();
		for (MeasureView measure : ofField) {
			if (measure.parentId() == null) {
				roots.add(measure);
			}
			else {
				children.computeIfAbsent(measure.parentId(), id -> new ArrayList<>()).add(measure);
			}
		}
		List<MeasureView> ordered = new ArrayList<>();
		roots.forEach(root -> add(root, children, ordered, 0));
		return ordered;
	}

	private static void add(MeasureView measure, Map<UUID, List<MeasureView>> children, List<MeasureView> ordered,
			int depth) {
		ordered.add(measure);
		if (depth < MeasureView.MAX_LEVEL) {
			children.getOrDefault(measure.id(), List.of()).forEach(child -> add(child, children, ordered, depth + 1));
		}
	}

	private static boolean overlaps(MeasureView measure, LocalDate start, LocalDate end) {
		return (measure.startsOn() == null || !measure.startsOn().isAfter(end))
				&& (measure.endsOn() == null || !measure.endsOn().isBefore(start));
	}

	private EventSection events(YearMonth from, YearMonth to, Locale locale) {
		Map<String, String> names = new HashMap<>();
		region.districts().forEach(district -> names.put(district.code(), district.name()));
		try {
			Map<String, Long> byDistrict = new LinkedHashMap<>();
			for (DistrictSummary district : region.districts()) {
				byDistrict.put(district.name(), 0L);
			}
			long held = 0;
			for (FigureValue value : figures.values(EVENTS_HELD, from, to)) {
				held += value.count();
				String name = value.districtCode() == null ? message("governance.indicator.column.unknown", locale)
						: names.getOrDefault(value.districtCode(), value.districtCode());
				byDistrict.merge(name, value.count(), Long::sum);
			}
			List<FigureDefinition> types = figures.definitions()
				.stream()
				.filter(definition -> definition.key().startsWith(PARTICIPANTS_OF))
				.toList();
			List<String> labels = new ArrayList<>();
			List<Long> counts = new ArrayList<>();
			for (FigureDefinition type : types) {
				labels.add(message(type.messageKey(), locale));
				counts.add(sum(type.key(), from, to));
			}
			labels.add(message("governance.report.events.participants-all", locale));
			counts.add(sum(PARTICIPANTS, from, to));
			int[] line = counts.stream().mapToInt(count -> (int) Math.min(Integer.MAX_VALUE, count)).toArray();
			boolean[] hidden = SmallNumbers.suppress(line);
			List<FigureLine> participants = new ArrayList<>();
			for (int i = 0; i < labels.size(); i++) {
				participants.add(new FigureLine(labels.get(i), hidden[i] ? null : counts.get(i), hidden[i]));
			}
			return new EventSection(held, byDistrict, participants, null);
		}
		catch (FigureException ex) {
			return new EventSection(null, Map.of(), List.of(), ex.getMessage());
		}
	}

	private long sum(String key, YearMonth from, YearMonth to) {
		return figures.values(key, from, to).stream().mapToLong(FigureValue::count).sum();
	}

	private CharterSection charter(LocalDate start, LocalDate end) {
		OffsetDateTime from = start.atStartOfDay(BERLIN).toOffsetDateTime();
		OffsetDateTime until = end.plusDays(1).atStartOfDay(BERLIN).toOffsetDateTime();
		List<VersionLine> adopted = jdbc.sql("""
				SELECT number, title, adopted_on FROM governance.charter_version
				WHERE adopted_on >= :start AND adopted_on <= :end ORDER BY adopted_on, number""")
			.param("start", start)
			.param("end", end)
			.query((rs, row) -> new VersionLine(rs.getString("number"), rs.getString("title"),
					rs.getObject("adopted_on", LocalDate.class)))
			.list();
		List<ConsultationLine> consultations = jdbc.sql("""
				SELECT number, title, consultation_from, consultation_to FROM governance.charter_version
				WHERE consultation_from IS NOT NULL AND consultation_to IS NOT NULL
				  AND consultation_from < :until AND consultation_to > :from
				ORDER BY consultation_from, number""")
			.param("from", from)
			.param("until", until)
			.query((rs, row) -> new ConsultationLine(rs.getString("number"), rs.getString("title"),
					rs.getObject("consultation_from", OffsetDateTime.class).toInstant(),
					rs.getObject("consultation_to", OffsetDateTime.class).toInstant()))
			.list();
		long proposals = count("SELECT count(*) FROM governance.proposal WHERE created_at >= :from AND created_at < :until",
				from, until);
		long comments = count("SELECT count(*) FROM governance.comment WHERE created_at >= :from AND created_at < :until",
				from, until);
		long inputs = count("SELECT count(*) FROM governance.forum_input WHERE published AND created_at >= :from"
				+ " AND created_at < :until", from, until);
		long decisions = count("SELECT count(*) FROM governance.decision WHERE decided_at >= :from"
				+ " AND decided_at < :until", from, until);
		return new CharterSection(adopted, consultations, proposals, comments, inputs, decisions);
	}

	private long count(String sql, OffsetDateTime from, OffsetDateTime until) {
		return jdbc.sql(sql).param("from", from).param("until", until).query(Long.class).single();
	}

	// ---- files

	/** The report as a tagged PDF. */
	public byte[] pdf(Report report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		String html = templates.process("governance/steering/report-pdf", context);
		return TaggedPdf.render(html, "the funder report " + report.from() + " to " + report.to());
	}

	/** The report as a spreadsheet: one sheet per section, numbers as numbers. */
	public byte[] xlsx(Report report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "ITAS-Plattform", "1.0");
			measuresSheet(workbook, report, locale);
			milestonesSheet(workbook, report, locale);
			indicatorsSheet(workbook, report, locale);
			eventsSheet(workbook, report, locale);
			charterSheet(workbook, report, locale);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void measuresSheet(Workbook workbook, Report report, Locale locale) throws IOException {
		Worksheet sheet = workbook.newWorksheet(message("governance.report.sheet.measures", locale));
		header(sheet, locale, "governance.report.column.field", "governance.report.column.level",
				"governance.report.column.measure", "governance.report.column.parent",
				"governance.report.column.status", "governance.report.column.progress",
				"governance.report.column.reached", "governance.report.column.missed",
				"governance.report.column.starts", "governance.report.column.ends");
		int row = 1;
		for (FieldSection field : report.fields()) {
			for (MeasureLine line : field.measures()) {
				MeasureView measure = line.measure();
				sheet.value(row, 0, field.name());
				sheet.value(row, 1, measure.level());
				sheet.value(row, 2, measure.title());
				sheet.value(row, 3, line.parentTitle() == null ? "" : line.parentTitle());
				sheet.value(row, 4, message(measure.status().messageKey(), locale));
				sheet.value(row, 5, measure.progress());
				sheet.value(row, 6, line.reached().size());
				sheet.value(row, 7, line.missed().size());
				date(sheet, row, 8, measure.startsOn());
				date(sheet, row, 9, measure.endsOn());
				row++;
			}
		}
		sheet.finish();
	}

	private void milestonesSheet(Workbook workbook, Report report, Locale locale) throws IOException {
		Worksheet sheet = workbook.newWorksheet(message("governance.report.sheet.milestones", locale));
		header(sheet, locale, "governance.report.column.field", "governance.report.column.measure",
				"governance.report.column.milestone", "governance.report.column.due", "governance.report.column.done",
				"governance.report.column.state");
		int row = 1;
		for (FieldSection field : report.fields()) {
			for (MeasureLine line : field.measures()) {
				List<MilestoneView> all = new ArrayList<>(line.reached());
				line.missed().stream().filter(m -> !all.contains(m)).forEach(all::add);
				for (MilestoneView milestone : all) {
					sheet.value(row, 0, field.name());
					sheet.value(row, 1, line.measure().title());
					sheet.value(row, 2, milestone.title());
					date(sheet, row, 3, milestone.dueOn());
					date(sheet, row, 4, milestone.doneOn());
					sheet.value(row, 5, message(line.missed().contains(milestone)
							? "governance.report.milestone.missed" : "governance.report.milestone.reached", locale));
					row++;
				}
			}
		}
		sheet.finish();
	}

	private void indicatorsSheet(Workbook workbook, Report report, Locale locale) throws IOException {
		Worksheet sheet = workbook.newWorksheet(message("governance.report.sheet.indicators", locale));
		header(sheet, locale, "governance.report.column.field", "governance.report.column.indicator",
				"governance.report.column.unit", "governance.report.column.year", "governance.report.column.target",
				"governance.report.column.actual", "governance.report.column.note", "governance.report.column.light");
		int row = 1;
		for (FieldSection field : report.fields()) {
			for (IndicatorLine line : field.indicators()) {
				for (YearActual year : line.years()) {
					sheet.value(row, 0, field.name());
					sheet.value(row, 1, line.indicator().title());
					sheet.value(row, 2, line.indicator().unit());
					sheet.value(row, 3, year.year());
					if (year.target() != null) {
						sheet.value(row, 4, line.rounded(year.target()));
					}
					if (year.value() != null) {
						sheet.value(row, 5, line.rounded(year.value()));
					}
					List<String> notes = new ArrayList<>();
					if (year.suppressed()) {
						notes.add(message("governance.indicator.suppressed", locale));
					}
					if (year.provisional()) {
						notes.add(message("governance.indicator.provisional", locale));
					}
					if (line.missingYears().contains(year.year())) {
						notes.add(message("governance.report.indicator.no-snapshot", locale));
					}
					sheet.value(row, 6, String.join(", ", notes));
					sheet.value(row, 7, message(year.light().messageKey(), locale));
					row++;
				}
			}
		}
		sheet.finish();
	}

	private void eventsSheet(Workbook workbook, Report report, Locale locale) throws IOException {
		Worksheet sheet = workbook.newWorksheet(message("governance.report.sheet.events", locale));
		header(sheet, locale, "governance.report.column.figure", "governance.report.column.value",
				"governance.report.column.note");
		EventSection events = report.events();
		int row = 1;
		if (events.failure() != null) {
			sheet.value(row, 0, message("governance.report.events.failed", locale));
			sheet.value(row, 2, events.failure());
			sheet.finish();
			return;
		}
		sheet.value(row, 0, message("governance.report.events.held", locale));
		sheet.value(row, 1, events.held());
		row++;
		for (Map.Entry<String, Long> district : events.heldByDistrict().entrySet()) {
			sheet.value(row, 0, message("governance.report.events.held-in", locale, district.getKey()));
			sheet.value(row, 1, district.getValue());
			row++;
		}
		for (FigureLine line : events.participants()) {
			sheet.value(row, 0, line.label());
			if (line.value() != null) {
				sheet.value(row, 1, line.value());
			}
			if (line.suppressed()) {
				sheet.value(row, 2, message("governance.indicator.suppressed", locale));
			}
			row++;
		}
		sheet.finish();
	}

	private void charterSheet(Workbook workbook, Report report, Locale locale) throws IOException {
		Worksheet sheet = workbook.newWorksheet(message("governance.report.sheet.charter", locale));
		header(sheet, locale, "governance.report.column.kind", "governance.report.column.item",
				"governance.report.column.value", "governance.report.column.from", "governance.report.column.to");
		CharterSection charter = report.charter();
		int row = 1;
		for (VersionLine version : charter.adopted()) {
			sheet.value(row, 0, message("governance.report.charter.adopted", locale));
			sheet.value(row, 1, version.number() + " " + version.title());
			date(sheet, row, 3, version.adoptedOn());
			row++;
		}
		for (ConsultationLine consultation : charter.consultations()) {
			sheet.value(row, 0, message("governance.report.charter.consultation", locale));
			sheet.value(row, 1, consultation.number() + " " + consultation.title());
			date(sheet, row, 3, consultation.from().atZone(BERLIN).toLocalDate());
			date(sheet, row, 4, consultation.to().atZone(BERLIN).toLocalDate());
			row++;
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("governance.report.charter.proposals", charter.proposals());
		counts.put("governance.report.charter.comments", charter.comments());
		counts.put("governance.report.charter.inputs", charter.forumInputs());
		counts.put("governance.report.charter.decisions", charter.decisions());
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			sheet.value(row, 0, message(count.getKey(), locale));
			sheet.value(row, 2, count.getValue());
			row++;
		}
		sheet.finish();
	}

	private void header(Worksheet sheet, Locale locale, String... keys) {
		for (int column = 0; column < keys.length; column++) {
			sheet.value(0, column, message(keys[column], locale));
			sheet.style(0, column).bold().set();
		}
	}

	private static void date(Worksheet sheet, int row, int column, @Nullable LocalDate date) {
		if (date != null) {
			sheet.value(row, column, date);
			sheet.style(row, column).format("dd.mm.yyyy").set();
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
