package de.itas.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Demo users, password hashing and the own account page. */
@PlatformTest
class AccountsIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvcTester mvc;

	@Test
	void oneDemoUserPerRoleExistsWithTheSharedDemoPassword() {
		List<String> emails = jdbc.queryForList("SELECT email FROM accounts.user_account ORDER BY email", String.class);
		assertThat(emails).contains("admin@demo.itas.local", "koordination@demo.itas.local", "berater@demo.itas.local",
				"anbieter@demo.itas.local", "unternehmen@demo.itas.local", "beschaeftigte@demo.itas.local");
		UserDetails company = users.loadUserByUsername("Unternehmen@Demo.ITAS.local ");
		assertThat(company.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_COMPANY_ADMIN", "ROLE_COMPANY_MEMBER");
		assertThat(passwords.matches("itas-demo-2026", company.getPassword())).isTrue();
	}

	@Test
	void passwordsAreStoredAsArgon2idHashesOnly() {
		List<String> hashes = jdbc.queryForList("SELECT password_hash FROM accounts.user_account", String.class);
		assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("{argon2}$argon2id$"))
			.noneMatch(hash -> hash.contains("itas-demo-2026"));
	}

	@Test
	void creatingAnAccountTwiceKeepsTheFirst() {
		Instant now = Instant.parse("2026-11-21T10:00:00Z");
		assertThat(accounts.createIfAbsent("zweimal@test.itas.local", "Erst", "ein-langes-passwort", Set.of(Role.EMPLOYEE),
				now)).isTrue();
		assertThat(accounts.createIfAbsent("ZWEIMAL@test.itas.local", "Zweit", "anderes-passwort-1", Set.of(Role.ADMIN),
				now)).isFalse();
		PlatformUser user = (PlatformUser) users.loadUserByUsername("zweimal@test.itas.local");
		assertThat(user.getDisplayName()).isEqualTo("Erst");
		assertThat(user.roles()).containsExactly(Role.EMPLOYEE);
	}

	@Test
	void theAccountPageShowsOnlyTheSignedInPersonsOwnData() {
		PlatformUser employee = (PlatformUser) users.loadUserByUsername("beschaeftigte@demo.itas.local");
		assertThat(mvc.get()
			.uri("/konto")
			.accept(MediaType.TEXT_HTML)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(employee)))
			.hasStatusOk()
			.bodyText()
			.contains("beschaeftigte@demo.itas.local", "Beschäftigte/r")
			.doesNotContain("admin@demo.itas.local", "argon2");
	}

}
