package de.itas.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Company admins manage colleagues; admins manage organisations; nobody manages another company. */
@PlatformTest
class MembershipsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	Consents consents;

	@Autowired
	UserDetailsService users;

	@Autowired
	Outbox outbox;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditLog auditLog;

	private record Company(UUID id, PlatformUser admin) {
	}

	private Company company(String name) {
		String email = "chefin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.itas.local";
		accounts.createIfAbsent(email, "Chefin " + name, "ein sicheres Passwort", Set.of(), Instant.now());
		PlatformUser admin = (PlatformUser) users.loadUserByUsername(email);
		consents.acceptCurrent(admin.id());
		OrganisationSummary company = organisations.ensure(name, OrganisationKind.COMPANY, "zwickau", null);
		organisations.addMember(company.id(), admin.id(), Role.COMPANY_ADMIN);
		organisations.addMember(company.id(), admin.id(), Role.COMPANY_MEMBER);
		return new Company(company.id(), (PlatformUser) users.loadUserByUsername(email));
	}

	@Test
	void aCompanyAdminInvitesAColleagueWhoCreatesAnAccountAndBecomesMember() {
		Company company = company("Einladungswerk " + UUID.randomUUID());
		String colleague = "kollege-" + UUID.randomUUID().toString().substring(0, 8) + "@test.itas.local";
		assertThat(mvc.post().uri("/organisationen/" + company.id() + "/einladungen").with(user(company.admin()))
			.with(csrf()).param("email", colleague).param("role", "COMPANY_MEMBER"))
			.hasRedirectedUrl("/organisationen/" + company.id() + "/mitglieder");
		String token = Mails.token(Mails.single(outbox, colleague));
		assertThat(mvc.get().uri("/organisationen/" + company.id() + "/mitglieder").with(user(company.admin())))
			.bodyText().contains(colleague, "Offene Einladungen");
		assertThat(mvc.get().uri("/einladung?token=" + token)).hasStatusOk().bodyText().contains("Konto anlegen");
		assertThat(mvc.post().uri("/einladung/konto").with(csrf()).param("token", token).param("displayName", "Kurt Kollege")
			.param("password", "kurz").param("passwordRepeat", "kurz").param("consent", "true")).hasStatusOk()
			.bodyText().contains("mindestens 12 Zeichen", "value=\"Kurt Kollege\"");
		assertThat(mvc.post().uri("/einladung/konto").with(csrf()).param("token", token).param("displayName", "Kurt Kollege")
			.param("password", "Kollegiales Passwort 1").param("passwordRepeat", "Kollegiales Passwort 1")
			.param("consent", "true")).hasRedirectedUrl("/login");
		PlatformUser kurt = (PlatformUser) users.loadUserByUsername(colleague);
		assertThat(kurt.isEnabled()).isTrue();
		assertThat(organisations.hasRole(kurt.id(), company.id(), Role.COMPANY_MEMBER)).isTrue();
		assertThat(organisations.hasRole(kurt.id(), company.id(), Role.COMPANY_ADMIN)).isFalse();
		assertThat(mvc.get().uri("/einladung?token=" + token)).bodyText().contains("bereits verwendet");
	}

	@Test
	void rolesChangeButACompanyNeverLosesItsLastAdmin() {
		Company company = company("Rollenwerk " + UUID.randomUUID());
		assertThat(mvc.post().uri("/organisationen/" + company.id() + "/mitglieder/" + company.admin().id() + "/rolle")
			.with(user(company.admin())).with(csrf()).param("admin", "false")).hasStatus3xxRedirection();
		assertThat(organisations.hasRole(company.admin().id(), company.id(), Role.COMPANY_ADMIN)).isTrue();
		assertThat(mvc.post().uri("/organisationen/" + company.id() + "/mitglieder/" + company.admin().id() + "/entfernen")
			.with(user(company.admin())).with(csrf())).hasStatus3xxRedirection();
		assertThat(organisations.hasRole(company.admin().id(), company.id(), Role.COMPANY_MEMBER)).isTrue();
		PlatformUser second = testAccounts.user(Role.EMPLOYEE);
		organisations.addMember(company.id(), second.id(), Role.COMPANY_MEMBER);
		assertThat(mvc.post().uri("/organisationen/" + company.id() + "/mitglieder/" + second.id() + "/rolle")
			.with(user(company.admin())).with(csrf()).param("admin", "true")).hasStatus3xxRedirection();
		assertThat(organisations.hasRole(second.id(), company.id(), Role.COMPANY_ADMIN)).isTrue();
		assertThat(mvc.get().uri("/organisationen/" + company.id() + "/mitglieder/" + second.id() + "/entfernen")
			.with(user(company.admin()))).hasStatusOk().bodyText().contains("Mitglied entfernen?");
		assertThat(mvc.post().uri("/organisationen/" + company.id() + "/mitglieder/" + second.id() + "/entfernen")
			.with(user(company.admin())).with(csrf())).hasStatus3xxRedirection();
		assertThat(organisations.hasRole(second.id(), company.id(), Role.COMPANY_MEMBER, Role.COMPANY_ADMIN)).isFalse();
	}

	@Test
	void nobodyManagesAnotherCompanysMembers() {
		Company mine = company("Meinwerk " + UUID.randomUUID());
		Company other = company("Fremdwerk " + UUID.randomUUID());
		String base = "/organisationen/" + other.id();
		assertThat(mvc.get().uri(base + "/mitglieder").with(user(mine.admin()))).hasStatus(403);
		assertThat(mvc.post().uri(base + "/einladungen").with(user(mine.admin())).with(csrf()).param("email", "x@test.itas.local")
			.param("role", "COMPANY_ADMIN")).hasStatus(403);
		assertThat(mvc.post().uri(base + "/mitglieder/" + other.admin().id() + "/rolle").with(user(mine.admin()))
			.with(csrf()).param("admin", "false")).hasStatus(403);
		assertThat(mvc.post().uri(base + "/mitglieder/" + other.admin().id() + "/entfernen").with(user(mine.admin()))
			.with(csrf())).hasStatus(403);
		assertThat(mvc.get().uri(base + "/mitglieder").with(testAccounts.as(Role.ADVISOR))).hasStatus(403);
		assertThat(mvc.get().uri(base + "/mitglieder")).hasStatus3xxRedirection();
		assertThat(auditLog.about(other.admin().id(), 0, 100)).as("a company admin's look at the own members is no staff access")
			.noneMatch(entry -> entry.whatKey().equals("accounts.audit.members"));
		assertThat(mvc.get().uri(base + "/mitglieder").with(user(other.admin()))).hasStatusOk();
		assertThat(auditLog.about(other.admin().id(), 0, 100))
			.noneMatch(entry -> entry.whatKey().equals("accounts.audit.members"));
		PlatformUser admin = testAccounts.user(Role.ADMIN);
		assertThat(mvc.get().uri(base + "/mitglieder").with(user(admin))).hasStatusOk();
		assertThat(auditLog.about(other.admin().id(), 0, 100)).as("an admin's view of the member list is audited")
			.filteredOn(entry -> entry.whatKey().equals("accounts.audit.members"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorId()).isEqualTo(admin.id());
				assertThat(entry.detail()).startsWith("Fremdwerk ");
			});
		assertThat(organisations.hasRole(other.admin().id(), other.id(), Role.COMPANY_ADMIN)).isTrue();
	}

	@Test
	void adminsCreatePartnerOrganisationsAndInviteStaffWithFittingRolesOnly() {
		var admin = testAccounts.as(Role.ADMIN);
		String name = "Neuer Partner " + UUID.randomUUID();
		assertThat(mvc.post().uri("/admin/organisationen").with(admin).with(csrf()).param("name", "").param("kind", "PARTNER"))
			.hasStatusOk().bodyText().contains("Bitte füllen Sie dieses Feld aus.");
		assertThat(mvc.post().uri("/admin/organisationen").with(admin).with(csrf()).param("name", name).param("kind", "PARTNER")
			.param("partnerCode", "igm")).hasStatus3xxRedirection();
		OrganisationSummary partner = organisations.organisations(OrganisationKind.PARTNER)
			.stream()
			.filter(organisation -> organisation.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(mvc.post().uri("/organisationen/" + partner.id() + "/einladungen").with(admin).with(csrf())
			.param("email", "neu@test.itas.local").param("role", "COMPANY_ADMIN")).hasStatusOk()
			.bodyText().contains("Bitte wählen Sie eine Rolle aus der Liste.");
		String advisor = "beraterin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.itas.local";
		assertThat(mvc.post().uri("/organisationen/" + partner.id() + "/einladungen").with(admin).with(csrf())
			.param("email", advisor).param("role", "ADVISOR")).hasStatus3xxRedirection();
		assertThat(Mails.single(outbox, advisor).text()).contains(name);
		assertThat(mvc.get().uri("/admin/organisationen").with(testAccounts.as(Role.COORDINATOR))).hasStatus(403);
	}

}
