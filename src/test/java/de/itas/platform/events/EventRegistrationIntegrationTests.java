package de.itas.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.figures.FigureValue;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * EventRegistrations on the database: places per mode under 50 concurrent single and group registrations, the
 * waiting list moving up (a group only when it fits, nobody overtaking), offers that expire and pass on,
 * refusals with their reasons, reminders once, the figures and the erasure of a person's data.
 */
@PlatformTest
class EventRegistrationIntegrationTests {

	@Autowired
	EventRegistrations registrations;

	@Autowired
	EventsRegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	EventsFigureSource figures;

	@Autowired
	EventsPersonalData personalData;

	/** What one of the parallel requests got: its registrations, or the reason it was refused. */
	record Answer(List<RegistrationView> registrations, String refusal) {
	}

	@Test
	void fiftyParallelSingleAndGroupRegistrationsNeverOverbookAndAllGetAnAnswer() throws Exception {
		OrganisationSummary organiser = fixtures.organiser();
		EventView event = fixtures.open(organiser, 5, 3);
		OrganisationSummary company = fixtures.company();
		PlatformUser admin = fixtures.companyAdmin(company);
		OrganisationSummary otherCompany = fixtures.company();
		PlatformUser otherAdmin = fixtures.companyAdmin(otherCompany);
		String token = EventsRegistrationFixtures.token();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Answer>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < 50; i++) {
				int n = i;
				AttendanceMode mode = n % 2 == 0 ? AttendanceMode.ONSITE : AttendanceMode.ONLINE;
				Callable<Answer> request;
				if (n % 5 == 0) {
					// a group of 2 or 3, by one of two company admins, accepting the waiting list
					int size = n % 10 == 0 ? 3 : 2;
					List<EventRegistrations.Person> people = new ArrayList<>();
					for (int p = 0; p < size; p++) {
						people.add(new EventRegistrations.Person("Gruppe " + n + " Person " + p,
								token + "-g" + n + "-" + p + "@test.itas.local", ""));
					}
					PlatformUser by = n % 10 == 0 ? admin : otherAdmin;
					UUID companyId = n % 10 == 0 ? company.id() : otherCompany.id();
					request = () -> SignedIn.as(by, () -> {
						start.await();
						return answer(() -> registrations.registerGroup(event.id(), companyId, mode, people, true));
					});
				}
				else {
					PlatformUser person = new PlatformUser(UUID.randomUUID(), token + "-" + n + "@test.itas.local",
							"Person " + n, EnumSet.of(Role.EMPLOYEE), true, null);
					request = () -> SignedIn.as(person, () -> {
						start.await();
						return answer(() -> List.of(registrations.registerSelf(event.id(), mode, "", Map.of())));
					});
				}
				futures.add(pool.submit(request));
			}
			start.countDown();
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> future : futures) {
				answers.add(future.get()); // rethrows anything that is neither a registration nor a refusal
			}
			assertThat(answers).hasSize(50).allSatisfy(answer ->
					assertThat(!answer.registrations().isEmpty() || !answer.refusal().isEmpty()).isTrue());
			assertThat(answers).allSatisfy(answer -> assertThat(answer.refusal()).isEmpty());
		}
		finally {
			pool.shutdownNow();
		}
		List<RegistrationView> stored = fixtures.registrations(event.id());
		// 40 singles and 10 groups (5 of 3, 5 of 2)
		assertThat(stored).hasSize(40 + 5 * 3 + 5 * 2);
		for (AttendanceMode mode : AttendanceMode.values()) {
			List<RegistrationView> ofMode = stored.stream().filter(r -> r.mode() == mode).toList();
			long holding = ofMode.stream().filter(r -> r.status().holdsPlace()).count();
			assertThat(holding).as("places held %s", mode).isPositive().isLessThanOrEqualTo(event.capacity(mode));
			assertThat(ofMode).allSatisfy(r -> assertThat(r.status()).isIn(RegistrationStatus.CONFIRMED,
					RegistrationStatus.WAITING));
			// the waiting list is one strict order of distinct positions
			List<Integer> positions = ofMode.stream()
				.filter(r -> r.status() == RegistrationStatus.WAITING)
				.map(registrations::waitingPosition)
				.sorted()
				.toList();
			assertThat(positions).doesNotHaveDuplicates()
				.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, positions.size()).boxed().toList());
		}
		// no group was split
		Map<UUID, Set<RegistrationStatus>> groups = stored.stream()
			.filter(r -> r.groupId() != null)
			.collect(Collectors.groupingBy(RegistrationView::groupId,
					Collectors.mapping(RegistrationView::status, Collectors.toSet())));
		assertThat(groups).hasSize(10).allSatisfy((group, statuses) -> assertThat(statuses).hasSize(1));
	}

	private static Answer answer(Callable<List<RegistrationView>> registration) throws Exception {
		try {
			return new Answer(registration.call(), "");
		}
		catch (RegistrationRefused ex) {
			return new Answer(List.of(), ex.messageKey());
		}
		catch (FieldProblems ex) {
			return new Answer(List.of(), ex.problems().get(0).messageKey());
		}
	}

	@Test
	void aCancellationOffersThePlacesToTheHeadAndAGroupOnlyWhenItFitsWhileNobodyOvertakes() {
		EventView event = fixtures.open(fixtures.organiser(), 2, null);
		String token = EventsRegistrationFixtures.token();
		PlatformUser first = accounts.person("Erste " + token);
		PlatformUser second = accounts.person("Zweite " + token);
		PlatformUser later = accounts.person("Spaeter " + token);
		OrganisationSummary company = fixtures.company();
		PlatformUser admin = fixtures.companyAdmin(company);
		RegistrationView a = SignedIn.as(first, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		RegistrationView b = SignedIn.as(second, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		List<EventRegistrations.Person> people = List.of(new EventRegistrations.Person("Anna " + token, token + "-anna@test.itas.local", ""),
				new EventRegistrations.Person("Ben " + token, token + "-ben@test.itas.local", ""));
		// without accepting the waiting list the group is told first, and nothing is stored
		assertThatThrownBy(() -> SignedIn.as(admin,
				() -> registrations.registerGroup(event.id(), company.id(), null, people, false)))
			.isInstanceOfSatisfying(GroupMustWait.class, ex -> {
				assertThat(ex.size()).isEqualTo(2);
				assertThat(ex.free()).isZero();
			});
		assertThat(fixtures.registrations(event.id())).hasSize(2);
		List<RegistrationView> group = SignedIn.as(admin,
				() -> registrations.registerGroup(event.id(), company.id(), null, people, true));
		RegistrationView c = SignedIn.as(later, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		assertThat(a.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(b.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(group).extracting(RegistrationView::status).containsOnly(RegistrationStatus.WAITING);
		assertThat(c.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(registrations.waitingPosition(fixtures.registration(c.id()))).isEqualTo(3);

		SignedIn.as(first, () -> registrations.cancel(a.id()));
		// one place for a group of two: the group does not fit, and the later single does not overtake it
		assertThat(fixtures.registration(group.get(0).id()).status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(fixtures.registration(c.id()).status()).isEqualTo(RegistrationStatus.WAITING);

		SignedIn.as(second, () -> registrations.cancel(b.id()));
		assertThat(group).allSatisfy(r -> assertThat(fixtures.registration(r.id()).status())
			.isEqualTo(RegistrationStatus.OFFERED));
		assertThat(fixtures.registration(c.id()).status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(Mails.to(outbox, token + "-anna@test.itas.local"))
			.anySatisfy(mail -> assertThat(mail.subject()).isEqualTo("Ein Platz ist für Sie frei geworden"));

		// the admin accepts the places for the whole group
		List<RegistrationView> confirmed = SignedIn.as(admin, () -> registrations.confirmOffer(group.get(0).id()));
		assertThat(confirmed).hasSize(2).extracting(RegistrationView::status).containsOnly(RegistrationStatus.CONFIRMED);
		assertThat(fixtures.find(event.id()).places().held(AttendanceMode.ONSITE)).isEqualTo(2);
		assertThat(Mails.to(outbox, token + "-ben@test.itas.local"))
			.anySatisfy(mail -> assertThat(mail.attachments()).extracting(Outbox.StoredAttachment::fileName)
				.contains("termin.ics").anyMatch(name -> name.endsWith(".pdf")));
	}

	@Test
	void anExpiredOfferPassesThePlaceOnWithoutLosingIt() {
		EventView event = fixtures.open(fixtures.organiser(), 1, null);
		String token = EventsRegistrationFixtures.token();
		PlatformUser first = accounts.person("Platz " + token);
		PlatformUser slow = accounts.person("Langsam " + token);
		PlatformUser next = accounts.person("Naechste " + token);
		RegistrationView a = SignedIn.as(first, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		RegistrationView b = SignedIn.as(slow, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		RegistrationView c = SignedIn.as(next, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		SignedIn.as(first, () -> registrations.cancel(a.id()));
		RegistrationView offered = fixtures.registration(b.id());
		assertThat(offered.status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(offered.offerUntil()).isBetween(fixtures.now().plus(Duration.ofHours(47)),
				fixtures.now().plus(Duration.ofHours(49)));

		assertThat(registrations.expireOffers()).as("an open offer does not expire").isZero();
		fixtures.offerRunsOutAt(b.id(), fixtures.now().minusSeconds(1));
		assertThat(registrations.expireOffers()).isEqualTo(1);
		assertThat(fixtures.registration(b.id()).status()).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(fixtures.registration(c.id()).status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(fixtures.find(event.id()).places().held(AttendanceMode.ONSITE)).isEqualTo(1);
		assertThat(Mails.to(outbox, slow.email()))
			.anySatisfy(mail -> assertThat(mail.subject()).isEqualTo("Ihr Platzangebot ist abgelaufen"));
		// an expired offer cannot be confirmed any more
		assertThatThrownBy(() -> SignedIn.as(slow, () -> registrations.confirmOffer(b.id())))
			.isInstanceOf(RegistrationRefused.class);
		assertThat(SignedIn.as(next, () -> registrations.confirmOffer(c.id())))
			.extracting(RegistrationView::status).containsExactly(RegistrationStatus.CONFIRMED);
	}

	@Test
	void anOfferNeverOutlastsTheRegistration() {
		EventView event = fixtures.open(fixtures.organiser(), 1, null);
		fixtures.deadline(event.id(), fixtures.now().plus(Duration.ofHours(5)));
		String token = EventsRegistrationFixtures.token();
		PlatformUser first = accounts.person("Frist " + token);
		PlatformUser second = accounts.person("Fristzwei " + token);
		RegistrationView a = SignedIn.as(first, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		RegistrationView b = SignedIn.as(second, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		SignedIn.as(first, () -> registrations.cancel(a.id()));
		assertThat(fixtures.registration(b.id()).offerUntil()).isEqualTo(fixtures.find(event.id()).registrationUntil());
	}

	@Test
	void registrationsAreRefusedWithTheirReason() {
		OrganisationSummary organiser = fixtures.organiser();
		String token = EventsRegistrationFixtures.token();
		PlatformUser person = accounts.person("Abgewiesen " + token);

		EventView late = fixtures.open(organiser, 5, null);
		fixtures.deadline(late.id(), fixtures.now().minusSeconds(60));
		assertRefused(person, late, "events.registration.refused.deadline");

		EventView cancelled = fixtures.open(organiser, 5, null);
		PlatformUser staff = fixtures.staff(organiser);
		SignedIn.as(staff, () -> registrations.cancelEvent(cancelled.id(), "Krankheit"));
		assertRefused(person, cancelled, "events.registration.refused.cancelled");

		EventView past = fixtures.open(organiser, 5, null);
		fixtures.startAt(past.id(), fixtures.now().minus(Duration.ofDays(2)));
		assertRefused(person, past, "events.registration.refused.past");

		EventView twice = fixtures.open(organiser, 5, 5);
		SignedIn.as(person, () -> registrations.registerSelf(twice.id(), AttendanceMode.ONLINE, "", Map.of()));
		assertRefused(person, twice, "events.registration.refused.already");

		// a hybrid event needs the mode
		EventView hybrid = fixtures.open(organiser, 5, 5);
		assertThatThrownBy(() -> SignedIn.as(person, () -> registrations.registerSelf(hybrid.id(), null, "", Map.of())))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.fields()).containsExactly("mode"));
		assertThat(fixtures.registrations(hybrid.id())).isEmpty();
	}

	private void assertRefused(PlatformUser person, EventView event, String reason) {
		assertThatThrownBy(() -> SignedIn.as(person,
				() -> registrations.registerSelf(event.id(), AttendanceMode.ONSITE, "", Map.of())))
			.isInstanceOfSatisfying(RegistrationRefused.class, ex -> assertThat(ex.messageKey()).isEqualTo(reason));
	}

	@Test
	void everyConfirmedParticipantIsRemindedOnceTheDayBefore() {
		EventView event = fixtures.open(fixtures.organiser(), 3, 3, Duration.ofHours(20));
		String token = EventsRegistrationFixtures.token();
		PlatformUser online = accounts.person("Erinnert " + token);
		SignedIn.as(online, () -> registrations.registerSelf(event.id(), AttendanceMode.ONLINE, "", Map.of()));
		assertThat(registrations.remind()).isGreaterThanOrEqualTo(1);
		assertThat(registrations.remind()).as("nobody is reminded twice").isZero();
		List<Outbox.StoredMail> reminders = Mails.to(outbox, online.email())
			.stream()
			.filter(mail -> mail.subject().startsWith("Erinnerung"))
			.toList();
		assertThat(reminders).hasSize(1);
		String ics = new String(reminders.get(0).attachments().get(0).content(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).contains("CONFERENCE").contains(event.onlineUrl());
	}

	@Test
	void checkedInPeopleCountAsParticipantsPerEventTypeWithoutPersonalData() {
		OrganisationSummary organiser = fixtures.organiser();
		EventView event = fixtures.open(organiser, 5, null);
		String token = EventsRegistrationFixtures.token();
		PlatformUser person = accounts.person("Gezaehlt " + token);
		RegistrationView registration = SignedIn.as(person,
				() -> registrations.registerSelf(event.id(), null, "", Map.of()));
		YearMonth month = YearMonth.from(event.startsAt().atZone(EventStore.BERLIN));
		long before = count(EventsFigureSource.key(EventType.WORKSHOP), month, event.districtCode());
		PlatformUser staff = fixtures.staff(organiser);
		SignedIn.as(staff, () -> registrations.checkIn(event.id(), registration.ticketCode()));
		assertThat(count(EventsFigureSource.key(EventType.WORKSHOP), month, event.districtCode())).isEqualTo(before + 1);
		assertThat(count(EventsFigureSource.PARTICIPANTS, month, event.districtCode())).isGreaterThanOrEqualTo(1);
	}

	private long count(String key, YearMonth month, String district) {
		return figures.values(key, month, month)
			.stream()
			.filter(value -> district.equals(value.districtCode()))
			.mapToLong(FigureValue::count)
			.sum();
	}

	@Test
	void anErasedPersonsFutureRegistrationIsCancelledAndItsPlaceMovesUp() {
		EventView event = fixtures.open(fixtures.organiser(), 1, null);
		String token = EventsRegistrationFixtures.token();
		PlatformUser leaving = accounts.person("Geloescht " + token);
		PlatformUser waiting = accounts.person("Wartend " + token);
		RegistrationView gone = SignedIn.as(leaving, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		RegistrationView next = SignedIn.as(waiting, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		assertThat(personalData.export(leaving.id()).get("registrations")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
		personalData.erase(leaving.id());
		RegistrationView erased = fixtures.registration(gone.id());
		assertThat(erased.status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(erased.name()).isEmpty();
		assertThat(erased.email()).isEmpty();
		assertThat(erased.accountId()).isNull();
		assertThat(fixtures.registration(next.id()).status()).isEqualTo(RegistrationStatus.OFFERED);
	}

}
