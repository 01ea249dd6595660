package de.itas.platform.directory;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

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

	DirectoryFixtures(Organisations organisations, CompanyProfiles profiles, CompanyProfileRepository repository,
			TransactionTemplate transactions) {
		this.organisations = organisations;
		this.profiles = profiles;
		this.repository = repository;
		this.transactions = transactions;
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
		transactions.executeWithoutResult(status -> {
			profiles.createIfAbsent(id, details.name(), details.districtCode());
			repository.findById(id).orElseThrow().change(details, Instant.now());
		});
		return id;
	}

	/** A registered company whose profile is still empty. */
	UUID emptyCompany(String name) {
		return organisations.ensure(name, OrganisationKind.COMPANY, "chemnitz", null).id();
	}

}
