package de.itas.platform.skills.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import de.itas.platform.skills.engine.TaxonomySnapshot.Broader;
import de.itas.platform.skills.engine.TaxonomySnapshot.IscoGroup;
import de.itas.platform.skills.engine.TaxonomySnapshot.Occupation;
import de.itas.platform.skills.engine.TaxonomySnapshot.Relation;
import de.itas.platform.skills.engine.TaxonomySnapshot.Skill;
import de.itas.platform.skills.engine.TaxonomySnapshot.SkillGroup;

/**
 * Reads an export in the format of the official ESCO CSV download (UTF-8, header row, RFC 4180 quoting,
 * multi-valued fields separated by newlines) and checks it completely before anything is written: a
 * missing file, a missing column, broken quoting, a bad value or a relation to an unknown concept is
 * reported with file and line, and nothing of the export is used.
 * <p>
 * The official download mixes versions (relations of 1.1.1 beside German labels of 1.2): a relation
 * whose occupation the export knows only from its hierarchy file, without labels, is skipped with a
 * warning instead of refusing the whole export.
 */
public final class EscoCsvReader {

	public static final String OCCUPATIONS = "occupations_de.csv";
	public static final String SKILLS = "skills_en.csv";
	public static final String RELATIONS = "occupationSkillRelations.csv";
	public static final String SKILLS_DE = "skills_de.csv";
	public static final String ISCO_GROUPS = "ISCOGroups_de.csv";
	public static final String GREEN_SHARE = "greenShareOcc_de.csv";
	public static final String GREEN = "greenSkillsCollection_de.csv";
	public static final String DIGITAL = "digitalSkillsCollection_de.csv";
	public static final String TRANSVERSAL = "transversalSkillsCollection_de.csv";
	public static final String SKILL_GROUPS = "skillGroups_de.csv";
	public static final String SKILL_HIERARCHY = "broaderRelationsSkillPillar.csv";
	public static final String OCCUPATION_HIERARCHY = "broaderRelationsOccPillar.csv";

	static final List<String> REQUIRED = List.of(OCCUPATIONS, SKILLS, RELATIONS);

	static final List<String> OPTIONAL = List.of(SKILLS_DE, ISCO_GROUPS, GREEN_SHARE, GREEN, DIGITAL, TRANSVERSAL,
			SKILL_GROUPS, SKILL_HIERARCHY, OCCUPATION_HIERARCHY);

	private static final int MAX_PROBLEMS = 100;

	private static final Set<String> SKILL_TYPES = Set.of("knowledge", "skill/competence", "");

	private static final Set<String> REUSE_LEVELS = Set.of("transversal", "cross-sector", "sector-specific",
			"occupation-specific", "");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final TaxonomySource source;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private EscoCsvReader(TaxonomySource source) {
		this.source = source;
	}

	/** Reads and checks the export; throws {@link TaxonomyFormatException} listing every problem. */
	public static Result read(TaxonomySource source) {
		return new EscoCsvReader(source).read();
	}

	/** A checked export and the fingerprint of its files (the same files give the same fingerprint). */
	public record Result(TaxonomySnapshot snapshot, String fingerprint) {
	}

	private Result read() {
		loadFiles();
		if (!problems.isEmpty()) {
			throw new TaxonomyFormatException(problems);
		}
		Map<String, Occupation> occupations = readOccupations();
		Map<String, MutableSkill> skills = readSkills();
		Map<String, String> germanLabels = readGermanSkillLabels(skills.keySet());
		germanLabels.forEach((uri, label) -> skills.get(uri).labelDe = label);
		markCollection(GREEN, skills, skill -> skill.green = true);
		markCollection(DIGITAL, skills, skill -> skill.digital = true);
		markCollection(TRANSVERSAL, skills, skill -> skill.transversal = true);
		Map<String, Double> greenShares = readGreenShares(occupations.keySet());
		List<Relation> relations = readRelations(occupations.keySet(), skills.keySet(), knownOccupationsWithoutLabels());
		List<IscoGroup> iscoGroups = readIscoGroups();
		List<SkillGroup> skillGroups = readSkillGroups();
		List<Broader> hierarchy = readSkillHierarchy();
		if (!problems.isEmpty()) {
			throw new TaxonomyFormatException(problems);
		}
		List<Occupation> occupationList = occupations.values()
			.stream()
			.map(occupation -> greenShares.containsKey(occupation.uri())
					? new Occupation(occupation.uri(), occupation.code(), occupation.iscoGroup(),
							occupation.preferredLabel(), occupation.altLabels(), occupation.hiddenLabels(),
							occupation.description(), greenShares.get(occupation.uri()))
					: occupation)
			.toList();
		List<Skill> skillList = skills.values().stream().map(MutableSkill::toSkill).toList();
		TaxonomySnapshot snapshot = new TaxonomySnapshot(occupationList, skillList, relations, iscoGroups, skillGroups,
				hierarchy, List.copyOf(warnings));
		return new Result(snapshot, fingerprint());
	}

