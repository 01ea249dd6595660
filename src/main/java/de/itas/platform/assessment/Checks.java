package de.itas.platform.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.assessment.Questionnaire.Dimension;
import de.itas.platform.assessment.Questionnaire.NextStep;
import de.itas.platform.assessment.Questionnaire.Question;
import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.CompanyView;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The Transformationscheck: companies (or advisors with their consent) start a check, answer one dimension
 * per step with progress saved after each, and complete it once every question has an answer; the result
 * is scored and stored with the check. Every method answers for the person behind the current request.
 */
@Service
@Transactional(readOnly = true)
public class Checks {

	static final int MAX_STRENGTHS = 5;
	static final int MAX_RISKS = 5;
	static final int STRENGTH_FROM = 67;
	static final int RISK_UP_TO = 33;

	private final CheckRepository checks;
	private final Questionnaires questionnaires;
	private final AssessmentAccess access;
	private final Organisations organisations;
	private final CompanyProfiles profiles;
	private final Region region;
	private final Clock clock;

	Checks(CheckRepository checks, Questionnaires questionnaires, AssessmentAccess access, Organisations organisations,
			CompanyProfiles profiles, Region region, Clock clock) {
		this.checks = checks;
		this.questionnaires = questionnaires;
		this.access = access;
		this.organisations = organisations;
		this.profiles = profiles;
		this.region = region;
		this.clock = clock;
	}

	/** The questionnaire new checks are answered on. */
	public Questionnaire currentQuestionnaire() {
		return questionnaires.current();
	}

	/** The companies the current person may work on: their own, and as advisor those that consented. */
	public List<CompanyOverview> companies() {
		PlatformUser user = access.user();
		Set<UUID> ids = new LinkedHashSet<>(access.ownCompanies());
		ids.addAll(access.consentingCompanies());
		List<CompanyOverview> result = new ArrayList<>();
		for (UUID id : ids) {
			organisations.organisation(id)
				.filter(organisation -> organisation.kind() == OrganisationKind.COMPANY)
				.ifPresent(organisation -> result.add(new CompanyOverview(id, organisation.name(),
						access.isMember(user.id(), id), access.isAdmin(user.id(), id), access.hasConsent(id),
						checks.ofOrganisation(id).stream().map(CompanyCheck::summary).toList())));
		}
		result.sort(Comparator.comparing(CompanyOverview::member).reversed().thenComparing(CompanyOverview::name));
		return result;
	}

	/** The company as the current person may work on it. */
	public Optional<CompanyOverview> company(UUID organisationId) {
		if (!access.mayWork(organisationId)) {
			return Optional.empty();
		}
		return companies().stream().filter(company -> company.id().equals(organisationId)).findFirst();
	}

	/**
	 * Resumes the company's open check or starts a new one on the current questionnaire.
	 *
	 * @throws AccessDeniedException when the current person may not work on the company
	 */
	@Transactional
	public CheckSummary start(UUID organisationId) {
		return start(organisationId, questionnaires.current().version());
	}

	@Transactional
	CheckSummary start(UUID organisationId, int version) {
		access.requireWork(organisationId);
		requireCompany(organisationId);
		Optional<CompanyCheck> open = checks.open(organisationId);
		if (open.isPresent()) {
			return open.get().summary();
		}
		Instant now = clock.instant();
		CompanyCheck check = new CompanyCheck(UUID.randomUUID(), organisationId, questionnaires.version(version).version(),
				CheckStatus.IN_PROGRESS, Map.of(), 0, access.user().id(), now, now, null, null, null, null, null);
		if (!checks.insert(check)) {
			// someone else started one at the same moment: resume theirs
			return checks.open(organisationId).orElseThrow().summary();
		}
		return check.summary();
	}

	/** The check with its answers; empty when it does not exist for the current person. */
	public Optional<CheckDetails> details(UUID checkId) {
		return checks.find(checkId)
			.filter(check -> access.mayWork(check.organisationId()))
			.map(check -> new CheckDetails(check.summary(), name(check.organisationId()),
					questionnaires.version(check.questionnaireVersion()), check.answers()));
	}

