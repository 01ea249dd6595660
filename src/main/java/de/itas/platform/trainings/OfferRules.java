package de.itas.platform.trainings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.web.FieldProblem;

/**
 * The rules an offer and a run must satisfy before they are saved: plain functions over the input, so
 * that the form, the CSV import and the demo data check the same way and tests need no database.
 */
final class OfferRules {

	static final int MAX_TITLE = 200;
	static final int MAX_SUMMARY = 500;
	static final int MAX_DESCRIPTION = 20_000;
	static final int MAX_TEXT = 500;
	static final int MAX_SKILLS = 30;
	static final BigDecimal MAX_HOURS = BigDecimal.valueOf(5_000);
	static final BigDecimal MAX_PRICE = BigDecimal.valueOf(100_000);
	static final int MAX_CAPACITY = 1_000;
	static final Set<String> LANGUAGES = Set.of("de", "en", "cs", "pl");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

	private OfferRules() {
	}

	static List<FieldProblem> check(OfferDraft offer, Predicate<String> knownSkill, Predicate<String> knownOccupation,
			Predicate<String> knownActionField) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "title", offer.title(), MAX_TITLE, true);
		text(problems, "summary", offer.summary(), MAX_SUMMARY, true);
		text(problems, "description", offer.description(), MAX_DESCRIPTION, false);
		text(problems, "targetGroups", offer.targetGroups(), MAX_TEXT, false);
		text(problems, "contactName", offer.contactName(), 120, false);
		text(problems, "contactPhone", offer.contactPhone(), 60, false);
		if (offer.format() == null) {
			problems.add(FieldProblem.of("format", "trainings.error.required"));
		}
		if (!LANGUAGES.contains(offer.language())) {
			problems.add(FieldProblem.of("language", "trainings.error.language"));
		}
		if (offer.durationHours() == null) {
			problems.add(FieldProblem.of("durationHours", "trainings.error.required"));
		}
		else if (offer.durationHours().signum() <= 0 || offer.durationHours().compareTo(MAX_HOURS) > 0) {
			problems.add(FieldProblem.of("durationHours", "trainings.error.hours", MAX_HOURS));
		}
		if (offer.price() == null) {
			problems.add(FieldProblem.of("price", "trainings.error.required"));
		}
		else if (offer.price().signum() < 0 || offer.price().compareTo(MAX_PRICE) > 0 || offer.price().scale() > 2) {
			problems.add(FieldProblem.of("price", "trainings.error.price", MAX_PRICE));
		}
		if (!offer.contactEmail().isBlank() && !EMAIL.matcher(offer.contactEmail()).matches()) {
			problems.add(FieldProblem.of("contactEmail", "trainings.error.email"));
		}
		if (offer.skillUris().size() > MAX_SKILLS) {
			problems.add(FieldProblem.of("skillUris", "trainings.error.too-many", MAX_SKILLS));
		}
		offer.skillUris().stream().filter(uri -> !knownSkill.test(uri)).findFirst()
			.ifPresent(uri -> problems.add(FieldProblem.of("skillUris", "trainings.error.unknown-skill", uri)));
		if (offer.occupationUris().size() > MAX_SKILLS) {
			problems.add(FieldProblem.of("occupationUris", "trainings.error.too-many", MAX_SKILLS));
		}
		offer.occupationUris().stream().filter(uri -> !knownOccupation.test(uri)).findFirst()
			.ifPresent(uri -> problems.add(FieldProblem.of("occupationUris", "trainings.error.unknown-occupation", uri)));
		if (offer.actionFieldCode() != null && !knownActionField.test(offer.actionFieldCode())) {
			problems.add(FieldProblem.of("actionFieldCode", "trainings.error.unknown-action-field"));
		}
		return problems;
	}

	/**
	 * A new or changed run: dates in order and not in the past, a place in a district of the region unless
	 * it is online, and at least one place.
	 */
	static List<FieldProblem> check(RunDraft run, LocalDate today, Predicate<String> knownDistrict) {
		List<FieldProblem> problems = new ArrayList<>();
		if (run.startDate() == null) {
			problems.add(FieldProblem.of("startDate", "trainings.error.required"));
		}
		else if (run.startDate().isBefore(today)) {
			problems.add(FieldProblem.of("startDate", "trainings.error.past"));
		}
		if (run.endDate() == null) {
			problems.add(FieldProblem.of("endDate", "trainings.error.required"));
		}
		else if (run.startDate() != null && run.endDate().isBefore(run.startDate())) {
			problems.add(FieldProblem.of("endDate", "trainings.error.end-before-start"));
		}
		text(problems, "schedule", run.schedule(), 300, false);
		if (!run.online()) {
			text(problems, "city", run.city(), 120, true);
			text(problems, "street", run.street(), 200, false);
			text(problems, "placeName", run.placeName(), 200, false);
			if (!run.postcode().isBlank() && !POSTCODE.matcher(run.postcode()).matches()) {
				problems.add(FieldProblem.of("postcode", "trainings.error.postcode"));
			}
			if (run.districtCode() == null || run.districtCode().isBlank()) {
				problems.add(FieldProblem.of("districtCode", "trainings.error.required"));
			}
			else if (!knownDistrict.test(run.districtCode())) {
				problems.add(FieldProblem.of("districtCode", "trainings.error.unknown-district"));
			}
		}
		if (run.capacity() == null) {
			problems.add(FieldProblem.of("capacity", "trainings.error.required"));
		}
		else if (run.capacity() < 1 || run.capacity() > MAX_CAPACITY) {
			problems.add(FieldProblem.of("capacity", "trainings.error.capacity", MAX_CAPACITY));
		}
		return problems;
	}

	/** Hours a day beyond which no course can be taught, even full-time on every day of its period. */
	static final int MAX_HOURS_PER_DAY = 10;

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** Hours per working day of full-time teaching: more than this in a run's period deserves a second look. */
	static final int FULL_TIME_HOURS_PER_WORKING_DAY = 8;

	/**
	 * A run against the offer it belongs to: its way of taking place must fit the offer's format (a Präsenz
	 * offer has no online run, an online offer no run in a room), and the offer's hours must fit into the
	 * run's period.
	 */
	static List<FieldProblem> fit(Format format, @Nullable BigDecimal durationHours, RunDraft run) {
		List<FieldProblem> problems = new ArrayList<>();
		if (format == Format.PRESENCE && run.online()) {
			problems.add(FieldProblem.of("online", "trainings.error.online-for-presence"));
		}
		if (format == Format.ONLINE && !run.online()) {
			problems.add(FieldProblem.of("online", "trainings.error.onsite-for-online"));
		}
		if (durationHours != null && run.startDate() != null && run.endDate() != null
				&& !run.endDate().isBefore(run.startDate())) {
			long days = ChronoUnit.DAYS.between(run.startDate(), run.endDate()) + 1;
			if (durationHours.compareTo(BigDecimal.valueOf(days * MAX_HOURS_PER_DAY)) > 0) {
				problems.add(FieldProblem.of("endDate", "trainings.error.hours-do-not-fit", durationHours.stripTrailingZeros()
					.toPlainString(), days, MAX_HOURS_PER_DAY));
			}
		}
		return problems;
	}

	/**
	 * A changed offer against its runs that are still to come: the new format and hours must fit each of
	 * them (reported at the offer's fields, with how many runs do not fit).
	 */
	static List<FieldProblem> fit(OfferDraft offer, List<RunDetails> runs, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (offer.format() == null) {
			return problems;
		}
		List<RunDetails> open = runs.stream().filter(run -> !run.cancelled() && !run.endDate().isBefore(today)).toList();
		long formatMisfits = open.stream()
			.filter(run -> !fit(offer.format(), null, draftOf(run)).isEmpty())
			.count();
		if (formatMisfits > 0) {
			problems.add(FieldProblem.of("format", "trainings.error.format-contradicts-runs", formatMisfits));
		}
		long hourMisfits = open.stream()
			.filter(run -> !fit(Format.HYBRID, offer.durationHours(), draftOf(run)).isEmpty())
			.count();
		if (hourMisfits > 0) {
			problems.add(FieldProblem.of("durationHours", "trainings.error.hours-contradict-runs", hourMisfits,
					MAX_HOURS_PER_DAY));
		}
		return problems;
	}

	/**
	 * What is allowed but unlikely, shown to the provider: a run whose period holds more hours than full-time
	 * teaching on its working days (360 hours in six weeks of two evenings).
	 */
	static List<FieldProblem> warnings(OfferDetails offer, LocalDate today) {
		List<FieldProblem> warnings = new ArrayList<>();
		for (RunDetails run : offer.runs()) {
			if (run.cancelled() || run.endDate().isBefore(today)) {
				continue;
			}
			long workingDays = run.startDate().datesUntil(run.endDate().plusDays(1))
				.filter(day -> day.getDayOfWeek().getValue() <= 5)
				.count();
			if (offer.durationHours().compareTo(BigDecimal.valueOf(workingDays * FULL_TIME_HOURS_PER_WORKING_DAY)) > 0) {
				warnings.add(FieldProblem.ofForm("trainings.warning.more-than-full-time", GERMAN_DATE.format(run.startDate()),
						offer.durationHours().stripTrailingZeros().toPlainString(), workingDays,
						FULL_TIME_HOURS_PER_WORKING_DAY));
			}
		}
		return warnings;
	}

	/** Whether the offer may be published: it has a run that has not ended and is not cancelled. */
	static List<FieldProblem> publishable(OfferDetails offer, LocalDate today) {
		return offer.runs().stream().anyMatch(run -> !run.cancelled() && !run.endDate().isBefore(today)) ? List.of()
				: List.of(FieldProblem.ofForm("trainings.error.publish-without-run"));
	}

	private static RunDraft draftOf(RunDetails run) {
		return new RunDraft(run.startDate(), run.endDate(), run.schedule(), run.online(), "", "", "", "", null,
				run.capacity());
	}

	private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "trainings.error.required"));
			}
		}
		else if (value.length() > max) {
			problems.add(FieldProblem.of(field, "trainings.error.too-long", max));
		}
	}

}
