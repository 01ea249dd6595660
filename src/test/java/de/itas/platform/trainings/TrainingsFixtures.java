package de.itas.platform.trainings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.trainings.search.Places;

/**
 * Providers, offers and runs for the trainings tests, each with a unique word so tests do not see each other's data.
 * Public for the tests of the module's subpackages (the search), which see the module's internals only through it.
 */
@Component
public class TrainingsFixtures {

	/**
	 * The platform's zone (the application's clock): "today" of a test must be the platform's today, not the
	 * JVM's, which is UTC in CI and a day behind between midnight in Berlin and midnight UTC.
	 */
	public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Berlin");

	public static final String SKILL = DemoOffers.SKILL;
	static final String OCCUPATION = DemoOffers.OCCUPATION;

	private static final Random RANDOM = new Random();

	private final Organisations organisations;
	private final TestMemberships memberships;
	private final Offers offers;
	private final OfferStore store;
	private final Places places;
	private final LoadData loadData;
	private final TransactionTemplate transactions;
	private final TestAccounts accounts;

	TrainingsFixtures(Organisations organisations, TestMemberships memberships, Offers offers, OfferStore store,
			Places places, LoadData loadData, TransactionTemplate transactions, TestAccounts accounts) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.offers = offers;
		this.store = store;
		this.places = places;
		this.loadData = loadData;
		this.transactions = transactions;
		this.accounts = accounts;
	}

	/** A person with an account of their own, so that the notifications about their registrations reach them. */
	PlatformUser person(String name) {
		return accounts.person(name);
	}

	/** A word that occurs nowhere else, e.g. "quorvexal". */
	public static String token() {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder("q");
		for (int i = 0; i < 4; i++) {
			word.append(vowels.charAt(RANDOM.nextInt(vowels.length())));
			word.append(consonants.charAt(RANDOM.nextInt(consonants.length())));
		}
		return word.toString();
	}

	public OrganisationSummary provider(String name) {
		return organisations.ensure(name + " (Test)", OrganisationKind.PROVIDER, "zwickau", null);
	}

	PlatformUser staff(OrganisationSummary provider) {
		return memberships.member("staff-" + provider.id() + "@test.itas.local", provider.id(), Role.PROVIDER);
	}

	public static OfferDraft draft(String title, int hours, int price, boolean azav, List<String> skillKeys) {
		return new OfferDraft(title, "Kurzbeschreibung " + title, "## Inhalt\n\n- Punkt eins", Format.PRESENCE,
				"Beschäftigte", "de", BigDecimal.valueOf(hours), BigDecimal.valueOf(price), azav, azav,
				skillKeys.stream().map(key -> SKILL + key).toList(), List.of(), null, "Kontakt", "kurs@test.example", "");
	}

	public long offer(OrganisationSummary provider, OfferDraft draft) {
		return transactions.execute(status -> offers.createChecked(provider, draft, OfferStatus.PUBLISHED));
	}

	public static RunDraft run(int startInDays, String city, String district, int capacity) {
		LocalDate start = LocalDate.now(ZONE).plusDays(startInDays);
		return new RunDraft(start, start.plusDays(4), "Mo–Fr 8–16 Uhr", false, "Schulungsraum", "Hauptstraße 1", "08056",
				city, district, capacity);
	}

	public long run(long offerId, RunDraft run) {
		return transactions.execute(status -> store.insertRun(offerId, run,
				places.locate(run.city(), run.districtCode()).orElse(null)));
	}

	public long transactionsCreateDraft(OrganisationSummary provider, OfferDraft draft) {
		return transactions.execute(status -> offers.createChecked(provider, draft, OfferStatus.DRAFT));
	}

	/** Changes a run's details as stored, without the rules (a test moves runs freely); whether the version matched. */
	public boolean updateRun(long runId, long version, RunDraft run) {
		return Boolean.TRUE.equals(transactions.execute(status -> store.updateRun(runId, version, run, null)));
	}

	/** Cancels a run as stored; whether the version matched. */
	public boolean cancelRun(long runId, long version) {
		return Boolean.TRUE.equals(transactions.execute(status -> store.cancelRun(runId, version)));
	}

	/** Archives an offer as stored; whether the version matched. */
	public boolean archive(long offerId, long version) {
		return Boolean.TRUE.equals(transactions
			.execute(status -> store.changeStatus(offerId, version, OfferStatus.ARCHIVED, java.time.Instant.now())));
	}

	/** Replaces the skills an offer teaches (and drops its occupations) as stored. */
	public void teach(long offerId, List<Labelled> skills) {
		transactions.executeWithoutResult(status -> store.replaceLinks(offerId, skills, List.of()));
	}

	/** Synthetic offers and runs of the load-data generator ({@link #removeLoadData()} takes them away again). */
	public void loadData(int offerCount, int runCount) {
		loadData.generate(offerCount, runCount);
	}

	/** Removes the synthetic offers again, so that other tests' expectations on the shared database hold. */
	public void removeLoadData(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM trainings.offer WHERE provider_name LIKE ?", LoadData.PROVIDER_PREFIX + "%");
	}

	Offers offers() {
		return offers;
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
