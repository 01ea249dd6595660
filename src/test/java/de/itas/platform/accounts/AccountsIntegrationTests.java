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

	@Autowired
	Organisations organisations;

	@Autowired
	MembershipRepository memberships;

	@Test
	void aRoleGrantedOrTakenAwayAppliesAtTheNextRequest() {
		PlatformUser before = (PlatformUser) users.loadUserByUsername("beschaeftigte@demo.itas.local");
		var session = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(before);
		assertThat(mvc.get().uri("/admin/region").with(session)).hasStatus(403);
		OrganisationSummary partner = organisations.ensure("Testpartner Rollenwechsel", OrganisationKind.PARTNER, null,
				null);
		organisations.addMember(partner.id(), before.id(), Role.ADMIN);
		try {
			assertThat(mvc.get().uri("/admin/region").with(session)).hasStatusOk();
		}
		finally {
			memberships.deleteById(new Membership.Key(partner.id(), before.id(), Role.ADMIN));
		}
		assertThat(mvc.get().uri("/admin/region").with(session)).hasStatus(403);
	}

	@Test
	void demoStaffBelongToTheirOrganisations() {
		PlatformUser advisor = (PlatformUser) users.loadUserByUsername("berater@demo.itas.local");
		assertThat(advisor.roles()).containsExactly(Role.ADVISOR);
		assertThat(organisations.membershipsOf(advisor.id())).extracting(MembershipSummary::organisationName)
			.containsExactly("Industrie- und Handelskammer Chemnitz");
		PlatformUser company = (PlatformUser) users.loadUserByUsername("unternehmen@demo.itas.local");
		java.util.UUID companyId = organisations.organisationsWhere(company.id(), Role.COMPANY_ADMIN).get(0);
		assertThat(organisations.organisation(companyId).orElseThrow().name())
			.isEqualTo("Muldental Antriebstechnik GmbH (fiktiv)");
		assertThat(organisations.hasRole(company.id(), companyId, Role.COMPANY_ADMIN)).isTrue();
		assertThat(organisations.hasRole(advisor.id(), companyId, Role.COMPANY_ADMIN, Role.COMPANY_MEMBER)).isFalse();
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
