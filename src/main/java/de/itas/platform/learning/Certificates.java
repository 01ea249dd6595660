package de.itas.platform.learning;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.TaggedPdf;
import de.itas.platform.skills.Occupations;

/**
 * Course certificates: issued once on completion with a random verification code (twelve characters from an alphabet
 * without look-alikes, about 60 bits, so codes cannot be guessed), rendered as tagged PDF, checked by anyone on the
 * public verification page, revoked by staff with a reason (a revoked certificate fails the check).
 */
@Component
@Transactional
public class Certificates {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Occupations occupations;
	private final ITemplateEngine templates;
	private final Mailer mailer;
	private final Clock clock;

	Certificates(JdbcClient jdbc, Occupations occupations, ITemplateEngine templates, Mailer mailer, Clock clock) {
		this.jdbc = jdbc;
		this.occupations = occupations;
		this.templates = templates;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** A new code such as {@code K7QM-3XHD-9RTA}. */
	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** What people type: lower case, spaces, missing hyphens are all accepted. */
	public static String normalise(String typed) {
		String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		if (plain.length() != 12) {
			return plain;
		}
		return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
	}

	void issue(Course course, long enrolment, PlatformUser person, Instant at) {
		List<String> skills = new ArrayList<>();
		for (String uri : course.skillUris()) {
			occupations.skill(uri).ifPresent(skill -> skills.add(skill.label()));
		}
		jdbc.sql("""
				INSERT INTO learning.certificate (code, enrolment_id, course_id, person_id, holder_name, course_title,
				  skill_labels, issued_at) VALUES (:code, :enrolment, :course, :person, :name, :title, :skills, :at)""")
			.param("code", newCode())
			.param("enrolment", enrolment)
			.param("course", course.id())
			.param("person", person.id())
			.param("name", person.getDisplayName())
			.param("title", course.title())
			.param("skills", skills.toArray(String[]::new))
			.param("at", Timestamp.from(at))
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> find(String code) {
		return jdbc.sql("SELECT * FROM learning.certificate WHERE code = :code")
			.param("code", normalise(code))
			.query((rs, n) -> {
				Timestamp revoked = rs.getTimestamp("revoked_at");
				return new Certificate(rs.getString("code"), rs.getObject("course_id", UUID.class),
						rs.getObject("person_id", UUID.class), rs.getString("holder_name"), rs.getString("course_title"),
						CourseStore.strings(rs.getArray("skill_labels")), rs.getTimestamp("issued_at").toInstant(),
						revoked == null ? null : revoked.toInstant(), rs.getString("revoke_reason"));
			})
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> of(UUID course, UUID person) {
		return jdbc.sql("SELECT code FROM learning.certificate WHERE course_id = :course AND person_id = :person "
				+ "ORDER BY issued_at DESC LIMIT 1")
			.param("course", course)
			.param("person", person)
			.query(String.class)
			.optional()
			.flatMap(this::find);
	}

	@Transactional(readOnly = true)
	public List<Certificate> ofPerson(UUID person) {
		return jdbc.sql("SELECT code FROM learning.certificate WHERE person_id = :person ORDER BY issued_at")
			.param("person", person)
			.query(String.class)
			.list()
			.stream()
			.flatMap(code -> find(code).stream())
			.toList();
	}

	/** Revokes a certificate: from now on its check fails, showing only that it was revoked. */
	public void revoke(String code, UUID by, String reason) {
		if (reason.isBlank()) {
			throw FieldProblems.of("reason", "learning.certificate.revoke.reason-required");
		}
		jdbc.sql("""
				UPDATE learning.certificate SET revoked_at = :now, revoked_by = :by, revoke_reason = :reason
				WHERE code = :code AND revoked_at IS NULL""")
			.param("code", normalise(code))
			.param("now", Timestamp.from(clock.instant()))
			.param("by", by)
			.param("reason", reason.strip())
			.update();
	}

	/** The address a third party opens to check the certificate. */
	public String verificationUrl(Certificate certificate) {
		return mailer.baseUrl() + certificate.path();
	}

	public byte[] pdf(Certificate certificate, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("certificate", certificate);
		context.setVariable("issued", certificate.issuedAt().atZone(BERLIN));
		context.setVariable("verificationUrl", verificationUrl(certificate));
		context.setVariable("verificationPage", mailer.baseUrl() + "/zertifikate/pruefen");
		return TaggedPdf.render(templates.process("learning/course/certificate-pdf", context), "a course certificate");
	}

	void erase(UUID person) {
		jdbc.sql("DELETE FROM learning.certificate WHERE person_id = :person").param("person", person).update();
	}

}
