package de.itas.platform.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.skills.OccupationSummary;
import de.itas.platform.skills.Occupations;
import org.springframework.modulith.NamedInterface;
import de.itas.platform.skills.SkillRequirement;

/**
 * Qualifizierungsbedarfe: the needs a company records (or an advisor or union contact with its consent):
 * occupation group and skills from the taxonomy, head count, horizon, urgency and preferred formats.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class QualificationNeeds {

	private final NeedRepository needs;
	private final AssessmentAccess access;
	private final Organisations organisations;
	private final Occupations occupations;
	private final Clock clock;

	QualificationNeeds(NeedRepository needs, AssessmentAccess access, Organisations organisations,
			Occupations occupations, Clock clock) {
		this.needs = needs;
		this.access = access;
		this.organisations = organisations;
		this.occupations = occupations;
		this.clock = clock;
	}

	/**
	 * The skill URIs of the company's open needs, for training recommendations. Carries nothing else about
	 * the company, so other modules may ask without a person behind the request.
	 */
	public Set<String> skillsNeededBy(UUID organisationId) {
		return needs.openSkills(organisationId);
	}

	/** The company's needs, open ones first; empty when the current person may not see them. */
	public List<NeedDetails> needsOf(UUID organisationId) {
		if (!access.mayWork(organisationId)) {
			return List.of();
		}
		return needs.ofOrganisation(organisationId);
	}

	/** Whether the current person may see and record the company's needs. */
	public boolean mayWork(UUID organisationId) {
		return access.mayWork(organisationId);
	}

	/**
	 * Records a need.
	 *
	 * @throws FieldProblems when a field breaks a rule (nothing is saved)
	 * @throws AccessDeniedException when the current person may not work on the company
	 */
	@Transactional
	public UUID record(UUID organisationId, NeedInput input) {
		access.requireWork(organisationId);
		OrganisationSummary organisation = organisations.organisation(organisationId)
			.filter(found -> found.kind() == OrganisationKind.COMPANY)
			.orElseThrow(() -> new AccessDeniedException("No company " + organisationId));
		Checked checked = checked(input);
		FieldProblems.throwIfAny(checked.problems());
		OccupationSummary found = checked.occupation().orElseThrow();
		UUID id = UUID.randomUUID();
		needs.insert(id, organisationId, organisation.districtCode(), found.uri(), found.label(), found.iscoGroup(),
				found.iscoGroupLabel(), Objects.requireNonNull(input.employeesAffected()), checked.skills(),
				Objects.requireNonNull(input.horizon()), Objects.requireNonNull(input.urgency()), input.formats(),
				checked.comment(), access.user().id(), clock.instant());
		return id;
	}

	/**
	 * Every problem of the input at once, as {@link #record} would refuse it; saves nothing. A form whose own
	 * fields did not all parse asks this, so that the person sees all problems in one round.
	 *
	 * @throws AccessDeniedException when the current person may not work on the company
	 */
	public List<FieldProblem> problems(UUID organisationId, NeedInput input) {
		access.requireWork(organisationId);
		return checked(input).problems();
	}

	private record Checked(Optional<OccupationSummary> occupation, List<NeedDetails.Skill> skills,
			@Nullable String comment, List<FieldProblem> problems) {
	}

	private Checked checked(NeedInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<OccupationSummary> occupation = input.occupationUri().isBlank() ? Optional.empty()
				: occupations.summary(input.occupationUri());
		if (occupation.isEmpty()) {
			problems.add(FieldProblem.of("occupationUri", "assessment.needs.error.occupation"));
		}
		Integer employees = input.employeesAffected();
		if (employees == null || employees < 1 || employees > NeedInput.MAX_EMPLOYEES) {
			problems.add(FieldProblem.of("employeesAffected", "assessment.needs.error.employees"));
		}
		List<NeedDetails.Skill> skills = new ArrayList<>();
		boolean unknownSkill = false;
		for (String uri : new LinkedHashSet<>(input.skillUris())) {
			Optional<SkillRequirement> skill = occupations.skill(uri);
			skill.ifPresent(found -> skills.add(new NeedDetails.Skill(found.uri(), found.label())));
			unknownSkill |= skill.isEmpty();
		}
		// one problem for the skills: too many before an unknown one before none
		if (skills.size() > NeedInput.MAX_SKILLS) {
			problems.add(FieldProblem.of("skillUris", "assessment.needs.error.skills-too-many"));
		}
		else if (unknownSkill) {
			problems.add(FieldProblem.of("skillUris", "assessment.needs.error.skill-unknown"));
		}
		else if (skills.isEmpty()) {
			problems.add(FieldProblem.of("skillUris", "assessment.needs.error.skills"));
		}
		if (input.horizon() == null) {
			problems.add(FieldProblem.of("horizon", "assessment.needs.error.horizon"));
		}
		if (input.urgency() == null) {
			problems.add(FieldProblem.of("urgency", "assessment.needs.error.urgency"));
		}
		if (input.formats().isEmpty()) {
			problems.add(FieldProblem.of("formats", "assessment.needs.error.formats"));
		}
		String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
		if (comment != null && comment.length() > NeedInput.MAX_COMMENT) {
			problems.add(FieldProblem.of("comment", "assessment.needs.error.comment"));
		}
		return new Checked(occupation, skills, comment, problems);
	}

	/** Marks a need as met or no longer relevant; it then no longer counts in the needs map. */
	@Transactional
	public void close(UUID needId) {
		UUID organisationId = needs.organisationOf(needId);
		if (organisationId == null || !access.mayWork(organisationId)) {
			throw new AccessDeniedException("No need " + needId + " for the current person");
		}
		needs.close(needId, organisationId);
	}

}