	/**
	 * Saves the answers of one step (a dimension, by index). Empty answers leave a question open. Nothing is
	 * saved when any answer is off its scale or names a question outside the step.
	 *
	 * @param nextStep the step to resume at afterwards
	 * @throws FieldProblems for answers off the scale, one per question (the field is the question's key)
	 * @throws IllegalStateException when the check is completed already
	 */
	@Transactional
	public CheckSummary saveStep(UUID checkId, int step, Map<String, String> answers, int nextStep) {
		CompanyCheck check = checks.lock(checkId)
			.filter(found -> access.mayWork(found.organisationId()))
			.orElseThrow(() -> new AccessDeniedException("No check " + checkId + " for the current person"));
		if (check.status() == CheckStatus.COMPLETED) {
			throw new IllegalStateException("Check " + checkId + " is completed");
		}
		Questionnaire questionnaire = questionnaires.version(check.questionnaireVersion());
		if (step < 0 || step >= questionnaire.dimensions().size()) {
			throw new IllegalArgumentException("No step " + step);
		}
		Dimension dimension = questionnaire.dimensions().get(step);
		Map<String, Question> stepQuestions = new HashMap<>();
		dimension.questions().forEach(question -> stepQuestions.put(question.key(), question));
		List<FieldProblem> invalid = new ArrayList<>();
		answers.forEach((key, value) -> {
			Question question = stepQuestions.get(key);
			if (question == null || (!value.isBlank() && !questionnaire.accepts(question, value))) {
				invalid.add(Scoring.invalidAnswer(key));
			}
		});
		FieldProblems.throwIfAny(invalid);
		Map<String, String> merged = new LinkedHashMap<>(check.answers());
		answers.forEach((key, value) -> {
			if (value.isBlank()) {
				merged.remove(key);
			}
			else {
				merged.put(key, value);
			}
		});
		int resumeAt = Math.max(0, Math.min(nextStep, questionnaire.dimensions().size()));
		checks.saveAnswers(checkId, merged, resumeAt, clock.instant());
		return checks.find(checkId).orElseThrow().summary();
	}

	/**
	 * Scores and completes the check, and records the company's district, size class and value-chain
	 * position with it for comparisons.
	 *
	 * @throws IncompleteCheckException when questions are unanswered (nothing changes)
	 */
	@Transactional
	public CheckSummary complete(UUID checkId) {
		CompanyCheck check = checks.lock(checkId)
			.filter(found -> access.mayWork(found.organisationId()))
			.orElseThrow(() -> new AccessDeniedException("No check " + checkId + " for the current person"));
		if (check.status() == CheckStatus.COMPLETED) {
			return check.summary();
		}
		Questionnaire questionnaire = questionnaires.version(check.questionnaireVersion());
		Scores scores = Scoring.score(questionnaire, check.answers());
		Optional<CompanyView> profile = profiles.profile(check.organisationId());
		String district = profile.map(CompanyView::districtCode)
			.orElseGet(() -> organisations.organisation(check.organisationId()).map(OrganisationSummary::districtCode).orElse(null));
		String sizeClass = profile.map(CompanyView::sizeClass).map(Enum::name).orElse(null);
		String position = profile.map(CompanyView::position).map(Enum::name).orElse(null);
		checks.complete(checkId, scores, clock.instant(), district, sizeClass, position);
		return checks.find(checkId).orElseThrow().summary();
	}

	/** The result of a completed check; empty when it does not exist for the current person or is open. */
	public Optional<CheckResult> result(UUID checkId) {
		return checks.find(checkId)
			.filter(check -> check.status() == CheckStatus.COMPLETED)
			.filter(check -> access.mayWork(check.organisationId()))
			.map(check -> result(check, name(check.organisationId())));
	}

