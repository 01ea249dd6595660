package de.itas.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Export, deletion with grace period, and the audit log of staff access. */
@PlatformTest
class PrivacyIntegrationTests {

	static final String PASSWORD = "Erzgebirgischer Weihnachtsberg";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Consents consents;

	@Autowired
	PersonProfiles profiles;

	@Autowired
	Organisations organisations;

	@Autowired
	Privacy privacy;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	de.itas.platform.shared.mail.Outbox outbox;

	@Autowired
	de.itas.platform.skills.PersonalGoals goals;

	@Autowired
	de.itas.platform.helpdesk.Appointments appointments;

	/** A person with data in every table of the accounts module. */
	private PlatformUser personWithEverything(String name) {
		String email = "privat-" + UUID.randomUUID().toString().substring(0, 8) + "@test.itas.local";
		accounts.createIfAbsent(email, name, PASSWORD, java.util.Set.of(Role.EMPLOYEE), Instant.now());
		PlatformUser person = (PlatformUser) users.loadUserByUsername(email);
		consents.acceptCurrent(person.id());
		OrganisationSummary employer = organisations.ensure("Betrieb " + email.substring(7, 15), OrganisationKind.COMPANY,
				"chemnitz", null);
		organisations.addMember(employer.id(), person.id(), Role.COMPANY_MEMBER);
		profiles.change(person.id(), -1, new PersonProfileDetails("chemnitz", "Monteur " + name, employer.id(),
				"Interessen von " + name, Retraining.MAYBE, 25, ContactPreference.PHONE, phoneOf(name)));
		PlatformUser advisor = (PlatformUser) users.loadUserByUsername("berater@demo.itas.local");
		profiles.grantAdvisorAccess(person.id(), advisor.id());
		mvc.get().uri("/beratung/personen/" + person.id()).with(user(advisor)).exchange();
		mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", email).exchange();
		List<String> occupations = jdbc.queryForList("SELECT uri FROM skills.occupation WHERE NOT obsolete ORDER BY uri LIMIT 2", String.class);
		goals.save(person.id(), occupations.get(0), occupations.get(1), List.of());
		return (PlatformUser) users.loadUserByUsername(email);
	}

	/** A phone number unique to the person, so that traces of one person are not confused with another's. */
	private static String phoneOf(String name) {
		return "+49 371 " + Math.abs(name.hashCode() % 1_000_000);
	}

	@Test
	void theExportContainsEveryPersonalFieldStored() throws Exception {
		PlatformUser person = personWithEverything("Edda Export");
		var result = mvc.get().uri("/api/v1/me/export").with(user(person)).exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
		assertThat(result).bodyJson().extractingPath("$.accounts.account.email").isEqualTo(person.email());
		assertThat(result).bodyJson().extractingPath("$.accounts.account.displayName").isEqualTo("Edda Export");
		assertThat(result).bodyJson().extractingPath("$.accounts.roles[0]").isEqualTo("EMPLOYEE");
		assertThat(result).bodyJson().extractingPath("$.accounts.memberships[0].organisation").asString()
			.startsWith("Betrieb ");
		assertThat(result).bodyJson().extractingPath("$.accounts.consents[0].version").isEqualTo("2026-11-21");
		assertThat(result).bodyJson().extractingPath("$.accounts.personProfile.jobTitle").isEqualTo("Monteur Edda Export");
		assertThat(result).bodyJson().extractingPath("$.accounts.personProfile.phone").isEqualTo(phoneOf("Edda Export"));
		assertThat(result).bodyJson().extractingPath("$.accounts.personProfile.employer").asString()
			.startsWith("Betrieb ");
		assertThat(result).bodyJson().extractingPath("$.accounts.advisorsWithAccess[0].advisor")
			.isEqualTo("Berta Beraterin (Demo)");
		assertThat(result).bodyJson().extractingPath("$.accounts.accessLog[0].by").asString().contains("Berta Beraterin");
		assertThat(result).bodyJson().extractingPath("$.accounts.openLinks[0].purpose").isEqualTo("RESET_PASSWORD");
		assertThat(result).bodyJson().extractingPath("$.skills.goal.targetUri").asString().startsWith("http");
		// every column of the person's own tables appears in the export
		String json = result.getResponse().getContentAsString();
		for (String column : List.of("districtCode", "interests", "retraining", "commutingRadiusKm", "contactPreference",
				"emailVerified", "language", "createdAt", "deletionRequestedAt")) {
			assertThat(json).contains("\"" + column + "\"");
		}
		assertThat(json).doesNotContain("argon2", "password");
	}

