package de.itas.platform.trainings;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.skills.InvalidQueryException;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.SkillRequirement;
import de.itas.platform.trainings.search.Places;

/**
 * The CSV import of offers by a provider (columns in {@code docs/trainings-csv-import.md}): a preview
 * that checks every row with the same rules as the editor, then an import of all rows in one transaction
 * or none at all. Rows with the same title are one offer with several runs.
 */
@Service
@Transactional
public class OfferImport {

	public static final int MAX_BYTES = 1_000_000;
	public static final int MAX_ROWS = 2_000;

	/** The columns in their documented order; only „titel“ … „preis“ are required in the header. */
	public static final List<String> COLUMNS = List.of("titel", "kurzbeschreibung", "beschreibung", "format",
			"zielgruppen", "sprache", "stunden", "preis", "traeger_azav", "massnahme_azav", "kompetenzen", "berufe",
			"handlungsfeld", "kontakt_name", "kontakt_email", "kontakt_telefon", "status", "beginn", "ende", "zeiten",
			"online", "veranstaltungsort", "strasse", "plz", "ort", "landkreis", "plaetze");

	static final Set<String> REQUIRED = Set.of("titel", "kurzbeschreibung", "format", "stunden", "preis");

	/** Strict: 31.02.2027 is refused instead of being moved to the last day of February. */
	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** The offer fields of a CSV column that an editor field corresponds to, for messages. */
	private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("title", "titel"),
			Map.entry("summary", "kurzbeschreibung"), Map.entry("description", "beschreibung"),
			Map.entry("format", "format"), Map.entry("targetGroups", "zielgruppen"), Map.entry("language", "sprache"),
			Map.entry("durationHours", "stunden"), Map.entry("price", "preis"), Map.entry("skillUris", "kompetenzen"),
			Map.entry("occupationUris", "berufe"), Map.entry("actionFieldCode", "handlungsfeld"),
			Map.entry("contactName", "kontakt_name"), Map.entry("contactEmail", "kontakt_email"),
			Map.entry("contactPhone", "kontakt_telefon"), Map.entry("startDate", "beginn"), Map.entry("endDate", "ende"),
			Map.entry("schedule", "zeiten"), Map.entry("placeName", "veranstaltungsort"), Map.entry("street", "strasse"),
			Map.entry("postcode", "plz"), Map.entry("city", "ort"), Map.entry("districtCode", "landkreis"),
			Map.entry("capacity", "plaetze"));

	private final Offers offers;
	private final OfferStore store;
	private final ProviderAccess access;
	private final Occupations taxonomy;
	private final Region region;
	private final Places places;

	OfferImport(Offers offers, OfferStore store, ProviderAccess access, Occupations taxonomy, Region region,
			Places places) {
		this.offers = offers;
		this.store = store;
		this.access = access;
		this.taxonomy = taxonomy;
		this.region = region;
		this.places = places;
	}

	private record Parsed(ImportPreview preview, Map<String, OfferDraft> offers, Map<String, List<RunDraft>> runs,
			Map<String, OfferStatus> statuses) {
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(byte[] file) {
		return parse(file).preview();
	}

	/**
	 * Imports every offer of the file for the provider, or nothing.
	 *
	 * @return the number of offers created
	 * @throws FieldProblems with the file's problems when the preview has any
	 */
	public int importAll(UUID providerId, byte[] file) {
		OrganisationSummary provider = access.require(providerId);
		Parsed parsed = parse(file);
		if (!parsed.preview().importable()) {
			List<FieldProblem> problems = new ArrayList<>(parsed.preview().fileProblems());
			parsed.preview().rows().forEach(row -> problems.addAll(row.problems()));
			if (problems.isEmpty()) {
				problems.add(FieldProblem.of("file", "trainings.import.error.empty"));
			}
			throw new FieldProblems(problems);
		}
		int created = 0;
		for (Map.Entry<String, OfferDraft> offer : parsed.offers().entrySet()) {
			long id = offers.createChecked(provider, offer.getValue(), parsed.statuses().get(offer.getKey()));
			for (RunDraft run : parsed.runs().getOrDefault(offer.getKey(), List.of())) {
				store.insertRun(id, run, run.online() ? null : places.locate(run.city(), run.districtCode()).orElse(null));
			}
			created++;
		}
		return created;
	}

	private Parsed parse(byte[] file) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		Map<String, OfferDraft> drafts = new LinkedHashMap<>();
		Map<String, List<RunDraft>> runs = new LinkedHashMap<>();
		Map<String, OfferStatus> statuses = new LinkedHashMap<>();
		List<ImportPreview.Row> rows = new ArrayList<>();
		if (file.length == 0) {
			fileProblems.add(FieldProblem.of("file", "trainings.import.error.empty"));
			return new Parsed(new ImportPreview(fileProblems, rows), drafts, runs, statuses);
		}
		if (file.length > MAX_BYTES) {
			fileProblems.add(FieldProblem.of("file", "trainings.import.error.too-large", MAX_BYTES / 1000));
			return new Parsed(new ImportPreview(fileProblems, rows), drafts, runs, statuses);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			fileProblems.add(FieldProblem.of("file", "trainings.import.error.encoding"));
			return new Parsed(new ImportPreview(fileProblems, rows), drafts, runs, statuses);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String header = text.lines().findFirst().orElse("");
		char delimiter = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';'
				: ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, Integer> columns = new LinkedHashMap<>();
			parser.getHeaderMap().forEach((name, index) -> columns.put(name.strip().toLowerCase(Locale.ROOT), index));
			for (String required : REQUIRED) {
				if (!columns.containsKey(required)) {
					fileProblems.add(FieldProblem.of(required, "trainings.import.error.missing-column", required));
				}
			}
			columns.keySet()
				.stream()
				.filter(name -> !COLUMNS.contains(name))
				.forEach(name -> fileProblems.add(FieldProblem.of(name, "trainings.import.error.unknown-column", name)));
			if (!fileProblems.isEmpty()) {
				return new Parsed(new ImportPreview(fileProblems, rows), drafts, runs, statuses);
			}
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					fileProblems.add(FieldProblem.of("file", "trainings.import.error.too-many-rows", MAX_ROWS));
					break;
				}
				rows.add(row(record, columns, drafts, runs, statuses));
			}
		}
		catch (IOException | RuntimeException ex) {
			fileProblems.add(FieldProblem.of("file", "trainings.import.error.malformed"));
		}
		// nobody can register for a published offer without a run: such an offer must come with one
		statuses.forEach((title, status) -> {
			if (status == OfferStatus.PUBLISHED && runs.getOrDefault(title, List.of()).isEmpty()) {
				fileProblems.add(FieldProblem.of("status", "trainings.import.error.published-without-run", title));
			}
		});
		if (rows.isEmpty() && fileProblems.isEmpty()) {
			fileProblems.add(FieldProblem.of("file", "trainings.import.error.empty"));
		}
		return new Parsed(new ImportPreview(fileProblems, rows), drafts, runs, statuses);
	}

	private ImportPreview.Row row(CSVRecord record, Map<String, Integer> columns, Map<String, OfferDraft> drafts,
			Map<String, List<RunDraft>> runs, Map<String, OfferStatus> statuses) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		columns.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
		String title = values.getOrDefault("titel", "").strip();
		if (!drafts.containsKey(title)) {
			OfferDraft draft = new OfferDraft(title, value(values, "kurzbeschreibung"), value(values, "beschreibung"),
					format(values, problems), value(values, "zielgruppen"),
					values.getOrDefault("sprache", "").isBlank() ? "de" : value(values, "sprache").toLowerCase(Locale.ROOT),
					number(values, "stunden", problems), number(values, "preis", problems),
					yes(values, "traeger_azav", problems), yes(values, "massnahme_azav", problems),
					skills(values, problems), occupations(values, problems), actionField(values, problems),
					value(values, "kontakt_name"), value(values, "kontakt_email"), value(values, "kontakt_telefon"));
			offers.check(draft).stream().map(OfferImport::toColumn).forEach(problem -> {
				if (problems.stream().noneMatch(known -> known.field().equals(problem.field()))) {
					problems.add(problem);
				}
			});
			drafts.put(title, draft);
			statuses.put(title, status(values, problems));
		}
		LocalDate start = date(values, "beginn", problems);
		boolean online = yes(values, "online", problems);
		String city = value(values, "ort");
		if (start != null || !value(values, "ende").isBlank() || !value(values, "plaetze").isBlank()) {
			RunDraft run = new RunDraft(start, date(values, "ende", problems), value(values, "zeiten"), online,
					value(values, "veranstaltungsort"), value(values, "strasse"), value(values, "plz"), city,
					district(values, problems), whole(values, "plaetze", problems));
			List<FieldProblem> runProblems = new ArrayList<>(offers.check(run));
			OfferDraft offer = drafts.get(title);
			if (offer.format() != null) {
				runProblems.addAll(OfferRules.fit(offer.format(), offer.durationHours(), run));
			}
			runProblems.stream().map(OfferImport::toColumn).forEach(problem -> {
				if (problems.stream().noneMatch(known -> known.field().equals(problem.field()))) {
					problems.add(problem);
				}
			});
			runs.computeIfAbsent(title, key -> new ArrayList<>()).add(run);
		}
		return new ImportPreview.Row(record.getRecordNumber() + 1, title, start, online || city.isBlank() ? null : city,
				online, problems);
	}

	private static FieldProblem toColumn(FieldProblem problem) {
		String field = problem.field();
		return field == null ? problem
				: new FieldProblem(COLUMN_OF_FIELD.getOrDefault(field, field), problem.messageKey(), problem.arguments());
	}

	private static String value(Map<String, String> values, String column) {
		return values.getOrDefault(column, "").strip();
	}

	private static @Nullable Format format(Map<String, String> values, List<FieldProblem> problems) {
		String text = value(values, "format").toLowerCase(Locale.GERMAN);
		Format format = switch (text) {
			case "präsenz", "praesenz", "presence" -> Format.PRESENCE;
			case "online" -> Format.ONLINE;
			case "hybrid" -> Format.HYBRID;
			case "blended", "blended learning" -> Format.BLENDED;
			default -> null;
		};
		if (format == null && !text.isEmpty()) {
			problems.add(FieldProblem.of("format", "trainings.error.format"));
		}
		return format;
	}

	private static @Nullable BigDecimal number(Map<String, String> values, String column, List<FieldProblem> problems) {
		String text = value(values, column).replace(" ", "").replace("€", "");
		if (text.isEmpty()) {
			return null;
		}
		if (text.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
			text = text.replace(".", "");
		}
		try {
			return new BigDecimal(text.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(column, "trainings.error.number"));
			return null;
		}
	}

	private static @Nullable Integer whole(Map<String, String> values, String column, List<FieldProblem> problems) {
		String text = value(values, column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(column, "trainings.error.number"));
			return null;
		}
	}

	private static boolean yes(Map<String, String> values, String column, List<FieldProblem> problems) {
		String text = value(values, column).toLowerCase(Locale.GERMAN);
		return switch (text) {
			case "ja", "j", "yes", "true", "1", "x" -> true;
			case "", "nein", "n", "no", "false", "0" -> false;
			default -> {
				problems.add(FieldProblem.of(column, "trainings.import.error.yes-no"));
				yield false;
			}
		};
	}

	private static @Nullable LocalDate date(Map<String, String> values, String column, List<FieldProblem> problems) {
		String text = value(values, column);
		if (text.isEmpty()) {
			return null;
		}
		DateTimeFormatter format = text.contains(".") ? GERMAN_DATE : ISO_DATE;
		try {
			return LocalDate.parse(text, format);
		}
		catch (DateTimeParseException ex) {
			boolean wellFormed = text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}");
			problems.add(wellFormed ? FieldProblem.of(column, "trainings.import.error.no-such-date", text)
					: FieldProblem.of(column, "trainings.error.date"));
			return null;
		}
	}

	private static OfferStatus status(Map<String, String> values, List<FieldProblem> problems) {
		String text = value(values, "status").toLowerCase(Locale.GERMAN);
		return switch (text) {
			case "", "entwurf", "draft" -> OfferStatus.DRAFT;
			case "veröffentlicht", "veroeffentlicht", "published" -> OfferStatus.PUBLISHED;
			default -> {
				problems.add(FieldProblem.of("status", "trainings.import.error.status"));
				yield OfferStatus.DRAFT;
			}
		};
	}

	/** A district by its code or its name (with or without „Landkreis“). */
	private @Nullable String district(Map<String, String> values, List<FieldProblem> problems) {
		String text = value(values, "landkreis");
		if (text.isEmpty()) {
			return null;
		}
		for (DistrictSummary district : region.districts()) {
			if (district.code().equalsIgnoreCase(text) || district.name().equalsIgnoreCase(text)
					|| district.seat().equalsIgnoreCase(text)) {
				return district.code();
			}
		}
		return text;
	}

	private @Nullable String actionField(Map<String, String> values, List<FieldProblem> problems) {
		String text = value(values, "handlungsfeld");
		if (text.isEmpty()) {
			return null;
		}
		return region.actionFields()
			.stream()
			.filter(field -> field.code().equalsIgnoreCase(text) || field.name().de().equalsIgnoreCase(text))
			.map(field -> field.code())
			.findFirst()
			.orElse(text);
	}

	/** Skills by URI or by their exact German label, separated by „|“. */
	private List<String> skills(Map<String, String> values, List<FieldProblem> problems) {
		List<String> uris = new ArrayList<>();
		for (String entry : list(value(values, "kompetenzen"))) {
			Optional<String> uri = taxonomy.skill(entry).map(SkillRequirement::uri).or(() -> searchSkill(entry));
			if (uri.isPresent()) {
				uris.add(uri.get());
			}
			else if (problems.stream().noneMatch(problem -> problem.field().equals("kompetenzen"))) {
				problems.add(FieldProblem.of("kompetenzen", "trainings.error.unknown-skill", entry));
			}
		}
		return uris;
	}

	private Optional<String> searchSkill(String label) {
		try {
			return taxonomy.searchSkills(label, 20)
				.stream()
				.filter(skill -> skill.label().equalsIgnoreCase(label))
				.map(SkillRequirement::uri)
				.findFirst();
		}
		catch (InvalidQueryException ex) {
			return Optional.empty();
		}
	}

	private List<String> occupations(Map<String, String> values, List<FieldProblem> problems) {
		List<String> uris = new ArrayList<>();
		for (String entry : list(value(values, "berufe"))) {
			Optional<String> uri = taxonomy.summary(entry).map(summary -> summary.uri()).or(() -> searchOccupation(entry));
			if (uri.isPresent()) {
				uris.add(uri.get());
			}
			else if (problems.stream().noneMatch(problem -> problem.field().equals("berufe"))) {
				problems.add(FieldProblem.of("berufe", "trainings.error.unknown-occupation", entry));
			}
		}
		return uris;
	}

	private Optional<String> searchOccupation(String label) {
		try {
			return taxonomy.search(label, 10)
				.stream()
				.filter(match -> match.label().equalsIgnoreCase(label) || match.matchedLabel().equalsIgnoreCase(label))
				.map(OccupationMatch::uri)
				.findFirst();
		}
		catch (InvalidQueryException ex) {
			return Optional.empty();
		}
	}

	private static List<String> list(String text) {
		if (text.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split("\\|")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
	}

}
