package de.itas.platform.trainings;

import static de.itas.platform.trainings.TrainingRegistrationIntegrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * A provider cancels a whole run (Termin absagen): every confirmed and waiting registration is cancelled and
 * its person told by mail, all in one transaction; another provider, an outdated confirmation, a second
 * cancellation and a run that has begun are refused with nothing changed.
 */
@PlatformTest
class TrainingRunCancellationIntegrationTests {

	private static final String SUBJECT = "Ihr Weiterbildungstermin wurde abgesagt";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	Offers offers;

	@Autowired
	Outbox outbox;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	record Setup(OrganisationSummary provider, PlatformUser staff, String title, long offer, long run,
			List<PlatformUser> people, List<RegistrationSummary> registrations) {
	}

	/** A run with two places: two people confirmed, one waiting, one who cancelled earlier. */
	private Setup runWithTwoConfirmedOneWaitingOneCancelled() {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Absage " + token);
		String title = "Absagekurs " + token;
		long offer = fixtures.offer(provider, TrainingsFixtures.draft(title, 16, 300, false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(14, "Zwickau", "zwickau", 2));
		List<PlatformUser> people = List.of(fixtures.person(token + "-a"), fixtures.person(token + "-b"), fixtures.person(token + "-c"),
				fixtures.person(token + "-d"));
		List<RegistrationSummary> made = people.subList(0, 3).stream()
			.map(person -> as(person, () -> registrations.registerSelf(run)))
			.toList();
		assertThat(made).extracting(RegistrationSummary::status)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);
		PlatformUser late = people.get(3);
		RegistrationSummary withdrawn = as(late, () -> registrations.registerSelf(run));
		as(late, () -> {
			registrations.cancel(withdrawn.id());
			return null;
		});
		return new Setup(provider, fixtures.staff(provider), title, offer, run, people, made);
	}

	@Test
	void theProviderConfirmsAndEveryRegisteredAndWaitingPersonIsCancelledAndToldByMail() {
		Setup setup = runWithTwoConfirmedOneWaitingOneCancelled();
		RunDetails before = offers.run(setup.run()).orElseThrow();

		MvcTestResult editor = mvc.get().uri("/anbieter/angebote/{id}", setup.offer()).with(user(setup.staff())).exchange();
		assertThat(editor).hasStatusOk().bodyText().contains("/anbieter/termine/" + setup.run() + "/absagen");
		MvcTestResult participants = mvc.get().uri("/anbieter/termine/{id}/teilnehmende", setup.run())
			.with(user(setup.staff())).exchange();
		assertThat(participants).hasStatusOk().bodyText().contains("/anbieter/termine/" + setup.run() + "/absagen");

		MvcTestResult confirmation = mvc.get().uri("/anbieter/termine/{id}/absagen", setup.run())
			.with(user(setup.staff())).exchange();
		assertThat(confirmation).hasStatusOk().bodyText().contains(setup.title(), before.startDate().format(DATE),
				"3 Personen (2 angemeldet, 1 auf der Warteliste)", "Termin endgültig absagen",
				"name=\"version\" value=\"" + before.version() + "\"");
		assertThat(offers.run(setup.run()).orElseThrow().cancelled()).as("showing the confirmation changes nothing")
			.isFalse();

		MvcTestResult done = mvc.post().uri("/anbieter/termine/{id}/absagen", setup.run()).with(user(setup.staff()))
			.with(csrf()).param("version", String.valueOf(before.version())).exchange();
		assertThat(done).hasRedirectedUrl("/anbieter/angebote/" + setup.offer());
		assertThat(done.getMvcResult().getFlashMap().get("message")).isEqualTo("trainings.run-cancel.done");

		assertThat(offers.run(setup.run()).orElseThrow().cancelled()).isTrue();
		for (RegistrationSummary registration : setup.registrations()) {
			assertThat(registrations.registration(registration.id()).orElseThrow().status())
				.isEqualTo(RegistrationStatus.CANCELLED);
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = :run "
				+ "AND status = 'CANCELLED' AND cancelled_at IS NOT NULL AND cancelled_by = 'PROVIDER'",
				new MapSqlParameterSource("run", setup.run()), Integer.class)).isEqualTo(3);
		for (PlatformUser person : setup.people().subList(0, 3)) {
			List<Outbox.StoredMail> mails = Mails.to(outbox, person.email()).stream()
				.filter(mail -> mail.subject().equals(SUBJECT))
				.toList();
			assertThat(mails).as("cancellation mail to %s", person.email()).hasSize(1);
			assertThat(mails.get(0).text()).contains("hat den Termin „" + setup.title() + "“ vom "
					+ before.startDate().format(DATE)).contains("/weiterbildung/" + setup.offer());
		}
		assertThat(Mails.to(outbox, setup.people().get(3).email())).extracting(Outbox.StoredMail::subject)
			.as("who had cancelled before is not told again")
			.doesNotContain(SUBJECT);