	@Test
	void deletionCanBeUndoneWithinTheGracePeriodAndNeedsThePassword() {
		PlatformUser person = personWithEverything("Udo Umentschieden");
		assertThat(mvc.post().uri("/meine-daten/loeschen").with(user(person)).with(csrf()).param("password", "falsch"))
			.hasStatusOk()
			.bodyText()
			.contains("Das Passwort ist nicht richtig.");
		assertThat(privacy.scheduledDeletion(person.id())).isEmpty();
		assertThat(mvc.post().uri("/meine-daten/loeschen").with(user(person)).with(csrf()).param("password", PASSWORD))
			.hasRedirectedUrl("/meine-daten");
		assertThat(privacy.scheduledDeletion(person.id())).hasValueSatisfying(due -> assertThat(due)
			.isBetween(Instant.now().plus(13, ChronoUnit.DAYS), Instant.now().plus(15, ChronoUnit.DAYS)));
		assertThat(mvc.get().uri("/meine-daten").with(user(person))).bodyText().contains("wird am", "Löschung abbrechen");
		assertThat(privacy.purgeDue()).as("nothing is due yet").isZero();
		assertThat(mvc.post().uri("/meine-daten/loeschen/abbrechen").with(user(person)).with(csrf()))
			.hasRedirectedUrl("/meine-daten");
		assertThat(privacy.scheduledDeletion(person.id())).isEmpty();
	}

