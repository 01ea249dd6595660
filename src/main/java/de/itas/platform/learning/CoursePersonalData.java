package de.itas.platform.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A learner's enrolments with their progress, quiz attempts, skill consent and certificates. Erasure deletes all of
 * it, certificates included: a certificate names its holder, so after the erasure its check answers „unknown“.
 */
@Component
class CoursePersonalData implements PersonalData {

	private final Enrolments enrolments;
	private final Certificates certificates;
	private final CourseStore store;

	CoursePersonalData(Enrolments enrolments, Certificates certificates, CourseStore store) {
		this.enrolments = enrolments;
		this.certificates = certificates;
		this.store = store;
	}

	@Override
	public String module() {
		return "learning.courses";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> enrolled = enrolments.ofPerson(person).stream().map(enrolment -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("course", store.find(enrolment.courseId()).map(Course::title).orElse(""));
			entry.put("enrolledAt", enrolment.enrolledAt().toString());
			entry.put("lessonsSeen", enrolment.seenLessons().size());
			entry.put("lastLesson", enrolment.lastLessonId() == null ? "" : String.valueOf(enrolment.lastLessonId()));
			Map<String, Object> quizzes = new LinkedHashMap<>();
			enrolment.quizzes().forEach((quiz, standing) -> quizzes.put(String.valueOf(quiz),
					Map.of("attempts", standing.attempts(), "lastScore", standing.lastScore(), "passed", standing.passed())));
			entry.put("quizzes", quizzes);
			entry.put("completedAt", enrolment.completedAt() == null ? "" : enrolment.completedAt().toString());
			entry.put("skillsConsentAt", enrolment.skillsConsentAt() == null ? "" : enrolment.skillsConsentAt().toString());
			entry.put("skillsConsentText", enrolments.consentText(enrolment.id()).orElse(""));
			return entry;
		}).toList();
		List<Map<String, Object>> issued = certificates.ofPerson(person).stream().map(certificate -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", certificate.code());
			entry.put("course", certificate.courseTitle());
			entry.put("name", certificate.holderName());
			entry.put("skills", certificate.skillLabels());
			entry.put("issuedAt", certificate.issuedAt().toString());
			entry.put("revokedAt", certificate.revokedAt() == null ? "" : certificate.revokedAt().toString());
			return entry;
		}).toList();
		return Map.of("enrolments", enrolled, "certificates", issued);
	}

	@Override
	@Transactional
	public void erase(UUID person) {
		certificates.erase(person);
		enrolments.erase(person);
	}

}