	private void loadFiles() {
		for (String file : REQUIRED) {
			Optional<byte[]> content = content(file);
			if (content.isEmpty()) {
				problem(file, 0, "file is missing (required: " + String.join(", ", REQUIRED) + ")");
			}
			else {
				files.put(file, content.get());
			}
		}
		for (String file : OPTIONAL) {
			content(file).ifPresent(bytes -> files.put(file, bytes));
		}
	}

	private Optional<byte[]> content(String file) {
		try {
			Optional<InputStream> in = source.open(file);
			if (in.isEmpty()) {
				return Optional.empty();
			}
			try (InputStream stream = in.get()) {
				return Optional.of(stream.readAllBytes());
			}
		}
		catch (IOException ex) {
			problem(file, 0, "cannot be read: " + ex.getMessage());
			return Optional.empty();
		}
	}

	private String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.getValue());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Occupation> readOccupations() {
		Map<String, Occupation> occupations = new LinkedHashMap<>();
		int[] duplicates = { 0 };
		parse(OCCUPATIONS, List.of("conceptUri", "preferredLabel"), row -> {
			String uri = row.uri("conceptUri");
			String label = row.required("preferredLabel");
			if (uri == null || label == null) {
				return;
			}
			if (occupations.containsKey(uri)) {
				// the official export repeats a few occupations; the first row wins
				duplicates[0]++;
				return;
			}
			occupations.put(uri, new Occupation(uri, row.optional("code"), row.optional("iscoGroup"), label,
					row.list("altLabels"), row.list("hiddenLabels"), row.optional("description"), null));
		});
		warnIfAny(duplicates[0], OCCUPATIONS + ": %d repeated rows of the same occupation were ignored");
		return occupations;
	}

	private Map<String, MutableSkill> readSkills() {
		Map<String, MutableSkill> skills = new LinkedHashMap<>();
		int[] duplicates = { 0 };
		parse(SKILLS, List.of("conceptUri", "preferredLabel", "skillType", "reuseLevel"), row -> {
			String uri = row.uri("conceptUri");
			String label = row.required("preferredLabel");
			String type = row.value("skillType");
			String reuse = row.value("reuseLevel");
			if (!SKILL_TYPES.contains(type)) {
				row.problem("unknown skill type '" + type + "' (expected knowledge or skill/competence)");
			}
			if (!REUSE_LEVELS.contains(reuse)) {
				row.problem("unknown reuse level '" + reuse + "'");
			}
			if (uri == null || label == null) {
				return;
			}
			if (skills.containsKey(uri)) {
				duplicates[0]++;
				return;
			}
			MutableSkill skill = new MutableSkill(uri, label);
			skill.type = type.isEmpty() ? null : type;
			skill.reuseLevel = reuse.isEmpty() ? null : reuse;
			skill.description = row.optional("description");
			skills.put(uri, skill);
		});
		warnIfAny(duplicates[0], SKILLS + ": %d repeated rows of the same skill were ignored");
		return skills;
	}

	private Map<String, String> readGermanSkillLabels(Set<String> skills) {
		Map<String, String> labels = new HashMap<>();
		if (!files.containsKey(SKILLS_DE)) {
			return labels;
		}
		int[] unknown = { 0 };
		parse(SKILLS_DE, List.of("conceptUri", "preferredLabel"), row -> {
			String uri = row.uri("conceptUri");
			String label = row.required("preferredLabel");
			if (uri == null || label == null) {
				return;
			}
			if (skills.contains(uri)) {
				labels.put(uri, label);
			}
			else {
				unknown[0]++;
			}
		});
		warnIfAny(unknown[0], SKILLS_DE + ": %d labels of skills this export does not contain were ignored");
		return labels;
	}

	private void markCollection(String file, Map<String, MutableSkill> skills, Consumer<MutableSkill> mark) {
		if (!files.containsKey(file)) {
			return;
		}
		int[] unknown = { 0 };
		parse(file, List.of("conceptUri"), row -> {
			String uri = row.uri("conceptUri");
			if (uri == null) {
				return;
			}
			MutableSkill skill = skills.get(uri);
			if (skill != null) {
				mark.accept(skill);
			}
			else {
				unknown[0]++;
			}
		});
		warnIfAny(unknown[0], file + ": %d skills this export does not contain were ignored");
	}

	private Map<String, Double> readGreenShares(Set<String> occupations) {
		Map<String, Double> shares = new HashMap<>();
		if (!files.containsKey(GREEN_SHARE)) {
			return shares;
		}
		parse(GREEN_SHARE, List.of("conceptType", "conceptUri", "greenShare"), row -> {
			if (!"Occupation".equals(row.value("conceptType"))) {
				return;
			}
			String uri = row.uri("conceptUri");
			String value = row.value("greenShare");
			double share;
			try {
				share = Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				row.problem("green share '" + value + "' is not a number");
				return;
			}
			if (!(share >= 0 && share <= 1)) {
				row.problem("green share " + value + " is not between 0 and 1");
				return;
			}
			if (uri != null && occupations.contains(uri)) {
				shares.put(uri, share);
			}
		});
		return shares;
	}

	private Set<String> knownOccupationsWithoutLabels() {
		Set<String> known = new HashSet<>();
		if (files.containsKey(OCCUPATION_HIERARCHY)) {
			parse(OCCUPATION_HIERARCHY, List.of("conceptUri", "broaderUri"), row -> {
				known.add(row.value("conceptUri"));
				known.add(row.value("broaderUri"));
			});
		}
		return known;
	}

	private List<Relation> readRelations(Set<String> occupations, Set<String> skills, Set<String> hierarchyOnly) {
		List<Relation> relations = new ArrayList<>(occupations.size() * 40);
		Set<String> seen = new HashSet<>();
		Set<String> skippedOccupations = new HashSet<>();
		int[] skipped = { 0 };
		parse(RELATIONS, List.of("occupationUri", "relationType", "skillUri"), row -> {
			String occupation = row.uri("occupationUri");
			String skill = row.uri("skillUri");
			String type = row.value("relationType");
			boolean essential = "essential".equals(type);
			if (!essential && !"optional".equals(type)) {
				row.problem("relation type '" + type + "' is neither essential nor optional");
				return;
			}
			if (occupation == null || skill == null) {
				return;
			}
			if (!skills.contains(skill)) {
				row.problem("unknown skill " + skill);
				return;
			}
			if (!occupations.contains(occupation)) {
				if (hierarchyOnly.contains(occupation)) {
					skipped[0]++;
					skippedOccupations.add(occupation);
				}
				else {
					row.problem("unknown occupation " + occupation);
				}
				return;
			}
			if (seen.add(occupation + ' ' + skill)) {
				relations.add(new Relation(occupation, skill, essential));
			}
		});
		if (skipped[0] > 0) {
			warnings.add(String.format(Locale.ROOT,
					"%s: %d relations of %d occupations without labels in this export were skipped", RELATIONS,
					skipped[0], skippedOccupations.size()));
		}
		return relations;
	}

	private List<IscoGroup> readIscoGroups() {
		List<IscoGroup> groups = new ArrayList<>();
		if (files.containsKey(ISCO_GROUPS)) {
			parse(ISCO_GROUPS, List.of("conceptUri", "code", "preferredLabel"), row -> {
				String uri = row.uri("conceptUri");
				String code = row.required("code");
				String label = row.required("preferredLabel");
				if (uri != null && code != null && label != null) {
					groups.add(new IscoGroup(code, uri, label));
				}
			});
		}
		return groups;
	}

	private List<SkillGroup> readSkillGroups() {
		List<SkillGroup> groups = new ArrayList<>();
		if (files.containsKey(SKILL_GROUPS)) {
			parse(SKILL_GROUPS, List.of("conceptUri", "preferredLabel"), row -> {
				String uri = row.uri("conceptUri");
				String label = row.required("preferredLabel");
				if (uri != null && label != null) {
					groups.add(new SkillGroup(uri, row.optional("code"), label));
				}
			});
		}
		return groups;
	}

	private List<Broader> readSkillHierarchy() {
		List<Broader> hierarchy = new ArrayList<>();
		if (files.containsKey(SKILL_HIERARCHY)) {
			Set<String> seen = new HashSet<>();
			parse(SKILL_HIERARCHY, List.of("conceptUri", "broaderUri"), row -> {
				String concept = row.uri("conceptUri");
				String broader = row.uri("broaderUri");
				if (concept != null && broader != null && seen.add(concept + ' ' + broader)) {
					hierarchy.add(new Broader(concept, broader));
				}
			});
		}
		return hierarchy;
	}

	private void warnIfAny(int count, String format) {
		if (count > 0) {
			warnings.add(String.format(Locale.ROOT, format, count));
		}
	}

	private void parse(String file, List<String> requiredColumns, Consumer<Row> consumer) {
		byte[] bytes = files.get(file);
		if (bytes == null || problems.size() >= MAX_PROBLEMS) {
			return;
		}
		Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		long line = 1;
		try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			List<String> header = parser.getHeaderNames();
			List<String> missing = requiredColumns.stream().filter(column -> !header.contains(column)).toList();
			if (!missing.isEmpty()) {
				problem(file, 1, "missing column(s) " + String.join(", ", missing) + "; found " + header);
				return;
			}
			Iterator<CSVRecord> records = parser.iterator();
			line = parser.getCurrentLineNumber() + 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (record.size() != header.size()) {
					problem(file, line, "expected " + header.size() + " fields, found " + record.size());
				}
				else {
					consumer.accept(new Row(file, line, record));
				}
				if (problems.size() >= MAX_PROBLEMS) {
					return;
				}
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (UncheckedIOException | IOException | IllegalStateException ex) {
			Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
			String message = cause instanceof CharacterCodingException ? "is not valid UTF-8"
					: "broken CSV (quoting or structure): " + cause.getMessage();
			problem(file, line, message);
		}
	}

	private void problem(String file, long line, String problem) {
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(new ImportProblem(file, line, problem));
		}
	}

	/** One record with its physical line, and checks that report against it. */
	private final class Row {

		private final String file;
		private final long line;
		private final CSVRecord record;

		Row(String file, long line, CSVRecord record) {
			this.file = file;
			this.line = line;
			this.record = record;
		}

		String value(String column) {
			return record.isMapped(column) ? record.get(column).strip() : "";
		}

		@Nullable
		String optional(String column) {
			String value = value(column);
			return value.isEmpty() ? null : value;
		}

		@Nullable
		String required(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				problem(column + " is empty");
				return null;
			}
			return value;
		}

		@Nullable
		String uri(String column) {
			String value = required(column);
			if (value != null && (value.chars().anyMatch(Character::isWhitespace) || !value.contains(":"))) {
				problem(column + " '" + value + "' is not a URI");
				return null;
			}
			return value;
		}

		List<String> list(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				return List.of();
			}
			return Arrays.stream(value.split("\\R")).map(String::strip).filter(label -> !label.isEmpty()).distinct().toList();
		}

		void problem(String message) {
			EscoCsvReader.this.problem(file, line, message);
		}

	}

	private static final class MutableSkill {

		final String uri;
		final String labelEn;
		@Nullable String labelDe;
		@Nullable String type;
		@Nullable String reuseLevel;
		@Nullable String description;
		boolean green;
		boolean digital;
		boolean transversal;

		MutableSkill(String uri, String labelEn) {
			this.uri = uri;
			this.labelEn = labelEn;
		}

		Skill toSkill() {
			return new Skill(uri, labelDe, labelEn, type, reuseLevel, description, green, digital, transversal);
		}

	}

}
