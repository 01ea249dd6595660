package de.itas.platform.funding;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funding programmes, read once at start from the data file named by {@code platform.funding.programmes}.
 * The file is checked completely (known facts with the right types, versions that do not overlap, a
 * fallback base share), so a broken file stops the start with a message naming the place of the error
 * instead of producing wrong answers later. Read-only and identical on every instance.
 */
@Component
@EnableConfigurationProperties(FundingSettings.class)
class ProgrammeCatalogue {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeCatalogue.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> COMPARISONS = Set.of("above", "atLeast", "below", "atMost");

	private final List<Programme> programmes;

	ProgrammeCatalogue(FundingSettings settings) {
		String source = settings.programmes().getDescription();
		try (InputStream in = settings.programmes().getInputStream()) {
			this.programmes = parse(in, source);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read funding programmes from " + source + ": " + ex.getMessage(), ex);
		}
		log.info("Funding: {} programmes loaded from {}", programmes.size(), source);
	}

	List<Programme> programmes() {
		return programmes;
	}

	/** Parses and checks a programme file; the message of the exception names the faulty element. */
	static List<Programme> parse(InputStream in, String source) {
		JsonNode root;
		try {
			root = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Funding programmes in " + source + " are not valid JSON: "
					+ ex.getOriginalMessage(), ex);
		}
		try {
			List<Programme> programmes = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			JsonNode list = required(root, "programmes", "");
			for (int i = 0; i < list.size(); i++) {
				Programme programme = programme(list.get(i), "programmes[" + i + "]");
				if (!ids.add(programme.id())) {
					throw new InvalidData("programmes[" + i + "].id", "duplicate id '" + programme.id() + "'");
				}
				programmes.add(programme);
			}
			if (programmes.isEmpty()) {
				throw new InvalidData("programmes", "no programme");
			}
			return List.copyOf(programmes);
		}
		catch (InvalidData ex) {
			throw new IllegalStateException("Funding programmes in " + source + ": " + ex.getMessage(), ex);
		}
	}

	private static Programme programme(JsonNode node, String path) {
		String id = text(node, "id", path);
		List<ProgrammeVersion> versions = new ArrayList<>();
		JsonNode list = required(node, "versions", path);
		for (int i = 0; i < list.size(); i++) {
			versions.add(version(list.get(i), path + ".versions[" + i + "]"));
		}
		if (versions.isEmpty()) {
			throw new InvalidData(path + ".versions", "no version");
		}
		for (int i = 0; i < versions.size(); i++) {
			for (int j = i + 1; j < versions.size(); j++) {
				if (overlap(versions.get(i), versions.get(j))) {
					throw new InvalidData(path + ".versions", "versions " + i + " and " + j + " overlap");
				}
			}
		}
		boolean active = yesNo(node, "active", path);
		LocalizedText inactiveNote = optionalText(node, "inactiveNote", path);
		if (!active && inactiveNote == null) {
			throw new InvalidData(path + ".inactiveNote", "an inactive programme needs a note saying why");
		}
		return new Programme(id, localized(node, "name", path), active, inactiveNote, List.copyOf(versions));
	}

	private static boolean overlap(ProgrammeVersion a, ProgrammeVersion b) {
		LocalDate aEnd = a.validUntil() == null ? LocalDate.MAX : a.validUntil();
		LocalDate bEnd = b.validUntil() == null ? LocalDate.MAX : b.validUntil();
		return !a.validFrom().isAfter(bEnd) && !b.validFrom().isAfter(aEnd);
	}

	private static ProgrammeVersion version(JsonNode node, String path) {
		LocalDate validFrom = date(node, "validFrom", path);
		LocalDate validUntil = node.hasNonNull("validUntil") ? date(node, "validUntil", path) : null;
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new InvalidData(path + ".validUntil", "before validFrom");
		}
		JsonNode rates = required(node, "rates", path);
		String ratesPath = path + ".rates";
		Rate courseCost = rate(required(rates, "courseCost", ratesPath), ratesPath + ".courseCost");
		Rate wageSubsidy = rates.hasNonNull("wageSubsidy") ? rate(rates.get("wageSubsidy"), ratesPath + ".wageSubsidy")
				: null;
		Rate netPay = rates.hasNonNull("netPayReplacement")
				? rate(rates.get("netPayReplacement"), ratesPath + ".netPayReplacement") : null;
		for (String name : rates.propertyNames()) {
			if (!Set.of("courseCost", "wageSubsidy", "netPayReplacement").contains(name)) {
				throw new InvalidData(ratesPath + "." + name, "unknown rate");
			}
		}
		List<Condition> conditions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode list = required(node, "conditions", path);
		for (int i = 0; i < list.size(); i++) {
			Condition condition = condition(list.get(i), path + ".conditions[" + i + "]");
			if (!ids.add(condition.id())) {
				throw new InvalidData(path + ".conditions[" + i + "].id", "duplicate id '" + condition.id() + "'");
			}
			conditions.add(condition);
		}
		List<ProgrammeVersion.Check> checks = new ArrayList<>();
		JsonNode checkList = required(node, "checks", path);
		if (!checkList.isArray() || checkList.isEmpty()) {
			throw new InvalidData(path + ".checks", "every version records how its rules were checked");
		}
		for (int i = 0; i < checkList.size(); i++) {
			String checkPath = path + ".checks[" + i + "]";
			JsonNode check = checkList.get(i);
			String source = text(check, "source", checkPath);
			if (!source.startsWith("https://")) {
				throw new InvalidData(checkPath + ".source", "must be an https address");
			}
			checks.add(new ProgrammeVersion.Check(localized(check, "subject", checkPath), text(check, "paragraph", checkPath),
					source, date(check, "checked", checkPath), yesNo(check, "verified", checkPath)));
		}
		return new ProgrammeVersion(validFrom, validUntil, localized(node, "legalBasis", path),
				optionalText(node, "note", path), courseCost, wageSubsidy, netPay, List.copyOf(conditions),
				List.copyOf(checks));
	}

	private static Rate rate(JsonNode node, String path) {
		List<Rate.Step> base = new ArrayList<>();
		JsonNode steps = required(node, "base", path);
		for (int i = 0; i < steps.size(); i++) {
			String stepPath = path + ".base[" + i + "]";
			JsonNode step = steps.get(i);
			Criterion when = step.hasNonNull("when") ? criterion(step.get("when"), stepPath + ".when") : null;
			if (when == null && i != steps.size() - 1) {
				throw new InvalidData(stepPath, "only the last base step may be without 'when'");
			}
			base.add(new Rate.Step(when, share(step, "share", stepPath)));
		}
		if (base.isEmpty() || base.get(base.size() - 1).when() != null) {
			throw new InvalidData(path + ".base", "the last base step must be without 'when' (the fallback)");
		}
		List<Rate.Raise> raises = new ArrayList<>();
		JsonNode raiseList = node.path("raisedTo");
		for (int i = 0; i < raiseList.size(); i++) {
			String raisePath = path + ".raisedTo[" + i + "]";
			raises.add(new Rate.Raise(criterion(required(raiseList.get(i), "when", raisePath), raisePath + ".when"),
					share(raiseList.get(i), "share", raisePath)));
		}
		List<Rate.Plus> pluses = new ArrayList<>();
		JsonNode plusList = node.path("plusPoints");
		for (int i = 0; i < plusList.size(); i++) {
			String plusPath = path + ".plusPoints[" + i + "]";
			JsonNode plus = plusList.get(i);
			pluses.add(new Rate.Plus(criterion(required(plus, "when", plusPath), plusPath + ".when"),
					share(plus, "points", plusPath), optionalText(plus, "secondarySource", plusPath)));
		}
		BigDecimal maxShare = node.hasNonNull("maxShare") ? share(node, "maxShare", path) : BigDecimal.ONE;
		BigDecimal maxAmount = node.hasNonNull("maxAmount") ? number(node, "maxAmount", path) : null;
		if (maxAmount != null && maxAmount.signum() < 0) {
			throw new InvalidData(path + ".maxAmount", "negative");
		}
		return new Rate(List.copyOf(base), List.copyOf(raises), List.copyOf(pluses), maxShare, maxAmount,
				optionalText(node, "secondarySource", path));
	}

	private static Condition condition(JsonNode node, String path) {
		Criterion notApplicableWhen = node.hasNonNull("notApplicableWhen")
				? criterion(node.get("notApplicableWhen"), path + ".notApplicableWhen") : null;
		return new Condition(text(node, "id", path), localized(node, "text", path),
				criterion(required(node, "test", path), path + ".test"), optionalText(node, "unknownText", path),
				notApplicableWhen, optionalText(node, "notApplicableText", path));
	}

	/** Parses a test of the rule language; see {@link Criterion} and {@code funding/README.md}. */
	static Criterion criterion(JsonNode node, String path) {
		if (!node.isObject()) {
			throw new InvalidData(path, "a test must be an object");
		}
		if (node.has("allOf") || node.has("anyOf")) {
			String kind = node.has("allOf") ? "allOf" : "anyOf";
			JsonNode list = node.get(kind);
			if (!list.isArray() || list.isEmpty()) {
				throw new InvalidData(path + "." + kind, "needs a non-empty list");
			}
			List<Criterion> parts = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				parts.add(criterion(list.get(i), path + "." + kind + "[" + i + "]"));
			}
			return kind.equals("allOf") ? new Criterion.AllOf(List.copyOf(parts)) : new Criterion.AnyOf(List.copyOf(parts));
		}
		if (node.has("unknown")) {
			if (!node.get("unknown").isBoolean() || !node.get("unknown").booleanValue()) {
				throw new InvalidData(path + ".unknown", "must be true");
			}
			return new Criterion.Unknown();
		}
		String fact = text(node, "fact", path);
		Facts.Type type = Facts.TYPES.get(fact);
		if (type == null) {
			throw new InvalidData(path + ".fact", "unknown fact '" + fact + "' (known: " + Facts.TYPES.keySet() + ")");
		}
		if (node.has("is")) {
			requireType(fact, type, Facts.Type.YES_NO, path);
			return new Criterion.Is(fact, yesNo(node, "is", path));
		}
		if (node.has("yearsBefore")) {
			requireType(fact, type, Facts.Type.NUMBER, path);
			String dateFact = dateFact(node, "yearsBefore", path);
			return new Criterion.YearsBefore(fact, dateFact, wholeNumber(node, "atLeast", path),
					outcome(node, "whenExactly", path));
		}
		if (node.has("notWithinYearsBefore")) {
			requireType(fact, type, Facts.Type.DATE, path);
			return new Criterion.NotWithinYearsBefore(fact, dateFact(node, "notWithinYearsBefore", path),
					wholeNumber(node, "years", path), outcome(node, "whenExactly", path));
		}
		if (node.has("before")) {
			requireType(fact, type, Facts.Type.DATE, path);
			return new Criterion.Before(fact, dateFact(node, "before", path), outcome(node, "whenSameDay", path));
		}
		for (Criterion.Comparison comparison : Criterion.Comparison.values()) {
			if (node.has(comparison.dataName)) {
				requireType(fact, type, Facts.Type.NUMBER, path);
				return new Criterion.Compare(fact, comparison, number(node, comparison.dataName, path));
			}
		}
		throw new InvalidData(path, "no known test for fact '" + fact + "' (expected one of " + COMPARISONS
				+ ", is, yearsBefore, notWithinYearsBefore, before)");
	}

	private static void requireType(String fact, Facts.Type actual, Facts.Type expected, String path) {
		if (actual != expected) {
			throw new InvalidData(path, "fact '" + fact + "' is " + actual + ", this test needs " + expected);
		}
	}

	private static String dateFact(JsonNode node, String name, String path) {
		String fact = text(node, name, path);
		if (Facts.TYPES.get(fact) != Facts.Type.DATE) {
			throw new InvalidData(path + "." + name, "'" + fact + "' is not a date fact");
		}
		return fact;
	}

	private static Outcome outcome(JsonNode node, String name, String path) {
		try {
			return Outcome.fromData(text(node, name, path));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidData(path + "." + name, ex.getMessage());
		}
	}

	private static JsonNode required(JsonNode node, String name, String path) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			throw new InvalidData(join(path, name), "missing");
		}
		return value;
	}

	private static String text(JsonNode node, String name, String path) {
		JsonNode value = required(node, name, path);
		if (!value.isString() || value.stringValue().isBlank()) {
			throw new InvalidData(join(path, name), "must be a non-empty text");
		}
		return value.stringValue();
	}

	private static boolean yesNo(JsonNode node, String name, String path) {
		JsonNode value = required(node, name, path);
		if (!value.isBoolean()) {
			throw new InvalidData(join(path, name), "must be true or false");
		}
		return value.booleanValue();
	}

	private static BigDecimal number(JsonNode node, String name, String path) {
		JsonNode value = required(node, name, path);
		if (!value.isNumber()) {
			throw new InvalidData(join(path, name), "must be a number");
		}
		return value.decimalValue();
	}

	private static int wholeNumber(JsonNode node, String name, String path) {
		JsonNode value = required(node, name, path);
		if (!value.isIntegralNumber() || value.intValue() < 0) {
			throw new InvalidData(join(path, name), "must be a whole number of at least 0");
		}
		return value.intValue();
	}

	private static BigDecimal share(JsonNode node, String name, String path) {
		BigDecimal share = number(node, name, path);
		if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidData(join(path, name), "a share must lie between 0 and 1 (1 = 100 %)");
		}
		return share;
	}

	private static LocalDate date(JsonNode node, String name, String path) {
		String text = text(node, name, path);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidData(join(path, name), "must be a date like 2024-04-01");
		}
	}

	private static LocalizedText localized(JsonNode node, String name, String path) {
		LocalizedText text = optionalText(node, name, path);
		if (text == null) {
			throw new InvalidData(join(path, name), "missing");
		}
		return text;
	}

	private static @Nullable LocalizedText optionalText(JsonNode node, String name, String path) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		String textPath = join(path, name);
		String german = text(value, "de", textPath);
		JsonNode english = value.get("en");
		if (english != null && !english.isNull() && !english.isString()) {
			throw new InvalidData(textPath + ".en", "must be a text");
		}
		for (String key : value.propertyNames()) {
			if (!Map.of("de", 0, "en", 0).containsKey(key)) {
				throw new InvalidData(textPath + "." + key, "unknown language (de and en are known)");
			}
		}
		return new LocalizedText(german, english == null || english.isNull() ? null : english.stringValue());
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	/** A problem in the data file, with the path of the faulty element. */
	static final class InvalidData extends RuntimeException {

		InvalidData(String path, String problem) {
			super(path + ": " + problem);
		}

	}

}