	@Test
	void afterTheGracePeriodNoPersonalDataIsLeftInAnyTable() {
		PlatformUser person = personWithEverything("Lotte Löschmich");
		mvc.post().uri("/meine-daten/loeschen").with(user(person)).with(csrf()).param("password", PASSWORD).exchange();
		jdbc.update("UPDATE accounts.user_account SET deletion_requested_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().minus(15, ChronoUnit.DAYS)), person.id());
		long auditEntriesBefore = jdbc.queryForObject("SELECT count(*) FROM accounts.audit_entry", Long.class);
		assertThat(privacy.purgeDue()).isEqualTo(1);
		assertThat(goals.goal(person.id())).as("every module erases its part").isEmpty();
		assertThat(traces(List.of(person.id().toString(), person.email(), "Lotte Löschmich", "Monteur Lotte Löschmich",
				"Interessen von Lotte Löschmich", phoneOf("Lotte Löschmich")))).isEmpty();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM accounts.audit_entry", Long.class))
			.as("the record that an access took place stays, anonymised")
			.isEqualTo(auditEntriesBefore);
		assertThat(mvc.get().uri("/mein-bereich").with(user(person))).hasStatus3xxRedirection();
		assertThat(Mails.to(outbox, person.email())).as("mails to the person leave the local outbox too").isEmpty();
	}

	@Test
	void afterTheGracePeriodNoTraceIsLeftInTheHelpDeskOrTheOutboxEither() throws Exception {
		PlatformUser person = personWithEverything("Hanna Hilfesuchend");
		String name = person.getDisplayName();
		String client = "192.0.2.77";
		String description = "Anliegen von Hanna Hilfesuchend zur Umschulung im Vogtland.";
		// an inquiry signed in, one as a visitor from the same address (confirmed by its link), and a booking
		assertThat(mvc.post().uri("/anliegen/neu").multipart().param("topic", "OTHER").param("districtCode", "vogtlandkreis")
			.param("description", description).param("contactChannel", "EMAIL").param("consent", "true")
			.with(user(person)).with(csrf())).hasStatus3xxRedirection();
		String visitorText = "Als Besucherin: Hanna Hilfesuchend fragt nach Förderung.";
		assertThat(mvc.post().uri("/anliegen/neu").multipart().param("topic", "OTHER").param("districtCode", "zwickau")
			.param("description", visitorText).param("contactChannel", "PHONE").param("phone", phoneOf(name))
			.param("name", name).param("email", person.email()).param("consent", "true")
			.with(request -> {
				request.setRemoteAddr(client);
				return request;
			})
			.with(csrf())).hasRedirectedUrl("/anliegen/gesendet");
		String token = Mails.token(Mails.to(outbox, person.email()).stream()
			.filter(mail -> mail.subject().equals("Bitte bestätigen Sie Ihr Anliegen"))
			.findFirst()
			.orElseThrow());
		assertThat(mvc.post().uri("/anliegen/bestaetigen").param("token", token).with(csrf())).bodyText()
			.contains("Fallnummer");
		long slot = appointments.freeSlots(null).get(0).id();
		assertThat(mvc.post().uri("/termine/buchen").param("slot", String.valueOf(slot)).with(user(person)).with(csrf()))
			.flash().containsEntry("booked", true);
		assertThat(outbox.list(0, 500)).as("the advisor's mail about the booking names her")
			.anyMatch(mail -> !mail.to().equalsIgnoreCase(person.email()) && mail.text().contains(name));

		mvc.post().uri("/meine-daten/loeschen").with(user(person)).with(csrf()).param("password", PASSWORD).exchange();
		jdbc.update("UPDATE accounts.user_account SET deletion_requested_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().minus(15, ChronoUnit.DAYS)), person.id());
		assertThat(privacy.purgeDue()).isEqualTo(1);

		assertThat(traces(List.of(person.id().toString(), person.email(), name, description, visitorText, phoneOf(name))))
			.isEmpty();
		assertThat(outbox.list(0, 100_000)).as("no mail in the local outbox names her or her address")
			.noneMatch(mail -> (mail.to() + mail.subject() + mail.text()).toLowerCase(java.util.Locale.ROOT)
				.matches("(?s).*(" + java.util.regex.Pattern.quote(name.toLowerCase(java.util.Locale.ROOT)) + "|"
						+ java.util.regex.Pattern.quote(person.email().toLowerCase(java.util.Locale.ROOT)) + ").*"));
	}

	/** Every text or uuid column of every table of the platform that contains one of the values. */
	private List<String> traces(List<String> values) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = jdbc.queryForList("""
				SELECT table_schema, table_name, column_name FROM information_schema.columns
				WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
				  AND data_type IN ('text', 'character varying', 'character', 'uuid')""");
		assertThat(columns).hasSizeGreaterThan(30);
		for (Map<String, Object> column : columns) {
			String table = column.get("table_schema") + "." + column.get("table_name");
			String name = (String) column.get("column_name");
			for (String value : values) {
				Integer hits = jdbc.queryForObject(
						"SELECT count(*) FROM " + table + " WHERE position(? in \"" + name + "\"::text) > 0", Integer.class,
						value);
				if (hits != null && hits > 0) {
					found.add(table + "." + name + " contains " + value);
				}
			}
		}
		return found;
	}

	@Test
	void staffViewsOfAPersonAreAuditedAndVisibleToThePersonAndToAdmins() {
		PlatformUser person = personWithEverything("Anna Audit");
		assertThat(mvc.get().uri("/meine-daten").with(user(person))).bodyText()
			.contains("Berta Beraterin (Demo)", "Personenprofil angesehen");
		assertThat(mvc.get().uri("/admin/protokoll?suche=" + person.email()).with(testAccounts.as(Role.ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains(person.email(), "Berta Beraterin (Demo)");
		assertThat(mvc.get().uri("/admin/protokoll").with(user(person))).hasStatus(403);
	}

	@Test
	void advisorsSeeOnlyPeopleWhoContactedThem() {
		PlatformUser person = personWithEverything("Kai Kontakt");
		PlatformUser contacted = (PlatformUser) users.loadUserByUsername("berater@demo.itas.local");
		assertThat(mvc.get().uri("/beratung/personen/" + person.id()).with(user(contacted))).hasStatusOk()
			.bodyText()
			.contains("Kai Kontakt", "Monteur Kai Kontakt", "Zugriffsprotokoll");
		assertThat(mvc.get().uri("/beratung/personen").with(user(contacted))).bodyText().contains("Kai Kontakt");
		PlatformUser otherAdvisor = testAccounts.user(Role.ADVISOR);
		assertThat(mvc.get().uri("/beratung/personen/" + person.id()).with(user(otherAdvisor))).hasStatus(404);
		assertThat(mvc.get().uri("/beratung/personen/" + person.id()).with(testAccounts.as(Role.COMPANY_ADMIN)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/beratung/personen/" + person.id()).with(testAccounts.as(Role.ADMIN))).hasStatus(403);
		PlatformUser colleague = personWithEverything("Nora Neugier");
		assertThat(mvc.get().uri("/beratung/personen/" + person.id()).with(user(colleague))).hasStatus(403);
	}

	@Test
	void theOwnProfileIsValidatedAndKeepsWhatWasTyped() {
		PlatformUser person = testAccounts.user(Role.EMPLOYEE);
		long version = profiles.own(person.id()).version();
		assertThat(mvc.post()
			.uri("/mein-profil")
			.with(user(person))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("districtCode", "atlantis")
			.param("jobTitle", "Instandhalter")
			.param("commutingRadiusKm", "999")
			.param("phone", "ruf mich an")
			.param("employer", "keine-uuid")).hasStatusOk()
			.bodyText()
			.contains("Bitte wählen Sie den Landkreis aus der Liste.", "zwischen 0 und 300", "Telefonnummer",
					"Bitte wählen Sie ein Unternehmen aus der Liste.", "value=\"Instandhalter\"");
		assertThat(profiles.own(person.id()).version()).isEqualTo(version);
		assertThat(mvc.post()
			.uri("/mein-profil")
			.with(user(person))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("districtCode", "vogtlandkreis")
			.param("jobTitle", "Instandhalter")
			.param("commutingRadiusKm", "30")
			.param("retraining", "YES")
			.param("contactPreference", "EMAIL")).hasRedirectedUrl("/mein-profil");
		assertThat(profiles.own(person.id()).details().districtCode()).isEqualTo("vogtlandkreis");
		assertThat(mvc.post()
			.uri("/mein-profil")
			.with(user(person))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("jobTitle", "Veraltet")).bodyText().contains("inzwischen an anderer Stelle geändert");
	}

	@Test
	void aNewPrivacyNoticeVersionIsAskedForAgain() {
		PlatformUser person = testAccounts.user(Role.EMPLOYEE, Role.PROVIDER);
		jdbc.update("DELETE FROM accounts.consent WHERE user_id = ?", person.id());
		assertThat(mvc.get().uri("/mein-bereich").with(user(person))).hasRedirectedUrl("/datenschutz/zustimmung");
		assertThat(mvc.post().uri("/datenschutz/zustimmung").with(user(person)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Bitte stimmen Sie der Datenschutzerklärung zu");
		assertThat(mvc.post().uri("/datenschutz/zustimmung").with(user(person)).with(csrf()).param("consent", "true"))
			.hasRedirectedUrl("/mein-bereich");
		assertThat(mvc.get().uri("/mein-bereich").with(user(person))).hasStatusOk();
	}

	@Test
	void personalPagesAreClosedToVisitors() {
		for (String path : List.of("/meine-daten", "/mein-profil", "/konto", "/api/v1/me/export", "/meine-daten/loeschen",
				"/beratung/personen", "/admin/protokoll", "/admin/postausgang")) {
			assertThat(mvc.get().uri(path)).as(path).hasStatus3xxRedirection();
		}
	}

}
