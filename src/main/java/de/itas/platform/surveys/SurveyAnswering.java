package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Answering a survey page by page. Each page is checked and saved on its own (as answers in progress), so a
 * lost connection loses at most the page being filled in; the last page submits. Submission moves the answers
 * into a new response: for an anonymous survey it carries no account, no time and no reference to the
 * participation, which only records that the person has answered.
 */
@Service
public class SurveyAnswering {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Organisations organisations;

	SurveyAnswering(JdbcClient jdbc, Clock clock, Organisations organisations) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.organisations = organisations;
	}

	/** Where a participant stands: started or submitted, the page to resume at and the answers so far. */
	public record Progress(boolean started, boolean submitted, int page, AnswerForm answers) {
	}

	/** The last page was submitted while an earlier page lacks a required answer: the person is sent there. */
	public static final class IncompleteException extends RuntimeException {

		private final int page;

		IncompleteException(int page) {
			super("Page " + page + " is incomplete");
			this.page = page;
		}

		public int page() {
			return page;
		}

	}

	/** Whether the person (signed in or not, with or without an invitation of this survey) may answer now. */
	public Eligibility eligibility(SurveyDefinition survey, @Nullable PlatformUser user,
			@Nullable Participant participant) {
		if (survey.template()) {
			return Eligibility.NOT_OPEN;
		}
		switch (survey.phase(clock.instant())) {
			case NOT_OPEN -> {
				return Eligibility.NOT_OPEN;
			}
			case CLOSED -> {
				return Eligibility.CLOSED;
			}
			case OPEN -> {
				// go on
			}
		}
		if (participant != null && progress(survey, participant).submitted()) {
			return Eligibility.ANSWERED;
		}
		if (participant != null && participant.kind() == Participant.Kind.INVITATION) {
			return Eligibility.ALLOWED;
		}
		return switch (survey.audience()) {
			case PUBLIC -> Eligibility.ALLOWED;
			case INVITED -> Eligibility.INVITATION_ONLY;
			case SIGNED_IN -> user == null ? Eligibility.SIGN_IN : Eligibility.ALLOWED;
			case ROLE -> user == null ? Eligibility.SIGN_IN
					: user.roles().stream().anyMatch(role -> role.name().equals(survey.audienceValue()))
							? Eligibility.ALLOWED : Eligibility.NOT_FOR_YOU;
			case ORGANISATION_KIND -> user == null ? Eligibility.SIGN_IN
					: organisations.membershipsOf(user.id())
						.stream()
						.anyMatch(membership -> membership.kind().name().equals(survey.audienceValue()))
								? Eligibility.ALLOWED : Eligibility.NOT_FOR_YOU;
		};
	}

	public Progress progress(SurveyDefinition survey, Participant participant) {
		Optional<ParticipationRow> row = participation(survey.id(), participant, false);
		if (row.isEmpty()) {
			return new Progress(false, false, 0, new AnswerForm());
		}
		return new Progress(true, row.get().submitted(), row.get().page(), drafts(survey, row.get().id()));
	}

	/**
	 * Checks and saves one page. On the last page the whole response is submitted.
	 *
	 * @return the index of the next page, or {@code -1} when the response was submitted
	 * @throws FieldProblems when an answer on the page is refused (nothing of the page is saved)
	 * @throws IncompleteException when the last page is submitted but an earlier page lacks an answer
	 * @throws IllegalStateException when the participant has already answered
	 */
	@Transactional
	public int savePage(SurveyDefinition survey, Participant participant, int page, AnswerForm submitted) {
		if (page < 0 || page >= survey.sections().size()) {
			throw new IllegalArgumentException("No page " + page);
		}
		ParticipationRow row = participation(survey.id(), participant, true).orElseThrow();
		if (row.submitted()) {
			throw new IllegalStateException("Already answered");
		}
		Section section = survey.sections().get(page);
		AnswerForm answers = AnswerRules.withPage(section, drafts(survey, row.id()), submitted);
		FieldProblems.throwIfAny(AnswerRules.pageProblems(section, answers));
		for (Question question : section.questions()) {
			jdbc.sql("DELETE FROM surveys.draft_answer WHERE participation_id = ? AND question_id = ?")
				.params(row.id(), question.id())
				.update();
			if (AnswerRules.visible(question, answers)) {
				for (AnswerValue value : AnswerRules.encode(question, answers)) {
					insert("surveys.draft_answer", "participation_id", row.id(), question.id(), value);
				}
			}
		}
		boolean last = page == survey.sections().size() - 1;
		if (!last) {
			jdbc.sql("UPDATE surveys.participation SET current_section = ? WHERE id = ?")
				.params(Math.max(row.page(), page + 1), row.id())
				.update();
			return page + 1;
		}
		submit(survey, participant, row, answers);
		return -1;
	}

	private void submit(SurveyDefinition survey, Participant participant, ParticipationRow row, AnswerForm answers) {
		for (int index = 0; index < survey.sections().size(); index++) {
			for (Question question : survey.sections().get(index).questions()) {
				if (AnswerRules.visible(question, answers) && !AnswerRules.problems(question, answers).isEmpty()) {
					throw new IncompleteException(index);
				}
			}
		}
		UUID response = UUID.randomUUID();
		boolean named = !survey.anonymous() && participant.kind() == Participant.Kind.ACCOUNT;
		jdbc.sql("INSERT INTO surveys.response (id, survey_id, account_id, submitted_at) VALUES (?, ?, ?, ?)")
			.params(response, survey.id(), named ? UUID.fromString(participant.key()) : null,
					survey.anonymous() ? null : Timestamp.from(clock.instant()))
			.update();
		for (Question question : survey.questions()) {
			if (AnswerRules.visible(question, answers)) {
				for (AnswerValue value : AnswerRules.encode(question, answers)) {
					insert("surveys.answer", "response_id", response, question.id(), value);
				}
			}
		}
		jdbc.sql("DELETE FROM surveys.draft_answer WHERE participation_id = ?").param(row.id()).update();
		jdbc.sql("UPDATE surveys.participation SET state = 'SUBMITTED', answered_on = ? WHERE id = ?")
			.params(survey.anonymous() ? null : Date.valueOf(LocalDate.now(clock.withZone(ZONE))), row.id())
			.update();
	}

	private void insert(String table, String ownerColumn, UUID owner, UUID question, AnswerValue value) {
		jdbc.sql("INSERT INTO " + table + " (" + ownerColumn
				+ ", question_id, item, choice, number, text, date, dont_know) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(owner, question, value.item(), value.choice(), value.number(), value.text(),
					value.date() == null ? null : Date.valueOf(value.date()), value.dontKnow())
			.update();
	}

	/** The answers in progress of a participation, in the form's shape. */
	private AnswerForm drafts(SurveyDefinition survey, UUID participation) {
		Map<UUID, List<AnswerValue>> values = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM surveys.draft_answer WHERE participation_id = ?").param(participation).query(rs -> {
			values.computeIfAbsent(rs.getObject("question_id", UUID.class), key -> new ArrayList<>()).add(value(rs));
		});
		AnswerForm form = new AnswerForm();
		for (Question question : survey.questions()) {
			AnswerRules.decode(question, values.getOrDefault(question.id(), List.of()), form);
		}
		return form;
	}

	static AnswerValue value(ResultSet rs) throws SQLException {
		Date date = rs.getDate("date");
		return new AnswerValue(rs.getString("item"), rs.getString("choice"), rs.getObject("number", BigDecimal.class),
				rs.getString("text"), date == null ? null : date.toLocalDate(), rs.getBoolean("dont_know"));
	}

	private record ParticipationRow(UUID id, boolean submitted, int page) {
	}

	/** Reads the participation; with {@code create}, creates it when missing and locks it for this transaction. */
	private Optional<ParticipationRow> participation(UUID survey, Participant participant, boolean create) {
		String column = switch (participant.kind()) {
			case ACCOUNT -> "account_id";
			case INVITATION -> "invitation_id";
			case BROWSER -> "browser_key_hash";
		};
		Object key = participant.kind() == Participant.Kind.BROWSER ? participant.key() : UUID.fromString(participant.key());
		if (create) {
			jdbc.sql("INSERT INTO surveys.participation (id, survey_id, " + column
					+ ", state) VALUES (?, ?, ?, 'STARTED') ON CONFLICT DO NOTHING")
				.params(UUID.randomUUID(), survey, key)
				.update();
		}
		return jdbc
			.sql("SELECT id, state, current_section FROM surveys.participation WHERE survey_id = ? AND " + column + " = ?"
					+ (create ? " FOR UPDATE" : ""))
			.params(survey, key)
			.query((rs, row) -> new ParticipationRow(rs.getObject("id", UUID.class),
					"SUBMITTED".equals(rs.getString("state")), rs.getInt("current_section")))
			.optional();
	}

	/** The invitation and its survey for a link's token, if the token is known. */
	public Optional<Map.Entry<UUID, UUID>> invitation(String token) {
		return jdbc.sql("SELECT id, survey_id FROM surveys.invitation WHERE token_hash = ?")
			.param(sha256(token))
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class)))
			.optional();
	}

	/** The participation key of a browser for one survey: the browser's random key mixed with the survey. */
	public static String browserKey(String cookieValue, UUID survey) {
		return sha256(cookieValue + ":" + survey);
	}

	static String sha256(String text) {
		return SurveyEditor.tokenHash(text);
	}

}
