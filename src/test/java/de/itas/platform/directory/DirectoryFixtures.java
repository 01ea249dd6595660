package de.itas.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;

/** Companies with profiles for tests, each with a name no other test uses. */
@Component
class DirectoryFixtures {

	private final Organisations organisations;
	private final CompanyProfiles profiles;
	private final CompanyProfileRepository repository;
	private final TransactionTemplate transactions;
	private final JdbcTemplate jdbc;

	DirectoryFixtures(Organisations organisations, CompanyProfiles profiles, CompanyProfileRepository repository,
			TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.organisations = organisations;
		this.profiles = profiles;
		this.repository = repository;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/**
	 * Waits until the listeners have handled the registration of this organisation: module listeners run
	 * asynchronously after the registering transaction, and the event publication registry marks each
	 * publication complete when its listener is done.
	 */
	void awaitRegistrationHandled(UUID organisationId) {
		String event = "%" + organisationId + "%";
		assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
				Integer.class, event)).as("registration of %s published", organisationId).isPositive();
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject(
					"SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL",
					Integer.class, event) == 0);
	}

	/** A word of letters only that occurs nowhere else, for finding exactly one test's company. */
	static String token() {
		StringBuilder word = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16) % 26));
		}
		return word.substring(0, 12).toLowerCase(Locale.ROOT);
	}

	/** A registered company (through the accounts module) whose profile has these details. */
	UUID company(ProfileDetails details) {
		UUID id = organisations.ensure(details.name(), OrganisationKind.COMPANY, details.districtCode(), null).id();
		awaitRegistrationHandled(id);
		transactions.executeWithoutResult(status -> {
			profiles.createIfAbsent(id, details.name(), details.districtCode());
			repository.findById(id).orElseThrow().change(details, Instant.now());
		});
		return id;
	}

	/** A registered company whose profile is still empty. */
	UUID emptyCompany(String name) {
		UUID id = organisations.ensure(name, OrganisationKind.COMPANY, "chemnitz", null).id();
		awaitRegistrationHandled(id);
		return id;
	}

}
