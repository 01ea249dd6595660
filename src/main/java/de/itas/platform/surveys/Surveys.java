package de.itas.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys module's API for other modules: attach a survey (a copy of a template) to one of their things,
 * find the survey attached to a thing, and read its aggregated, small-number-protected results.
 */
@Service
@NamedInterface("api")
public class Surveys {

	private final SurveyStore store;
	private final SurveyWriter writer;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final SurveyEditor editor;

	Surveys(SurveyStore store, SurveyWriter writer, JdbcClient jdbc, Clock clock, SurveyEditor editor) {
		this.editor = editor;
		this.store = store;
		this.writer = writer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The newest survey attached to the thing, if any. */
	public Optional<SurveyLink> attachedTo(SurveySubject subject) {
		return jdbc.sql("""
				SELECT id FROM surveys.survey WHERE subject_module = ? AND subject_type = ? AND subject_id = ?
				  AND template_key IS NULL ORDER BY created_at DESC, revision DESC LIMIT 1
				""")
			.params(subject.module(), subject.type(), subject.id())
			.query(UUID.class)
			.optional()
			.flatMap(store::find)
			.map(this::link);
	}

	/** A survey by its address (newest revision). */
	public Optional<SurveyLink> bySlug(String slug) {
		return store.current(slug).filter(survey -> !survey.template()).map(this::link);
	}

	/** A survey revision by its id (templates excluded). */
	public Optional<SurveyLink> find(UUID id) {
		return store.find(id).filter(survey -> !survey.template()).map(this::link);
	}

	/** The surveys whose results are public (ended, published), newest first: what can be cited as a reason. */
	public java.util.List<SurveyLink> withPublishedResults() {
		return jdbc.sql("""
				SELECT id FROM surveys.survey WHERE template_key IS NULL AND publish_results AND closes_at <= ?
				ORDER BY closes_at DESC, title""")
			.param(java.sql.Timestamp.from(clock.instant()))
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(id -> store.find(id).stream())
			.map(this::link)
			.toList();
	}

	/** The text of a question of a survey revision, by its code (e.g. „F5“). */
	public Optional<String> questionText(UUID survey, String code) {
		return store.find(survey).flatMap(definition -> definition.question(code)).map(Question::text);
	}

	/**
	 * Attaches a copy of a template (e.g. {@code event-feedback}) to a thing of the calling module, open in the
	 * given period, owned by the given person (and organisation).
	 *
	 * @return the new survey
	 * @throws IllegalArgumentException for an unknown template
	 */
	@Transactional
	public SurveyLink attachFromTemplate(String templateKey, SurveySubject subject, String title, UUID owner,
			@Nullable UUID ownerOrganisation, @Nullable Instant opensAt, @Nullable Instant closesAt) {
		UUID templateId = jdbc.sql("SELECT id FROM surveys.survey WHERE template_key = ?")
			.param(templateKey)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No survey template " + templateKey));
		SurveyDefinition template = store.find(templateId).orElseThrow();
		UUID id = UUID.randomUUID();
		writer.insert(new SurveyDefinition(id, id, 1, editor.uniqueSlug(title), title, template.intro(), template.audience(),
				template.audienceValue(), template.anonymous(), opensAt, closesAt, template.publishResults(), null,
				subject, owner, ownerOrganisation, clock.instant(), template.sections()));
		return link(store.find(id).orElseThrow());
	}

	/**
	 * Invites these addresses to the survey, each with a link of its own by mail (the survey editor's
	 * invitations). Addresses already invited, repeated ones and lines that are no e-mail address are skipped.
	 *
	 * @return how many invitations were sent
	 */
	@Transactional
	public int invite(UUID surveyId, java.util.List<String> addresses) {
		java.util.List<String> given = addresses.stream().filter(address -> !address.isBlank()).toList();
		int sent = 0;
		// the editor takes at most MAX_INVITATIONS lines at once
		for (int from = 0; from < given.size(); from += SurveyEditor.MAX_INVITATIONS) {
			sent += editor.invite(surveyId,
					String.join("\n", given.subList(from, Math.min(given.size(), from + SurveyEditor.MAX_INVITATIONS))))
				.sent();
		}
		return sent;
	}

	private SurveyLink link(SurveyDefinition survey) {
		SurveyPhase phase = survey.phase(clock.instant());
		String path = "/umfragen/" + survey.slug();
		return new SurveyLink(survey.id(), survey.slug(), survey.revision(), survey.title(), phase, survey.closesAt(), path,
				survey.publishResults() && phase == SurveyPhase.CLOSED ? path + "/ergebnisse" : null,
				store.responses(survey.id()));
	}

}