	/** The development of the company's scores over its completed checks, oldest first. */
	public List<HistoryPoint> history(UUID organisationId) {
		access.requireWork(organisationId);
		return checks.ofOrganisation(organisationId)
			.stream()
			.filter(check -> check.status() == CheckStatus.COMPLETED)
			.sorted(Comparator.comparing(CompanyCheck::completedAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(check -> new HistoryPoint(check.id(), Objects.requireNonNull(check.completedAt()),
					check.questionnaireVersion(), Objects.requireNonNull(check.scores())))
			.toList();
	}

	/** The check's scores beside comparable companies; empty when the result is not there for the person. */
	public Optional<Comparison> comparison(UUID checkId) {
		return checks.find(checkId)
			.filter(check -> check.status() == CheckStatus.COMPLETED)
			.filter(check -> access.mayWork(check.organisationId()))
			.map(this::comparison);
	}

	/** Whether the current person is one of the company's admins (who decide on advisor consent). */
	public boolean administers(UUID organisationId) {
		return CurrentUser.get().map(user -> access.isAdmin(user.id(), organisationId)).orElse(false);
	}

	/** Lets advisors of the partners work on the company's check and needs (company admins only). */
	@Transactional
	public void grantAdvisorConsent(UUID organisationId) {
		access.grant(organisationId);
	}

	@Transactional
	public void withdrawAdvisorConsent(UUID organisationId) {
		access.withdraw(organisationId);
	}

	/** The ids of all completed checks (for rendering every stored result in tests and maintenance). */
	List<UUID> completedCheckIds() {
		return checks.allCompleted().stream().map(CompanyCheck::id).toList();
	}

	private void requireCompany(UUID organisationId) {
		organisations.organisation(organisationId)
			.filter(organisation -> organisation.kind() == OrganisationKind.COMPANY)
			.orElseThrow(() -> new IllegalArgumentException("No company " + organisationId));
	}

	private String name(UUID organisationId) {
		return organisations.organisation(organisationId).map(OrganisationSummary::name).orElse("");
	}

	CheckResult result(CompanyCheck check, String organisationName) {
		Questionnaire questionnaire = questionnaires.version(check.questionnaireVersion());
		Scores scores = Objects.requireNonNull(check.scores());
		record Rated(Dimension dimension, Question question, int points) {
		}
		List<Rated> rated = new ArrayList<>();
		List<Question> unknowns = new ArrayList<>();
		for (Dimension dimension : questionnaire.dimensions()) {
			for (Question question : dimension.questions()) {
				String answer = check.answers().get(question.key());
				if (answer == null || Questionnaire.UNKNOWN.equals(answer)) {
					unknowns.add(question);
					continue;
				}
				questionnaire.points(question, answer).ifPresent(points -> rated.add(new Rated(dimension, question, points)));
			}
		}
		List<CheckResult.Finding> strengths = rated.stream()
			.filter(item -> item.points() >= STRENGTH_FROM)
			.sorted(Comparator.comparingInt((Rated item) -> item.question().weight() * item.points()).reversed())
			.limit(MAX_STRENGTHS)
			.map(item -> new CheckResult.Finding(item.dimension(), item.question().strength()))
			.toList();
		List<CheckResult.Finding> risks = rated.stream()
			.filter(item -> item.points() <= RISK_UP_TO)
			.sorted(Comparator.comparingInt((Rated item) -> item.question().weight() * (100 - item.points())).reversed())
			.limit(MAX_RISKS)
			.map(item -> new CheckResult.Finding(item.dimension(), item.question().risk()))
			.toList();
		return new CheckResult(check.summary(), organisationName, questionnaire, scores, strengths, risks, unknowns,
				nextSteps(questionnaire, scores));
	}

	/** The steps of the dimensions that are not green, the weakest first; the weakest dimension's when all are. */
	static List<NextStep> nextSteps(Questionnaire questionnaire, Scores scores) {
		Function<Dimension, Integer> order = dimension -> {
			Integer score = scores.score(dimension.key());
			return score == null ? -1 : score;
		};
		List<Dimension> weakestFirst = questionnaire.dimensions().stream().sorted(Comparator.comparing(order)).toList();
		List<Dimension> needing = weakestFirst.stream()
			.filter(dimension -> Light.of(scores.score(dimension.key())) != Light.GREEN)
			.toList();
		List<Dimension> chosen = needing.isEmpty() ? weakestFirst.subList(0, 1) : needing;
		Map<String, NextStep> byLink = new LinkedHashMap<>();
		chosen.forEach(dimension -> dimension.nextSteps().forEach(step -> byLink.putIfAbsent(step.link(), step)));
		return List.copyOf(byLink.values());
	}

	private Comparison comparison(CompanyCheck check) {
		List<CompanyCheck> others = checks.latestCompleted()
			.stream()
			.filter(other -> !other.organisationId().equals(check.organisationId()))
			.toList();
		Questionnaire questionnaire = questionnaires.version(check.questionnaireVersion());
		List<Comparison.Group> groups = new ArrayList<>();
		if (check.districtCode() != null) {
			String name = region.district(check.districtCode()).map(DistrictSummary::name).orElse(check.districtCode());
			groups.add(group(Comparison.Criterion.DISTRICT, null, name, questionnaire,
					others.stream().filter(other -> check.districtCode().equals(other.districtCode())).toList()));
		}
		if (check.sizeClass() != null) {
			groups.add(group(Comparison.Criterion.SIZE_CLASS, "directory.size-class." + kebab(check.sizeClass()), null,
					questionnaire, others.stream().filter(other -> check.sizeClass().equals(other.sizeClass())).toList()));
		}
		if (check.valueChainPosition() != null) {
			groups.add(group(Comparison.Criterion.POSITION, "directory.position." + kebab(check.valueChainPosition()), null,
					questionnaire,
					others.stream().filter(other -> check.valueChainPosition().equals(other.valueChainPosition())).toList()));
		}
		return new Comparison(groups);
	}

	private static String kebab(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Dimensions are compared by key, also across questionnaire versions that keep a dimension's key. */
	static Comparison.Group group(Comparison.Criterion criterion, @Nullable String valueKey, @Nullable String valueName,
			Questionnaire questionnaire, List<CompanyCheck> members) {
		int companies = members.size();
		Map<String, Comparison.Quartiles> dimensions = new LinkedHashMap<>();
		Comparison.Quartiles overall = null;
		if (companies >= Comparison.MIN_COMPANIES) {
			for (Dimension dimension : questionnaire.dimensions()) {
				List<Integer> values = members.stream()
					.map(member -> Objects.requireNonNull(member.scores()).score(dimension.key()))
					.filter(Objects::nonNull)
					.toList();
				Statistics.quartiles(values, Comparison.MIN_COMPANIES).ifPresent(q -> dimensions.put(dimension.key(), q));
			}
			overall = Statistics.quartiles(members.stream()
				.map(member -> Objects.requireNonNull(member.scores()).overall())
				.filter(Objects::nonNull)
				.toList(), Comparison.MIN_COMPANIES).orElse(null);
		}
		return new Comparison.Group(criterion, valueKey, valueName, companies, dimensions, overall);
	}

}
