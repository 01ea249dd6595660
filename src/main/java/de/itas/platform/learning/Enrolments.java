package de.itas.platform.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.skills.SkillsAcquired;

/**
 * Learners' enrolments: enrolling, lessons seen and the lesson to resume at, quiz attempts (a failed quiz may be
 * taken again, the best outcome counts as passed), completion (all lessons seen and the final quiz passed, which
 * issues the certificate) and the learner's consent that the course's skills join their skill profile — only that
 * consent publishes {@link SkillsAcquired}.
 */
@Component
@Transactional
public class Enrolments {

	private final JdbcClient jdbc;
	private final Certificates certificates;
	private final PersonProfiles profiles;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Enrolments(JdbcClient jdbc, Certificates certificates, PersonProfiles profiles, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.certificates = certificates;
		this.profiles = profiles;
		this.events = events;
		this.clock = clock;
	}

	/** Enrols the person in a published course (again: nothing changes). */
	public Enrolment enrol(Course course, UUID person) {
		if (!course.published()) {
			throw new CourseRefused("learning.course.refused.not-published");
		}
		jdbc.sql("""
				INSERT INTO learning.course_enrolment (course_id, person_id, district_code, enrolled_at)
				VALUES (:course, :person, :district, :now) ON CONFLICT (course_id, person_id) DO NOTHING""")
			.param("course", course.id())
			.param("person", person)
			.param("district", profiles.own(person).details().districtCode(), java.sql.Types.VARCHAR)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return of(course.id(), person).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Enrolment> of(UUID course, UUID person) {
		return jdbc.sql("SELECT * FROM learning.course_enrolment WHERE course_id = :course AND person_id = :person")
			.param("course", course)
			.param("person", person)
			.query((rs, n) -> rs.getLong("id"))
			.optional()
			.map(this::load);
	}

	private Enrolment load(long id) {
		Set<Long> seen = new HashSet<>(jdbc.sql("SELECT lesson_id FROM learning.course_lesson_seen WHERE enrolment_id = :id")
			.param("id", id).query(Long.class).list());
		Map<Long, Enrolment.QuizStanding> quizzes = new HashMap<>();
		jdbc.sql("""
				SELECT quiz_id, count(*) AS attempts, bool_or(passed) AS passed,
				  (array_agg(score ORDER BY submitted_at DESC, id DESC))[1] AS last_score
				FROM learning.course_quiz_attempt WHERE enrolment_id = :id GROUP BY quiz_id""")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getLong("quiz_id"),
					new Enrolment.QuizStanding(rs.getInt("attempts"), rs.getInt("last_score"), rs.getBoolean("passed"))))
			.list()
			.forEach(entry -> quizzes.put(entry.getKey(), entry.getValue()));
		return jdbc.sql("SELECT * FROM learning.course_enrolment WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> {
				Timestamp completed = rs.getTimestamp("completed_at");
				Timestamp consent = rs.getTimestamp("skills_consent_at");
				long last = rs.getLong("last_lesson_id");
				return new Enrolment(id, rs.getObject("course_id", UUID.class), rs.getObject("person_id", UUID.class),
						rs.getTimestamp("enrolled_at").toInstant(), rs.wasNull() ? null : last,
						completed == null ? null : completed.toInstant(), consent == null ? null : consent.toInstant(), seen,
						quizzes);
			})
			.single();
	}

	/** The person opened a lesson: it counts as seen and is where they resume. */
	public Enrolment lessonOpened(CourseContent content, PlatformUser person, long lesson) {
		Enrolment enrolment = required(content, person.id());
		if (content.lesson(lesson).isEmpty()) {
			throw new CourseRefused("learning.course.refused.unknown-lesson");
		}
		jdbc.sql("""
				INSERT INTO learning.course_lesson_seen (enrolment_id, lesson_id, seen_at) VALUES (:id, :lesson, :now)
				ON CONFLICT DO NOTHING""")
			.param("id", enrolment.id())
			.param("lesson", lesson)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("UPDATE learning.course_enrolment SET last_lesson_id = :lesson WHERE id = :id")
			.param("id", enrolment.id())
			.param("lesson", lesson)
			.update();
		return completeIfDone(content, person, load(enrolment.id()));
	}

	/** Scores an attempt and keeps it; a learner may try again as often as they like. */
	public QuizResult submitQuiz(CourseContent content, PlatformUser person, long quizId, Map<Long, Set<Long>> chosen) {
		Enrolment enrolment = required(content, person.id());
		Quiz quiz = content.quiz(quizId).orElseThrow(() -> new CourseRefused("learning.course.refused.unknown-quiz"));
		QuizResult result = QuizScoring.score(quiz, chosen);
		String answers = new TreeMap<>(chosen).entrySet().stream()
			.map(entry -> entry.getKey() + ":" + entry.getValue().stream().sorted().map(String::valueOf)
				.collect(Collectors.joining(",")))
			.collect(Collectors.joining(";"));
		jdbc.sql("""
				INSERT INTO learning.course_quiz_attempt (enrolment_id, quiz_id, score, passed, answers, submitted_at)
				VALUES (:id, :quiz, :score, :passed, :answers, :now)""")
			.param("id", enrolment.id())
			.param("quiz", quizId)
			.param("score", result.score())
			.param("passed", result.passed())
			.param("answers", answers)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		completeIfDone(content, person, load(enrolment.id()));
		return result;
	}

	/** Whether every lesson is seen and the final quiz (if the course has one) passed. */
	public static boolean done(CourseContent content, Enrolment enrolment) {
		boolean lessons = content.lessons().stream().allMatch(lesson -> enrolment.seen(lesson.id()));
		boolean quiz = content.finalQuiz().map(finalQuiz -> enrolment.passed(finalQuiz.id())).orElse(true);
		return lessons && quiz && !content.lessons().isEmpty();
	}

	private Enrolment completeIfDone(CourseContent content, PlatformUser person, Enrolment enrolment) {
		if (enrolment.completed() || !done(content, enrolment)) {
			return enrolment;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE learning.course_enrolment SET completed_at = :now,
				  district_code = coalesce(CAST(:district AS text), district_code) WHERE id = :id""")
			.param("id", enrolment.id())
			.param("now", Timestamp.from(now))
			.param("district", profiles.own(person.id()).details().districtCode(), java.sql.Types.VARCHAR)
			.update();
		certificates.issue(content.course(), enrolment.id(), person, now);
		return load(enrolment.id());
	}

	/**
	 * The learner agreed that the course's skills join their skill profile: the consent (its text as shown) is kept
	 * and {@link SkillsAcquired} published, once.
	 */
	public void addSkillsToProfile(Course course, UUID person, String consentText) {
		Enrolment enrolment = of(course.id(), person).orElseThrow(() -> new CourseRefused("learning.course.refused.not-enrolled"));
		if (!enrolment.completed()) {
			throw new CourseRefused("learning.course.refused.not-completed");
		}
		if (enrolment.skillsConsentAt() != null) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE learning.course_enrolment SET skills_consent_at = :now, skills_consent_text = :text WHERE id = :id")
			.param("id", enrolment.id())
			.param("now", Timestamp.from(now))
			.param("text", consentText)
			.update();
		if (!course.skillUris().isEmpty()) {
			events.publishEvent(new SkillsAcquired(person, course.skillUris(), "learning.course:" + course.id(),
					course.title(), now));
		}
	}

	/** A learner's enrolments, the current ones first. */
	@Transactional(readOnly = true)
	public List<Enrolment> ofPerson(UUID person) {
		return jdbc.sql("""
				SELECT id FROM learning.course_enrolment WHERE person_id = :person
				ORDER BY completed_at IS NOT NULL, enrolled_at DESC""")
			.param("person", person)
			.query(Long.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	/** The consent text a learner agreed to, for their data export. */
	@Transactional(readOnly = true)
	Optional<String> consentText(long enrolment) {
		return jdbc.sql("SELECT skills_consent_text FROM learning.course_enrolment WHERE id = :id")
			.param("id", enrolment)
			.query(String.class)
			.optional();
	}

	/**
	 * Removes everything about the person; their enrolments stay only as counts for the figures (enrolled and
	 * completed when), with a random stand-in for the person and without progress or consent.
	 */
	void erase(UUID person) {
		jdbc.sql("DELETE FROM learning.course_lesson_seen WHERE enrolment_id IN "
				+ "(SELECT id FROM learning.course_enrolment WHERE person_id = :person)").param("person", person).update();
		jdbc.sql("DELETE FROM learning.course_quiz_attempt WHERE enrolment_id IN "
				+ "(SELECT id FROM learning.course_enrolment WHERE person_id = :person)").param("person", person).update();
		jdbc.sql("UPDATE learning.course_enrolment SET person_id = gen_random_uuid(), last_lesson_id = NULL, "
				+ "skills_consent_at = NULL, skills_consent_text = NULL WHERE person_id = :person")
			.param("person", person)
			.update();
	}

	private Enrolment required(CourseContent content, UUID person) {
		return of(content.course().id(), person).orElseThrow(() -> new CourseRefused("learning.course.refused.not-enrolled"));
	}

}