		// the provider sees the run as cancelled; the public page shows it, not bookable
		assertThat(mvc.get().uri("/anbieter/angebote/{id}", setup.offer()).with(user(setup.staff())).exchange())
			.hasStatusOk().bodyText().contains("Abgesagt").doesNotContain("/anbieter/termine/" + setup.run() + "/absagen");
		MvcTestResult publicPage = mvc.get().uri("/weiterbildung/{id}", setup.offer()).with(user(setup.people().get(0)))
			.exchange();
		assertThat(publicPage).hasStatusOk().bodyText().contains("Dieser Termin wurde abgesagt.")
			.doesNotContain("/weiterbildung/termine/" + setup.run() + "/anmelden");
		assertThatThrownBy(() -> as(fixtures.person(TrainingsFixtures.token()), () -> registrations.registerSelf(setup.run())))
			.isInstanceOf(RegistrationClosedException.class);
	}

	@Test
	void anotherProviderIsRefusedAndNothingChanges() {
		Setup setup = runWithTwoConfirmedOneWaitingOneCancelled();
		PlatformUser otherStaff = fixtures.staff(fixtures.provider("Fremd " + TrainingsFixtures.token()));
		long version = offers.run(setup.run()).orElseThrow().version();

		assertThat(mvc.get().uri("/anbieter/termine/{id}/absagen", setup.run()).with(user(otherStaff)).exchange())
			.hasStatus(403);
		assertThat(mvc.post().uri("/anbieter/termine/{id}/absagen", setup.run()).with(user(otherStaff)).with(csrf())
			.param("version", String.valueOf(version)).exchange()).hasStatus(403);
		assertThatThrownBy(() -> as(otherStaff, () -> offers.cancelRun(setup.run(), version)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(mvc.post().uri("/anbieter/termine/{id}/absagen", setup.run()).with(csrf())
			.param("version", String.valueOf(version)).exchange()).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/anbieter/termine/{id}/absagen", 987_654_321L).with(user(setup.staff())).exchange())
			.hasStatus(404);

		assertUnchanged(setup, version);
	}

	@Test
	void aConfirmationBasedOnAnOutdatedRunIsRefusedWithAConflictAndNothingChanges() {
		Setup setup = runWithTwoConfirmedOneWaitingOneCancelled();
		RunDetails seen = offers.run(setup.run()).orElseThrow();
		// a colleague edits the run meanwhile
		as(setup.staff(), () -> {
			offers.changeRun(setup.run(), seen.version(), new RunDraft(seen.startDate(), seen.endDate(), "Mo–Fr 9–17 Uhr",
					false, "Schulungsraum", "Hauptstraße 1", "08056", "Zwickau", "zwickau", 2));
			return null;
		});
		long current = offers.run(setup.run()).orElseThrow().version();
		assertThat(current).isNotEqualTo(seen.version());

		MvcTestResult stale = mvc.post().uri("/anbieter/termine/{id}/absagen", setup.run()).with(user(setup.staff()))
			.with(csrf()).param("version", String.valueOf(seen.version())).exchange();
		assertThat(stale).hasStatus(409).bodyText()
			.contains("Der Termin wurde inzwischen von jemand anderem geändert. Es wurde nichts abgesagt.")
			.contains("name=\"version\" value=\"" + current + "\"");
		assertThatThrownBy(() -> as(setup.staff(), () -> offers.cancelRun(setup.run(), seen.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertUnchanged(setup, current);
	}

	@Test
	void aRunIsCancelledOnlyOnceAndARunThatHasBegunNotAtAll() {
		Setup setup = runWithTwoConfirmedOneWaitingOneCancelled();
		long version = offers.run(setup.run()).orElseThrow().version();
		int cancelled = as(setup.staff(), () -> offers.cancelRun(setup.run(), version));
		assertThat(cancelled).isEqualTo(3);
		long after = offers.run(setup.run()).orElseThrow().version();

		MvcTestResult again = mvc.post().uri("/anbieter/termine/{id}/absagen", setup.run()).with(user(setup.staff()))
			.with(csrf()).param("version", String.valueOf(after)).exchange();
		assertThat(again).hasStatus(409).bodyText().contains("Dieser Termin ist bereits abgesagt.")
			.doesNotContain("Termin endgültig absagen");
		assertThatThrownBy(() -> as(setup.staff(), () -> offers.cancelRun(setup.run(), after)))
			.isInstanceOfSatisfying(RunNotCancellableException.class,
					ex -> assertThat(ex.reason()).isEqualTo(RunNotCancellableException.Reason.ALREADY_CANCELLED));
		assertThat(mvc.get().uri("/anbieter/termine/{id}/absagen", setup.run()).with(user(setup.staff())).exchange())
			.hasStatusOk().bodyText().contains("Dieser Termin ist bereits abgesagt.").doesNotContain("Termin endgültig absagen");
		for (PlatformUser person : setup.people().subList(0, 3)) {
			assertThat(Mails.to(outbox, person.email())).filteredOn(mail -> mail.subject().equals(SUBJECT)).hasSize(1);
		}

		long begun = fixtures.run(setup.offer(), TrainingsFixtures.run(-1, "Zwickau", "zwickau", 5));
		long begunVersion = offers.run(begun).orElseThrow().version();
		assertThatThrownBy(() -> as(setup.staff(), () -> offers.cancelRun(begun, begunVersion)))
			.isInstanceOfSatisfying(RunNotCancellableException.class,
					ex -> assertThat(ex.reason()).isEqualTo(RunNotCancellableException.Reason.STARTED));
		assertThat(mvc.post().uri("/anbieter/termine/{id}/absagen", begun).with(user(setup.staff())).with(csrf())
			.param("version", String.valueOf(begunVersion)).exchange()).hasStatus(409).bodyText()
			.contains("Dieser Termin hat bereits begonnen und kann nicht mehr abgesagt werden.");
		assertThat(offers.run(begun).orElseThrow().cancelled()).isFalse();
	}

	@Test
	void aCancelledRunIsNoLongerChangedNeitherThroughTheEditorNorTheService() {
		Setup setup = runWithTwoConfirmedOneWaitingOneCancelled();
		long version = offers.run(setup.run()).orElseThrow().version();
		as(setup.staff(), () -> offers.cancelRun(setup.run(), version));
		RunDetails cancelled = offers.run(setup.run()).orElseThrow();

		assertThat(mvc.get().uri("/anbieter/termine/{id}", setup.run()).with(user(setup.staff())).exchange())
			.hasStatus3xxRedirection().hasRedirectedUrl("/anbieter/angebote/" + setup.offer())
			.flash().containsEntry("message", "trainings.run.cancelled-not-editable");
		LocalDate start = LocalDate.now().plusDays(40);
		assertThat(mvc.post().uri("/anbieter/termine/{id}", setup.run()).with(user(setup.staff())).with(csrf())
			.param("version", String.valueOf(cancelled.version())).param("startDate", start.toString())
			.param("endDate", start.plusDays(1).toString()).param("city", "Plauen").param("districtCode", "vogtlandkreis")
			.param("capacity", "30").exchange())
			.hasStatus3xxRedirection().flash().containsEntry("message", "trainings.run.cancelled-not-editable");
		RunDraft draft = new RunDraft(start, start.plusDays(1), "", false, "", "", "", "Plauen", "vogtlandkreis", 30);
		assertThatThrownBy(() -> as(setup.staff(), () -> {
			offers.changeRun(setup.run(), cancelled.version(), draft);
			return null;
		})).isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems())
			.extracting(FieldProblem::messageKey).containsExactly("trainings.error.run-cancelled"));

		RunDetails after = offers.run(setup.run()).orElseThrow();
		assertThat(after.version()).isEqualTo(cancelled.version());
		assertThat(after.startDate()).isEqualTo(cancelled.startDate());
		assertThat(after.capacity()).isEqualTo(cancelled.capacity());
	}

	/**
	 * Twenty people register while the provider cancels: each registration either came first and is cancelled
	 * with a mail, or comes after and is refused; none stays confirmed or waiting, and the cancellation
	 * itself succeeds (registering does not change the run's version).
	 */
	@Test
	void registrationsRacingTheCancellationEndCancelledOrRefused() throws Exception {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Wettlauf " + token);
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Wettlaufkurs " + token, 16, 300, false, List.of()));
		long run = fixtures.run(offer, TrainingsFixtures.run(14, "Zwickau", "zwickau", 5));
		PlatformUser staff = fixtures.staff(provider);
		long version = offers.run(run).orElseThrow().version();
		List<PlatformUser> people = java.util.stream.IntStream.range(0, 20).mapToObj(i -> fixtures.person(token + "-" + i)).toList();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(21);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		try {
			List<java.util.concurrent.Future<Object>> outcomes = new java.util.ArrayList<>();
			for (PlatformUser person : people) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						return as(person, () -> registrations.registerSelf(run));
					}
					catch (RegistrationClosedException ex) {
						return ex;
					}
				}));
			}
			java.util.concurrent.Future<Integer> cancel = pool.submit(() -> {
				start.await();
				return as(staff, () -> offers.cancelRun(run, version));
			});
			start.countDown();
			int cancelled = cancel.get(60, java.util.concurrent.TimeUnit.SECONDS);
			List<Object> results = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Object> outcome : outcomes) {
				results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS)); // rethrows anything else
			}
			List<RegistrationSummary> registered = results.stream()
				.filter(RegistrationSummary.class::isInstance).map(RegistrationSummary.class::cast).toList();
			assertThat(results).allMatch(r -> r instanceof RegistrationSummary || r instanceof RegistrationClosedException);
			assertThat(cancelled).isEqualTo(registered.size());
			assertThat(offers.run(run).orElseThrow().cancelled()).isTrue();
			assertThat(as(staff, () -> registrations.participants(run))).hasSize(registered.size())
				.allMatch(r -> r.status() == RegistrationStatus.CANCELLED);
			for (RegistrationSummary registration : registered) {
				assertThat(Mails.to(outbox, registration.personEmail())).extracting(Outbox.StoredMail::subject)
					.contains(SUBJECT);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void assertUnchanged(Setup setup, long version) {
		RunDetails run = offers.run(setup.run()).orElseThrow();
		assertThat(run.cancelled()).isFalse();
		assertThat(run.version()).isEqualTo(version);
		assertThat(setup.registrations()).extracting(r -> registrations.registration(r.id()).orElseThrow().status())
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);
		for (PlatformUser person : setup.people()) {
			assertThat(Mails.to(outbox, person.email())).extracting(Outbox.StoredMail::subject).doesNotContain(SUBJECT);
		}
	}

}
