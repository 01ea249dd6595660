package de.itas.platform.networking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import de.itas.platform.directory.Tags;
import de.itas.platform.shared.web.FieldProblem;

/**
 * The rules a post must keep, checked as a whole so that a form shows every problem at once. Pure: what exists in
 * the region and the code list is passed in, so the rules are tested without a database.
 */
final class ExchangeRules {

	static final int TITLE_MAX = 120;
	static final int DESCRIPTION_MAX = 5000;
	static final int TAGS_MAX = 20;
	static final int CODES_MAX = 10;
	static final int MESSAGE_MAX = 2000;
	static final int NOTE_MAX = 1000;

	private ExchangeRules() {
	}

	/**
	 * The problems of the draft; empty when it may be saved.
	 *
	 * @param ownOrganisation whether the author may post for the draft's organisation
	 * @param district whether a district code exists in the region
	 * @param actionField whether an action field code exists in the region
	 * @param industryCode whether a WZ code is a selectable subclass
	 */
	static List<FieldProblem> check(PostDraft draft, LocalDate today, Predicate<java.util.UUID> ownOrganisation,
			Predicate<String> district, Predicate<String> actionField, Predicate<String> industryCode) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.organisationId() == null || !ownOrganisation.test(draft.organisationId())) {
			problems.add(FieldProblem.of("organisationId", "networking.exchange.error.organisation"));
		}
		if (draft.kind() == null) {
			problems.add(FieldProblem.of("kind", "networking.exchange.error.kind"));
		}
		if (draft.direction() == null) {
			problems.add(FieldProblem.of("direction", "networking.exchange.error.direction"));
		}
		if (draft.title().isBlank()) {
			problems.add(FieldProblem.of("title", "networking.exchange.error.title-required"));
		}
		else if (draft.title().length() > TITLE_MAX) {
			problems.add(FieldProblem.of("title", "networking.exchange.error.title-length", TITLE_MAX));
		}
		if (draft.description().isBlank()) {
			problems.add(FieldProblem.of("description", "networking.exchange.error.description-required"));
		}
		else if (draft.description().length() > DESCRIPTION_MAX) {
			problems.add(FieldProblem.of("description", "networking.exchange.error.description-length", DESCRIPTION_MAX));
		}
		if (draft.capabilities().size() > TAGS_MAX) {
			problems.add(FieldProblem.of("capabilities", "networking.exchange.error.capabilities-count", TAGS_MAX));
		}
		else {
			draft.capabilities()
				.stream()
				.filter(tag -> tag.length() > Tags.MAX_LENGTH)
				.findFirst()
				.ifPresent(tag -> problems.add(
						FieldProblem.of("capabilities", "networking.exchange.error.capability-length", Tags.MAX_LENGTH)));
		}
		if (draft.industryCodes().size() > CODES_MAX) {
			problems.add(FieldProblem.of("industryCodes", "networking.exchange.error.industry-count", CODES_MAX));
		}
		else {
			draft.industryCodes()
				.stream()
				.filter(code -> !industryCode.test(code))
				.findFirst()
				.ifPresent(code -> problems.add(FieldProblem.of("industryCodes", "networking.exchange.error.industry", code)));
		}
		if (draft.districts().isEmpty()) {
			problems.add(FieldProblem.of("districts", "networking.exchange.error.districts-required"));
		}
		else if (!draft.districts().stream().allMatch(district)) {
			problems.add(FieldProblem.of("districts", "networking.exchange.error.district-unknown"));
		}
		if (draft.actionField() != null && !actionField.test(draft.actionField())) {
			problems.add(FieldProblem.of("actionField", "networking.exchange.error.action-field"));
		}
		LocalDate validUntil = draft.validUntil();
		if (validUntil == null) {
			problems.add(FieldProblem.of("validUntil", "networking.exchange.error.valid-until-required"));
		}
		else if (!validUntil.isAfter(today)) {
			problems.add(FieldProblem.of("validUntil", "networking.exchange.error.valid-until-past"));
		}
		else if (validUntil.isAfter(today.plusYears(1))) {
			problems.add(FieldProblem.of("validUntil", "networking.exchange.error.valid-until-far"));
		}
		if (draft.nameVisibility() == null) {
			problems.add(FieldProblem.of("nameVisibility", "networking.exchange.error.name-visibility"));
		}
		return problems;
	}

}
