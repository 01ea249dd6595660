package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.MembershipSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Builds and changes surveys: the header (title, intro, audience, anonymity, answer period), the pages and
 * their questions, revisions and invitations. Every change is checked as a whole and refused with
 * {@link FieldProblems} (nothing is saved then). Pages and questions of a revision that has answers are locked
 * ({@link SurveyStore#locked}); a new revision is made instead.
 */
@Service
public class SurveyEditor {

	/** Times of the answer period are entered and shown in the region's time zone. */
	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Entries per page of the survey and invitation lists. */
	public static final int PAGE_SIZE = 20;

	static final int TITLE_LIMIT = 200;
	static final int INTRO_LIMIT = 4000;
	static final int QUESTION_LIMIT = 500;
	static final int HELP_LIMIT = 2000;
	static final int CHOICE_LIMIT = 300;
	static final int LABEL_LIMIT = 100;
	static final int MAX_SCALE_STEPS = 11;
	static final int MAX_TEXT_LENGTH = 10000;
	static final int MAX_INVITATIONS = 500;

	private static final Set<String> ORGANISATION_KINDS = Set.of("COMPANY", "PARTNER", "PROVIDER");
	private static final Set<String> RESERVED_SLUGS = Set.of("verwaltung", "einladung");

	private final JdbcClient jdbc;
	private final SurveyStore store;
	private final SurveyWriter writer;
	private final SurveyAccess access;
	private final Organisations organisations;
	private final Mailer mailer;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	SurveyEditor(JdbcClient jdbc, SurveyStore store, SurveyWriter writer, SurveyAccess access,
			Organisations organisations, Mailer mailer, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.writer = writer;
		this.access = access;
		this.organisations = organisations;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * What the editor enters about a survey as a whole. The period is local time in Europe/Berlin; without an
	 * opening time the survey is a draft. {@code audienceValue} names the role (ROLE) or the organisation kind
	 * (ORGANISATION_KIND).
	 */
	public record Header(String title, String intro, @Nullable SurveyAudience audience, @Nullable String audienceValue,
			boolean anonymous, @Nullable LocalDateTime opens, @Nullable LocalDateTime closes, boolean publishResults) {
	}

	/**
	 * What the editor enters about a question. Options and matrix rows are one per line; numbers are as typed
	 * (checked here, so that a wrong one is named at its field); the condition names an earlier question and
	 * the codes of its values.
	 */
	public record QuestionInput(@Nullable QuestionKind kind, String text, String help, boolean required,
			boolean dontKnow, String options, String rows, @Nullable String minChoices, @Nullable String maxChoices,
			@Nullable String scaleMin, @Nullable String scaleMax, @Nullable String scaleMinLabel,
			@Nullable String scaleMaxLabel, boolean longText, @Nullable String maxLength, @Nullable String numberMin,
			@Nullable String numberMax, @Nullable UUID conditionQuestion, List<String> conditionValues) {

		public QuestionInput {
			conditionValues = List.copyOf(conditionValues);
		}

	}

	/** A survey in the editor's list: its newest revision. */
	public record Listed(UUID id, String title, String slug, int revision, SurveyPhase phase, boolean anonymous,
			int responses) {
	}

	/** An invitation in the list: who, whether the mail went out, whether the person has answered. */
	public record Invited(UUID id, String email, @Nullable Instant sentAt, boolean answered) {
	}

	/** The outcome of adding invitations: how many were sent, and the lines that are no e-mail address. */
	public record Invitations(int sent, int duplicates, List<String> invalid) {

		public Invitations {
			invalid = List.copyOf(invalid);
		}

	}

	// ---- surveys

	/** The surveys the person may edit, newest revision of each, most recently created first. */
	public PageOf<Listed> surveys(PlatformUser user, int page) {
		boolean all = SurveyAccess.coordination(user);
		List<UUID> owned = new ArrayList<>();
		owned.add(new UUID(0, 0));
		if (!all) {
			organisations.membershipsOf(user.id()).stream().map(MembershipSummary::organisationId).forEach(owned::add);
		}
		String where = all ? "TRUE" : "(owner_id = :me OR owner_organisation IN (:organisations))";
		String newest = "SELECT DISTINCT ON (family_id) * FROM surveys.survey WHERE " + where
				+ " ORDER BY family_id, revision DESC";
		long total = jdbc.sql("SELECT count(*) FROM (" + newest + ") s")
			.param("me", user.id())
			.param("organisations", owned)
			.query(Long.class)
			.single();
		int index = PageOf.clamp(page, PAGE_SIZE, total);
		Instant now = clock.instant();
		List<Listed> items = jdbc.sql("SELECT s.*, (SELECT count(*) FROM surveys.response r WHERE r.survey_id = s.id) AS responses FROM ("
				+ newest + ") s ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset")
			.param("me", user.id())
			.param("organisations", owned)
			.param("limit", PAGE_SIZE)
			.param("offset", index * PAGE_SIZE)
			.query((rs, row) -> {
				Timestamp opens = rs.getTimestamp("opens_at");
				Timestamp closes = rs.getTimestamp("closes_at");
				return new Listed(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("slug"),
						rs.getInt("revision"), phase(opens == null ? null : opens.toInstant(),
								closes == null ? null : closes.toInstant(), now),
						rs.getBoolean("anonymous"), rs.getInt("responses"));
			})
			.list();
		return new PageOf<>(items, index, PAGE_SIZE, total);
	}

	private static SurveyPhase phase(@Nullable Instant opens, @Nullable Instant closes, Instant now) {
		if (opens == null || now.isBefore(opens)) {
			return SurveyPhase.NOT_OPEN;
		}
		return closes != null && !now.isBefore(closes) ? SurveyPhase.CLOSED : SurveyPhase.OPEN;
	}

	/** Creates the first revision of a new survey, owned by the person (and a provider's organisation). */
	@Transactional
	public SurveyDefinition create(Header header, PlatformUser owner) {
		if (!access.mayCreate(owner)) {
			throw FieldProblems.of("title", "surveys.editor.not-allowed");
		}
		List<FieldProblem> problems = new ArrayList<>();
		checkHeader(header, problems);
		FieldProblems.throwIfAny(problems);
		UUID id = UUID.randomUUID();
		SurveyDefinition survey = new SurveyDefinition(id, id, 1, uniqueSlug(header.title()), header.title().strip(),
				header.intro().strip(), Objects.requireNonNull(header.audience()), audienceValue(header),
				header.anonymous(), instant(header.opens()), instant(header.closes()), header.publishResults(), null,
				null, owner.id(), access.ownOrganisation(owner).orElse(null), clock.instant(), List.of());
		writer.insert(survey);
		return store.find(id).orElseThrow();
	}

	/**
	 * Changes the header. Title, intro, period and publishing can change at any time; audience and anonymity
	 * only while the revision has no answers.
	 */
	@Transactional
	public void editHeader(UUID surveyId, Header header) {
		SurveyDefinition survey = survey(surveyId);
		List<FieldProblem> problems = new ArrayList<>();
		checkHeader(header, problems);
		if (store.locked(surveyId)) {
			if (header.audience() != survey.audience()
					|| !Objects.equals(audienceValue(header), survey.audienceValue())) {
				problems.add(FieldProblem.of("audience", "surveys.editor.locked.audience"));
			}
			if (header.anonymous() != survey.anonymous()) {
				problems.add(FieldProblem.of("anonymous", "surveys.editor.locked.anonymous"));
			}
		}
		FieldProblems.throwIfAny(problems);
		jdbc.sql("""
				UPDATE surveys.survey SET title = :title, intro = :intro, audience = :audience, audience_value = :value,
				    anonymous = :anonymous, opens_at = :opens, closes_at = :closes, publish_results = :publish
				WHERE id = :id
				""")
			.param("title", header.title().strip())
			.param("intro", header.intro().strip())
			.param("audience", Objects.requireNonNull(header.audience()).name())
			.param("value", audienceValue(header))
			.param("anonymous", header.anonymous())
			.param("opens", timestamp(instant(header.opens())))
			.param("closes", timestamp(instant(header.closes())))
			.param("publish", header.publishResults())
			.param("id", surveyId)
			.update();
	}

	private void checkHeader(Header header, List<FieldProblem> problems) {
		String title = header.title().strip();
		if (title.isEmpty()) {
			problems.add(FieldProblem.of("title", "surveys.editor.header.title.required"));
		}
		else if (title.length() > TITLE_LIMIT) {
			problems.add(FieldProblem.of("title", "surveys.editor.header.title.too-long", TITLE_LIMIT));
		}
		if (header.intro().strip().length() > INTRO_LIMIT) {
			problems.add(FieldProblem.of("intro", "surveys.editor.header.intro.too-long", INTRO_LIMIT));
		}
		SurveyAudience audience = header.audience();
		String value = header.audienceValue() == null ? "" : header.audienceValue().strip();
		if (audience == null) {
			problems.add(FieldProblem.of("audience", "surveys.editor.header.audience.required"));
		}
		else if (audience == SurveyAudience.ROLE && !isRole(value)) {
			problems.add(FieldProblem.of("role", "surveys.editor.header.role.required"));
		}
		else if (audience == SurveyAudience.ORGANISATION_KIND && !ORGANISATION_KINDS.contains(value)) {
			problems.add(FieldProblem.of("organisationKind", "surveys.editor.header.organisation-kind.required"));
		}
		if (header.opens() != null && header.closes() != null && !header.closes().isAfter(header.opens())) {
			problems.add(FieldProblem.of("closes", "surveys.editor.header.closes.before-opens"));
		}
	}

	private static boolean isRole(String value) {
		for (Role role : Role.values()) {
			if (role.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String audienceValue(Header header) {
		SurveyAudience audience = header.audience();
		return audience == SurveyAudience.ROLE || audience == SurveyAudience.ORGANISATION_KIND
				? Objects.requireNonNullElse(header.audienceValue(), "").strip() : null;
	}

	/** The address of a new survey: the title in lowercase ASCII with hyphens, unique across all surveys. */
	String uniqueSlug(String title) {
		String base = slug(title);
		String candidate = base;
		int next = 2;
		while (RESERVED_SLUGS.contains(candidate)
				|| jdbc.sql("SELECT EXISTS (SELECT 1 FROM surveys.survey WHERE slug = ?)").param(candidate)
					.query(Boolean.class)
					.single()) {
			candidate = base + "-" + next++;
		}
		return candidate;
	}

	/** The title folded to lowercase ASCII (ä → ae, ß → ss, accents dropped), words joined by hyphens. */
	static String slug(String title) {
		String folded = title.strip()
			.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		folded = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (folded.length() > 60) {
			folded = folded.substring(0, 60).replaceAll("-+$", "");
		}
		return folded.isEmpty() ? "umfrage" : folded;
	}

	/**
	 * Makes a new revision of the survey: a copy of its newest revision with the same address, settings, pages
	 * and questions, and no answer period (a draft). Answers of earlier revisions stay with them.
	 */
	@Transactional
	public SurveyDefinition newRevision(UUID surveyId) {
		SurveyDefinition any = survey(surveyId);
		SurveyDefinition newest = store.current(any.slug()).orElseThrow();
		UUID id = UUID.randomUUID();
		SurveyDefinition copy = new SurveyDefinition(id, newest.familyId(), newest.revision() + 1, newest.slug(),
				newest.title(), newest.intro(), newest.audience(), newest.audienceValue(), newest.anonymous(), null,
				null, newest.publishResults(), null, newest.subject(), newest.ownerId(), newest.ownerOrganisation(),
				clock.instant(), newest.sections());
		writer.insert(copy);
		return store.find(id).orElseThrow();
	}

	/** Deletes a revision that has no answers (its pages, questions and invitations with it). */
	@Transactional
	public void delete(UUID surveyId) {
		survey(surveyId);
		if (store.locked(surveyId) || jdbc.sql("SELECT EXISTS (SELECT 1 FROM surveys.participation WHERE survey_id = ?)")
			.param(surveyId)
			.query(Boolean.class)
			.single()) {
			throw new FieldProblems(FieldProblem.ofForm("surveys.editor.delete.has-answers"));
		}
		jdbc.sql("DELETE FROM surveys.survey WHERE id = ?").param(surveyId).update();
	}

	// ---- sections

	@Transactional
	public UUID addSection(UUID surveyId, String title, String intro) {
		SurveyDefinition survey = unlocked(surveyId);
		checkSection(title, intro);
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO surveys.section (id, survey_id, position, title, intro) VALUES (?, ?, ?, ?, ?)")
			.params(id, surveyId, survey.sections().size(), title.strip(), intro.strip())
			.update();
		return id;
	}

	@Transactional
	public void editSection(UUID surveyId, UUID sectionId, String title, String intro) {
		SurveyDefinition survey = unlocked(surveyId);
		section(survey, sectionId);
		checkSection(title, intro);
		jdbc.sql("UPDATE surveys.section SET title = ?, intro = ? WHERE id = ?")
			.params(title.strip(), intro.strip(), sectionId)
			.update();
	}

	private static void checkSection(String title, String intro) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title.isBlank()) {
			problems.add(FieldProblem.of("title", "surveys.editor.section.title.required"));
		}
		else if (title.strip().length() > TITLE_LIMIT) {
			problems.add(FieldProblem.of("title", "surveys.editor.section.title.too-long", TITLE_LIMIT));
		}
		if (intro.strip().length() > INTRO_LIMIT) {
			problems.add(FieldProblem.of("intro", "surveys.editor.section.intro.too-long", INTRO_LIMIT));
		}
		FieldProblems.throwIfAny(problems);
	}

	/** Moves a page one place up or down; refused when a condition would then point to a later question. */
	@Transactional
	public void moveSection(UUID surveyId, UUID sectionId, boolean up) {
		SurveyDefinition survey = unlocked(surveyId);
		List<Section> sections = new ArrayList<>(survey.sections());
		int index = sections.indexOf(section(survey, sectionId));
		int target = up ? index - 1 : index + 1;
		if (target < 0 || target >= sections.size()) {
			return;
		}
		sections.add(target, sections.remove(index));
		checkOrder(sections.stream().flatMap(section -> section.questions().stream()).toList());
		for (int position = 0; position < sections.size(); position++) {
			jdbc.sql("UPDATE surveys.section SET position = ? WHERE id = ?")
				.params(position, sections.get(position).id())
				.update();
		}
	}

	/**
	 * Removes a page. A page with questions is removed only when {@code withQuestions} confirms that they go
	 * too, and never while a question elsewhere depends on one of them.
	 */
	@Transactional
	public void removeSection(UUID surveyId, UUID sectionId, boolean withQuestions) {
		SurveyDefinition survey = unlocked(surveyId);
		Section section = section(survey, sectionId);
		if (!section.questions().isEmpty() && !withQuestions) {
			throw new FieldProblems(FieldProblem.ofForm("surveys.editor.section.not-empty"));
		}
		Set<UUID> removed = new java.util.HashSet<>();
		section.questions().forEach(question -> removed.add(question.id()));
		for (Question other : survey.questions()) {
			if (!removed.contains(other.id()) && other.condition() != null
					&& removed.contains(other.condition().questionId())) {
				throw new FieldProblems(
						FieldProblem.ofForm("surveys.editor.question.used-by", other.condition().questionCode(), other.code()));
			}
		}
		jdbc.sql("DELETE FROM surveys.question WHERE section_id = ? AND condition_question_id IS NOT NULL")
			.param(sectionId)
			.update();
		jdbc.sql("DELETE FROM surveys.section WHERE id = ?").param(sectionId).update();
		renumberSections(surveyId);
	}

	private void renumberSections(UUID surveyId) {
		jdbc.sql("""
				UPDATE surveys.section s SET position = n.position - 1
				FROM (SELECT id, row_number() OVER (ORDER BY position) AS position FROM surveys.section WHERE survey_id = ?) n
				WHERE s.id = n.id
				""").param(surveyId).update();
	}

	// ---- questions

	/** Adds a question at the end of the page, with the next free code (F1, F2, …). */
	@Transactional
	public UUID addQuestion(UUID surveyId, UUID sectionId, QuestionInput input) {
		SurveyDefinition survey = unlocked(surveyId);
		Section section = section(survey, sectionId);
		List<Question> earlier = new ArrayList<>();
		for (Section page : survey.sections()) {
			earlier.addAll(page.questions());
			if (page.id().equals(sectionId)) {
				break;
			}
		}
		Question question = question(input, UUID.randomUUID(), sectionId, section.questions().size(), nextCode(survey),
				null, earlier, List.of());
		Map<String, UUID> ids = new HashMap<>();
		earlier.forEach(other -> ids.put(other.code(), other.id()));
		writer.insertQuestion(surveyId, sectionId, question.id(), question.position(), question, ids);
		return question.id();
	}

	/** Changes a question's text and settings (its kind stays); option codes of unchanged labels are kept. */
	@Transactional
	public void editQuestion(UUID surveyId, UUID questionId, QuestionInput input) {
		SurveyDefinition survey = unlocked(surveyId);
		Question current = survey.question(questionId).orElseThrow(NoSuchSurveyPart::new);
		List<Question> all = survey.questions();
		List<Question> earlier = all.subList(0, all.indexOf(current));
		List<Question> dependents = all.stream()
			.filter(other -> other.condition() != null && other.condition().questionId().equals(questionId))
			.toList();
		QuestionInput kept = new QuestionInput(current.kind(), input.text(), input.help(), input.required(),
				input.dontKnow(), input.options(), input.rows(), input.minChoices(), input.maxChoices(), input.scaleMin(),
				input.scaleMax(), input.scaleMinLabel(), input.scaleMaxLabel(), input.longText(), input.maxLength(),
				input.numberMin(), input.numberMax(), input.conditionQuestion(), input.conditionValues());
		Question question = question(kept, questionId, current.sectionId(), current.position(), current.code(), current,
				earlier, dependents);
		Condition condition = question.condition();
		SurveyWriter.settings(jdbc.sql("""
				UPDATE surveys.question SET text = :text, help = :help, required = :required, dont_know = :dontKnow,
				    min_choices = :minChoices, max_choices = :maxChoices, scale_min = :scaleMin, scale_max = :scaleMax,
				    scale_min_label = :scaleMinLabel, scale_max_label = :scaleMaxLabel, long_text = :longText,
				    max_length = :maxLength, number_min = :numberMin, number_max = :numberMax,
				    condition_question_id = :conditionQuestion, condition_values = :conditionValues
				WHERE id = :id
				"""), question, condition == null ? null : condition.questionId())
			.param("id", questionId)
			.update();
		jdbc.sql("DELETE FROM surveys.choice WHERE question_id = ?").param(questionId).update();
		insertChoices(questionId, "OPTION", current.kind() == QuestionKind.DISTRICT ? List.of() : question.options());
		insertChoices(questionId, "ROW", question.rows());
	}

	private void insertChoices(UUID questionId, String kind, List<Choice> choices) {
		int position = 0;
		for (Choice choice : choices) {
			jdbc.sql("INSERT INTO surveys.choice (question_id, kind, position, code, label) VALUES (?, ?, ?, ?, ?)")
				.params(questionId, kind, position++, choice.code(), choice.label())
				.update();
		}
	}

	/** Removes a question; refused while another question's condition uses it. */
	@Transactional
	public void removeQuestion(UUID surveyId, UUID questionId) {
		SurveyDefinition survey = unlocked(surveyId);
		Question question = survey.question(questionId).orElseThrow(NoSuchSurveyPart::new);
		for (Question other : survey.questions()) {
			if (other.condition() != null && other.condition().questionId().equals(questionId)) {
				throw new FieldProblems(FieldProblem.ofForm("surveys.editor.question.used-by", question.code(), other.code()));
			}
		}
		jdbc.sql("DELETE FROM surveys.question WHERE id = ?").param(questionId).update();
		jdbc.sql("""
				UPDATE surveys.question q SET position = n.position - 1
				FROM (SELECT id, row_number() OVER (ORDER BY position) AS position FROM surveys.question WHERE section_id = ?) n
				WHERE q.id = n.id
				""").param(question.sectionId()).update();
	}

	/** Moves a question one place up or down within its page. */
	@Transactional
	public void moveQuestion(UUID surveyId, UUID questionId, boolean up) {
		SurveyDefinition survey = unlocked(surveyId);
		Question question = survey.question(questionId).orElseThrow(NoSuchSurveyPart::new);
		Section section = section(survey, question.sectionId());
		List<Question> questions = new ArrayList<>(section.questions());
		int index = questions.indexOf(question);
		int target = up ? index - 1 : index + 1;
		if (target < 0 || target >= questions.size()) {
			return;
		}
		questions.add(target, questions.remove(index));
		List<Question> order = new ArrayList<>();
		for (Section page : survey.sections()) {
			order.addAll(page.id().equals(section.id()) ? questions : page.questions());
		}
		checkOrder(order);
		for (int position = 0; position < questions.size(); position++) {
			jdbc.sql("UPDATE surveys.question SET position = ? WHERE id = ?")
				.params(position, questions.get(position).id())
				.update();
		}
	}

	/** Every condition still names an earlier question in this order. */
	private static void checkOrder(List<Question> order) {
		Set<UUID> seen = new java.util.HashSet<>();
		for (Question question : order) {
			if (question.condition() != null && !seen.contains(question.condition().questionId())) {
				throw new FieldProblems(FieldProblem.ofForm("surveys.editor.question.order-breaks-condition",
						question.code(), question.condition().questionCode()));
			}
			seen.add(question.id());
		}
	}

	private static String nextCode(SurveyDefinition survey) {
		int highest = 0;
		for (Question question : survey.questions()) {
			String code = question.code();
			if (code.matches("F[0-9]{1,6}")) {
				highest = Math.max(highest, Integer.parseInt(code.substring(1)));
			}
		}
		return "F" + (highest + 1);
	}

	/** Checks the input of a question and builds it; collects every problem before refusing. */
	private static Question question(QuestionInput input, UUID id, UUID sectionId, int position, String code,
			@Nullable Question current, List<Question> earlier, List<Question> dependents) {
		List<FieldProblem> problems = new ArrayList<>();
		QuestionKind kind = input.kind();
		if (kind == null) {
			throw FieldProblems.of("kind", "surveys.editor.question.kind.required");
		}
		String text = input.text().strip();
		if (text.isEmpty()) {
			problems.add(FieldProblem.of("text", "surveys.editor.question.text.required"));
		}
		else if (text.length() > QUESTION_LIMIT) {
			problems.add(FieldProblem.of("text", "surveys.editor.question.text.too-long", QUESTION_LIMIT));
		}
		String help = input.help().strip();
		if (help.length() > HELP_LIMIT) {
			problems.add(FieldProblem.of("help", "surveys.editor.question.help.too-long", HELP_LIMIT));
		}
		List<Choice> options = List.of();
		List<Choice> rows = List.of();
		Integer minChoices = null;
		Integer maxChoices = null;
		Integer scaleMin = null;
		Integer scaleMax = null;
		String scaleMinLabel = null;
		String scaleMaxLabel = null;
		boolean longText = false;
		Integer maxLength = null;
		BigDecimal numberMin = null;
		BigDecimal numberMax = null;
		if (kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE || kind == QuestionKind.RANKING) {
			options = choices("options", input.options(), current == null ? List.of() : current.options(), 2, problems);
		}
		if (kind == QuestionKind.MULTIPLE) {
			minChoices = integer("minChoices", input.minChoices(), problems);
			maxChoices = integer("maxChoices", input.maxChoices(), problems);
			int count = options.size();
			if (minChoices != null && (minChoices < 1 || (count > 0 && minChoices > count))) {
				problems.add(FieldProblem.of("minChoices", "surveys.editor.question.min-choices.range", count));
				minChoices = null;
			}
			if (maxChoices != null && (maxChoices < 1 || (count > 0 && maxChoices > count))) {
				problems.add(FieldProblem.of("maxChoices", "surveys.editor.question.max-choices.range", count));
				maxChoices = null;
			}
			if (minChoices != null && maxChoices != null && minChoices > maxChoices) {
				problems.add(FieldProblem.of("maxChoices", "surveys.editor.question.max-choices.below-min"));
			}
		}
		if (kind == QuestionKind.SCALE || kind == QuestionKind.MATRIX) {
			scaleMin = integer("scaleMin", input.scaleMin(), problems);
			scaleMax = integer("scaleMax", input.scaleMax(), problems);
			if (scaleMin == null && blank(input.scaleMin())) {
				problems.add(FieldProblem.of("scaleMin", "surveys.editor.question.scale-min.required"));
			}
			if (scaleMax == null && blank(input.scaleMax())) {
				problems.add(FieldProblem.of("scaleMax", "surveys.editor.question.scale-max.required"));
			}
			if (scaleMin != null && scaleMax != null) {
				if (scaleMax <= scaleMin) {
					problems.add(FieldProblem.of("scaleMax", "surveys.editor.question.scale-max.not-above-min"));
				}
				else if (scaleMax - scaleMin + 1 > MAX_SCALE_STEPS) {
					problems.add(FieldProblem.of("scaleMax", "surveys.editor.question.scale.too-many-steps",
							MAX_SCALE_STEPS));
				}
			}
			scaleMinLabel = label("scaleMinLabel", input.scaleMinLabel(), problems);
			scaleMaxLabel = label("scaleMaxLabel", input.scaleMaxLabel(), problems);
		}
		if (kind == QuestionKind.MATRIX) {
			rows = choices("rows", input.rows(), current == null ? List.of() : current.rows(), 1, problems);
		}
		if (kind == QuestionKind.TEXT) {
			longText = input.longText();
			maxLength = integer("maxLength", input.maxLength(), problems);
			if (maxLength != null && (maxLength < 1 || maxLength > MAX_TEXT_LENGTH)) {
				problems.add(FieldProblem.of("maxLength", "surveys.editor.question.max-length.range", MAX_TEXT_LENGTH));
			}
		}
		if (kind == QuestionKind.NUMBER) {
			numberMin = decimal("numberMin", input.numberMin(), problems);
			numberMax = decimal("numberMax", input.numberMax(), problems);
			if (numberMin != null && numberMax != null && numberMax.compareTo(numberMin) <= 0) {
				problems.add(FieldProblem.of("numberMax", "surveys.editor.question.number-max.not-above-min"));
			}
		}
		Condition condition = condition(input, earlier, problems);
		Question built = new Question(id, sectionId, position, code, kind, text, help, input.required(), input.dontKnow(),
				minChoices, maxChoices, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, longText, maxLength, numberMin,
				numberMax, options, rows, condition);
		if (problems.isEmpty() && current != null) {
			Set<String> values = new java.util.HashSet<>(categoricalValues(built));
			for (Question dependent : dependents) {
				if (!values.containsAll(dependent.condition().values())) {
					problems.add(FieldProblem.of(kind == QuestionKind.SCALE ? "scaleMax" : "options",
							"surveys.editor.question.values-used-by", dependent.code()));
				}
			}
		}
		FieldProblems.throwIfAny(problems);
		return built;
	}

	private static @Nullable Condition condition(QuestionInput input, List<Question> earlier,
			List<FieldProblem> problems) {
		UUID conditionId = input.conditionQuestion();
		if (conditionId == null) {
			return null;
		}
		Optional<Question> target = earlier.stream().filter(question -> question.id().equals(conditionId)).findFirst();
		if (target.isEmpty() || !target.get().kind().categorical()) {
			problems.add(FieldProblem.of("conditionQuestion", "surveys.editor.question.condition.not-earlier"));
			return null;
		}
		List<String> allowed = categoricalValues(target.get());
		List<String> values = input.conditionValues().stream().filter(allowed::contains).distinct().toList();
		if (values.isEmpty() || values.size() != input.conditionValues().stream().distinct().count()) {
			problems.add(FieldProblem.of("conditionValues", "surveys.editor.question.condition.values"));
			return null;
		}
		return new Condition(target.get().id(), target.get().code(), values);
	}

	/** The values a categorical question can be answered with: option or district codes, scale values. */
	static List<String> categoricalValues(Question question) {
		if (question.kind() == QuestionKind.SCALE) {
			return question.scaleValues().stream().map(String::valueOf).toList();
		}
		return question.options().stream().map(Choice::code).toList();
	}

	/**
	 * Options or rows from a textarea, one per line. A line with the label of an existing choice keeps its code;
	 * new lines get the next free number.
	 */
	private static List<Choice> choices(String field, String lines, List<Choice> existing, int minimum,
			List<FieldProblem> problems) {
		List<String> labels = lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (labels.size() < minimum) {
			problems.add(FieldProblem.of(field, "surveys.editor.question." + field + ".too-few", minimum));
			return List.of();
		}
		if (new LinkedHashSet<>(labels).size() != labels.size()) {
			problems.add(FieldProblem.of(field, "surveys.editor.question.choices.duplicate"));
			return List.of();
		}
		if (labels.stream().anyMatch(label -> label.length() > CHOICE_LIMIT)) {
			problems.add(FieldProblem.of(field, "surveys.editor.question.choices.too-long", CHOICE_LIMIT));
			return List.of();
		}
		int highest = 0;
		Map<String, String> codes = new HashMap<>();
		for (Choice choice : existing) {
			codes.put(choice.label(), choice.code());
			if (choice.code().matches("[0-9]{1,6}")) {
				highest = Math.max(highest, Integer.parseInt(choice.code()));
			}
		}
		List<Choice> choices = new ArrayList<>();
		for (String label : labels) {
			String code = codes.get(label);
			choices.add(new Choice(code != null ? code : String.valueOf(++highest), label));
		}
		return choices;
	}

	private static @Nullable Integer integer(String field, @Nullable String typed, List<FieldProblem> problems) {
		if (blank(typed)) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "surveys.editor.question.not-a-whole-number"));
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(String field, @Nullable String typed, List<FieldProblem> problems) {
		if (blank(typed)) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "surveys.editor.question.not-a-number"));
			return null;
		}
	}

	private static @Nullable String label(String field, @Nullable String typed, List<FieldProblem> problems) {
		if (blank(typed)) {
			return null;
		}
		if (typed.strip().length() > LABEL_LIMIT) {
			problems.add(FieldProblem.of(field, "surveys.editor.question.label.too-long", LABEL_LIMIT));
		}
		return typed.strip();
	}

	private static boolean blank(@Nullable String typed) {
		return typed == null || typed.isBlank();
	}

	// ---- invitations

	/**
	 * Invites each address (one per line) with a link of its own and sends the mail. Addresses already invited
	 * and repeated lines are skipped; lines that are no e-mail address are returned and nothing else is wrong
	 * with them. Only the SHA-256 of each token is stored; the token itself is only in the mail.
	 */
	@Transactional
	public Invitations invite(UUID surveyId, String addresses) {
		SurveyDefinition survey = survey(surveyId);
		List<String> lines = addresses.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (lines.isEmpty()) {
			throw FieldProblems.of("addresses", "surveys.editor.invitations.addresses.required");
		}
		if (lines.size() > MAX_INVITATIONS) {
			throw FieldProblems.of("addresses", "surveys.editor.invitations.addresses.too-many", MAX_INVITATIONS);
		}
		List<String> invalid = new ArrayList<>();
		Set<String> valid = new LinkedHashSet<>();
		for (String line : lines) {
			if (emailAddress(line)) {
				valid.add(line.toLowerCase(Locale.ROOT));
			}
			else {
				invalid.add(line);
			}
		}
		int sent = 0;
		int duplicates = lines.size() - invalid.size() - valid.size();
		Instant now = clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		for (String email : valid) {
			boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM surveys.invitation WHERE survey_id = ? AND email = ?)")
				.params(surveyId, email)
				.query(Boolean.class)
				.single();
			if (known) {
				duplicates++;
				continue;
			}
			byte[] secret = new byte[32];
			random.nextBytes(secret);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
			jdbc.sql("""
					INSERT INTO surveys.invitation (id, survey_id, email, token_hash, created_at, sent_at)
					VALUES (?, ?, ?, ?, ?, ?)
					""")
				.params(UUID.randomUUID(), surveyId, email, tokenHash(token), Timestamp.from(now), Timestamp.from(now))
				.update();
			mailer.send(email, locale, "surveys.editor.mail.subject", "surveys/invitation",
					Map.of("title", survey.title(), "token", token, "closes",
							survey.closesAt() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
								.format(survey.closesAt().atZone(BERLIN))));
			sent++;
		}
		return new Invitations(sent, duplicates, invalid);
	}

	/** The invitations of a revision, in the order they were made. */
	public PageOf<Invited> invitations(UUID surveyId, int page) {
		long total = jdbc.sql("SELECT count(*) FROM surveys.invitation WHERE survey_id = ?")
			.param(surveyId)
			.query(Long.class)
			.single();
		int index = PageOf.clamp(page, PAGE_SIZE, total);
		List<Invited> items = jdbc.sql("""
				SELECT i.id, i.email, i.sent_at,
				    EXISTS (SELECT 1 FROM surveys.participation p WHERE p.invitation_id = i.id AND p.state = 'SUBMITTED') AS answered
				FROM surveys.invitation i WHERE i.survey_id = ? ORDER BY i.created_at, i.email LIMIT ? OFFSET ?
				""")
			.params(surveyId, PAGE_SIZE, index * PAGE_SIZE)
			.query((rs, row) -> {
				Timestamp sentAt = rs.getTimestamp("sent_at");
				return new Invited(rs.getObject("id", UUID.class), rs.getString("email"),
						sentAt == null ? null : sentAt.toInstant(), rs.getBoolean("answered"));
			})
			.list();
		return new PageOf<>(items, index, PAGE_SIZE, total);
	}

	/** The SHA-256 of an invitation token, as stored, in lowercase hex. */
	public static String tokenHash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A single address in the strict syntax of Jakarta Mail, with a dot in its domain. */
	static boolean emailAddress(String text) {
		if (text.length() > 320) {
			return false;
		}
		try {
			InternetAddress address = new InternetAddress(text, true);
			String value = address.getAddress();
			int at = value.lastIndexOf('@');
			return value.equals(text) && address.getPersonal() == null && at > 0 && value.indexOf('.', at) > at + 1
					&& !value.endsWith(".");
		}
		catch (AddressException ex) {
			return false;
		}
	}

	// ---- helpers

	private SurveyDefinition survey(UUID surveyId) {
		return store.find(surveyId).orElseThrow(NoSuchSurveyPart::new);
	}

	/** The survey, when its pages and questions may still change. */
	private SurveyDefinition unlocked(UUID surveyId) {
		SurveyDefinition survey = survey(surveyId);
		if (store.locked(surveyId)) {
			throw new FieldProblems(FieldProblem.ofForm("surveys.editor.locked"));
		}
		return survey;
	}

	private static Section section(SurveyDefinition survey, UUID sectionId) {
		return survey.sections()
			.stream()
			.filter(section -> section.id().equals(sectionId))
			.findFirst()
			.orElseThrow(NoSuchSurveyPart::new);
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime local) {
		return local == null ? null : local.atZone(BERLIN).toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** The survey, page or question does not exist (or not in this survey). */
	public static class NoSuchSurveyPart extends NotFoundException {
	}

}
