package de.itas.platform.directory;

import static de.itas.platform.directory.DirectoryTestSupport.form;
import static de.itas.platform.directory.DirectoryTestSupport.withForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who may read which groups of a profile and who may change it, for every page and API endpoint of the
 * module and for every kind of person: visitor, employee, admin of another company, provider, member and
 * admin of the company, advisor and platform admin.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryAccessIntegrationTests {

	/** A person, what they may see of company A, and what they may do with it. */
	record Persona(String name, @Nullable PlatformUser user, Set<FieldGroup> sees, boolean edits, boolean seesSettings,
			boolean seesHiddenCompany) {

		@Override
		public String toString() {
			return name;
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	CompanyProfileRepository repository;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestMemberships memberships;

	private final String token = DirectoryFixtures.token();
	private final String capability = token + "technik";
	private final String street = token + "weg 5";
	private final String contactEmail = "kontakt-" + token + "@beispiel.de";

	private static final String WEBSITE = "https://www.beispiel.de/zugriffswerk";
	private static final String PHONE = "+49 371 555-0100";

	private UUID company;
	private UUID hidden;
	private ProfileDetails details;
	private List<Persona> personas;

	@BeforeAll
	void companiesAndPeople() {
		Map<FieldGroup, Visibility> visibilities = new EnumMap<>(FieldGroup.class);
		visibilities.put(FieldGroup.BASIC, Visibility.PUBLIC);
		visibilities.put(FieldGroup.SIZE, Visibility.PUBLIC);
		visibilities.put(FieldGroup.ADDRESS, Visibility.NETWORK);
		visibilities.put(FieldGroup.PORTFOLIO, Visibility.NETWORK);
		visibilities.put(FieldGroup.COMBUSTION, Visibility.ADVISORS);
		visibilities.put(FieldGroup.CAPABILITIES, Visibility.ADVISORS);
		visibilities.put(FieldGroup.CONTACT, Visibility.NETWORK);
		details = new ProfileDetails("Zugriffswerk " + token + " GmbH (fiktiv)", LegalForm.GMBH, street, "09111",
				"Chemnitz", "chemnitz", 77, "29.32.0", ValueChainPosition.TIER_3, Set.of(ProductGroup.BODY), 63,
				List.of(capability), List.of(token + "zertifikat"), "Öffentliche Beschreibung " + token, visibilities,
				new ContactDetails(WEBSITE, PHONE, contactEmail, "Kontaktperson " + token));
		company = fixtures.company(details);
		DirectoryUnitTests.Builder hiddenDetails = DirectoryUnitTests.valid().name("Verborgen " + token + " GmbH (fiktiv)");
		for (FieldGroup group : FieldGroup.values()) {
			hiddenDetails.visibility(group, Visibility.ADVISORS);
		}
		hidden = fixtures.company(hiddenDetails.build());
		UUID other = fixtures.company(DirectoryUnitTests.valid().name("Nachbarwerk " + token + " GmbH (fiktiv)").build());

		Set<FieldGroup> all = EnumSet.allOf(FieldGroup.class);
		Set<FieldGroup> publicGroups = EnumSet.of(FieldGroup.BASIC, FieldGroup.SIZE);
		Set<FieldGroup> networkGroups = EnumSet.of(FieldGroup.BASIC, FieldGroup.SIZE, FieldGroup.ADDRESS,
				FieldGroup.PORTFOLIO, FieldGroup.CONTACT);
		personas = List.of(new Persona("visitor", null, publicGroups, false, false, false),
				new Persona("employee", testAccounts.user(Role.EMPLOYEE), publicGroups, false, false, false),
				new Persona("admin of another company", memberships.member("other-" + token + "@test.itas.local", other,
						Role.COMPANY_ADMIN, Role.COMPANY_MEMBER), networkGroups, false, false, false),
				new Persona("provider", testAccounts.user(Role.PROVIDER), networkGroups, false, false, false),
				new Persona("member of the company", memberships.member("colleague-" + token + "@test.itas.local", company,
						Role.COMPANY_MEMBER), all, false, true, false),
				new Persona("admin of the company", memberships.member("owner-" + token + "@test.itas.local", company,
						Role.COMPANY_ADMIN, Role.COMPANY_MEMBER), all, true, true, false),
				new Persona("advisor", testAccounts.user(Role.ADVISOR), all, false, false, true),
				new Persona("coordinator", testAccounts.user(Role.COORDINATOR), all, false, false, true),
				new Persona("platform admin", testAccounts.user(Role.ADMIN), all, true, true, true));
	}

	private static final Map<FieldGroup, String> SECTION = Map.of(FieldGroup.BASIC, "group-basic", FieldGroup.ADDRESS,
			"group-address", FieldGroup.SIZE, "group-size", FieldGroup.PORTFOLIO, "group-portfolio", FieldGroup.COMBUSTION,
			"group-combustion", FieldGroup.CAPABILITIES, "group-capabilities", FieldGroup.CONTACT, "group-contact");

	@Test
	void theProfilePageShowsEachPersonOnlyTheGroupsMeantForThem() {
		for (Persona persona : personas) {
			String page = body(as(persona, mvc.get().uri("/unternehmen/" + company)));
			for (FieldGroup group : FieldGroup.values()) {
				assertThat(page.contains("id=\"" + SECTION.get(group) + "\"")).as("%s sees %s", persona, group)
					.isEqualTo(persona.sees().contains(group));
			}
			assertThat(page.contains(street)).as("%s sees the street", persona)
				.isEqualTo(persona.sees().contains(FieldGroup.ADDRESS));
			assertThat(page.contains(capability)).as("%s sees the capability", persona)
				.isEqualTo(persona.sees().contains(FieldGroup.CAPABILITIES));
			assertThat(page.contains("63 %")).as("%s sees the combustion share", persona)
				.isEqualTo(persona.sees().contains(FieldGroup.COMBUSTION));
			assertThat(page.contains("Zulieferer Tier 3")).as("%s sees the position", persona)
				.isEqualTo(persona.sees().contains(FieldGroup.PORTFOLIO));
			assertThat(page.contains("/mein-unternehmen/profil?unternehmen=" + company)).as("%s may edit", persona)
				.isEqualTo(persona.edits());
			boolean contact = persona.sees().contains(FieldGroup.CONTACT);
			assertThat(page.contains("href=\"" + WEBSITE + "\" rel=\"noopener noreferrer external\""))
				.as("%s sees the website as an external link", persona).isEqualTo(contact);
			assertThat(page.contains("href=\"tel:+49371555-0100\"")).as("%s sees the phone number", persona)
				.isEqualTo(contact);
			assertThat(page.contains("href=\"mailto:" + contactEmail + "\"")).as("%s sees the e-mail address", persona)
				.isEqualTo(contact);
			assertThat(page.contains(contactEmail)).as("%s sees the address nowhere else", persona).isEqualTo(contact);
			assertThat(page.contains("Kontaktperson " + token)).as("%s sees the contact person", persona)
				.isEqualTo(contact);
			boolean own = persona.name().endsWith("of the company");
			assertThat(page.contains("/unternehmen/" + company + "/kontakt")).as("%s is offered the contact form", persona)
				.isEqualTo(persona.user() != null && !own);
			assertThat(page.contains("Sichtbar für:")).as("%s sees the settings", persona)
				.isEqualTo(persona.seesSettings());
		}
	}

	@Test
	void theApiAnswersEachPersonOnlyTheGroupsMeantForThem() {
		for (Persona persona : personas) {
			MvcTestResult result = as(persona, mvc.get().uri("/api/v1/companies/" + company)).exchange();
			assertThat(result).as("%s", persona).hasStatusOk();
			var json = assertThat(result).bodyJson();
			json.hasPathSatisfying("$.name", name -> name.assertThat().isEqualTo(details.name()));
			json.hasPathSatisfying("$.employees", value -> value.assertThat().isEqualTo(77));
			present(json, "$.address.street", persona.sees().contains(FieldGroup.ADDRESS), persona);
			present(json, "$.position", persona.sees().contains(FieldGroup.PORTFOLIO), persona);
			present(json, "$.productGroups", persona.sees().contains(FieldGroup.PORTFOLIO), persona);
			present(json, "$.combustionShare", persona.sees().contains(FieldGroup.COMBUSTION), persona);
			present(json, "$.capabilities", persona.sees().contains(FieldGroup.CAPABILITIES), persona);
			present(json, "$.certifications", persona.sees().contains(FieldGroup.CAPABILITIES), persona);
			present(json, "$.visibilities", persona.seesSettings(), persona);
			present(json, "$.contact.email", persona.sees().contains(FieldGroup.CONTACT), persona);
			present(json, "$.contact.website", persona.sees().contains(FieldGroup.CONTACT), persona);
			json.hasPathSatisfying("$.editable", value -> value.assertThat().isEqualTo(persona.edits()));
		}
	}

	@Test
	void searchesAndFiltersFindByAGroupOnlyWhoMaySeeIt() {
		for (Persona persona : personas) {
			boolean capabilities = persona.sees().contains(FieldGroup.CAPABILITIES);
			boolean portfolio = persona.sees().contains(FieldGroup.PORTFOLIO);
			assertThat(found(persona, "/unternehmen?q=" + token)).as("%s finds by description", persona).isTrue();
			assertThat(found(persona, "/unternehmen?q=" + capability)).as("%s finds by capability", persona)
				.isEqualTo(capabilities);
			assertThat(found(persona, "/unternehmen?q=" + token + "&kompetenz=" + capability))
				.as("%s filters by capability", persona)
				.isEqualTo(capabilities);
			assertThat(found(persona, "/unternehmen?q=" + token + "&position=TIER_3")).as("%s filters by position", persona)
				.isEqualTo(portfolio);
			assertThat(found(persona, "/unternehmen?q=" + token + "&produktgruppe=BODY"))
				.as("%s filters by product group", persona)
				.isEqualTo(portfolio);
			assertThat(found(persona, "/unternehmen?q=" + token + "&landkreis=chemnitz")).isTrue();
			assertThat(found(persona, "/unternehmen?q=" + street)).as("%s finds by street", persona).isFalse();
			String fragment = body(as(persona, mvc.get().uri("/unternehmen?q=" + token)).header("HX-Request", "true"));
			assertThat(fragment.contains("value=\"" + capability + "\"")).as("%s is offered the capability", persona)
				.isEqualTo(capabilities);
			assertThat(fragment.contains("Zulieferer Tier 3 (1)")).as("%s counts the position", persona)
				.isEqualTo(portfolio);

			var json = assertThat(as(persona, mvc.get().uri("/api/v1/companies?q=" + token + "&capability=" + capability)))
				.bodyJson();
			json.hasPathSatisfying("$.total", total -> total.assertThat().isEqualTo(capabilities ? 1 : 0));
			var byPosition = assertThat(as(persona,
					mvc.get().uri("/api/v1/companies?q=" + token + "&position=TIER_3&productGroup=BODY"))).bodyJson();
			byPosition.hasPathSatisfying("$.total", total -> total.assertThat().isEqualTo(portfolio ? 1 : 0));
		}
	}

	@Test
	void aCompanyForAdvisorsOnlyDoesNotExistForOthers() {
		for (Persona persona : personas) {
			int status = persona.seesHiddenCompany() ? 200 : 404;
			assertThat(as(persona, mvc.get().uri("/unternehmen/" + hidden))).as("%s", persona).hasStatus(status);
			assertThat(as(persona, mvc.get().uri("/api/v1/companies/" + hidden))).as("%s", persona).hasStatus(status);
			assertThat(found(persona, "/unternehmen?q=Verborgen " + token)).as("%s", persona)
				.isEqualTo(persona.seesHiddenCompany());
		}
	}

	@Test
	void theEditorOpensOnlyForTheCompanysAdminsAndPlatformAdmins() {
		for (Persona persona : personas) {
			MvcTestResult result = as(persona, mvc.get().uri("/mein-unternehmen/profil?unternehmen=" + company)).exchange();
			if (persona.user() == null) {
				assertThat(result).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
			}
			else if (persona.edits()) {
				assertThat(result).as("%s", persona).hasStatusOk().bodyText().contains(street, capability, "63");
			}
			else {
				assertThat(result).as("%s", persona).hasStatus(403);
				assertThat(result).bodyText().doesNotContain(street, capability);
			}
		}
	}

	@Test
	void changesFromAnyoneButTheCompanysAdminsAndPlatformAdminsAreRefused() {
		for (Persona persona : personas) {
			CompanyProfile before = repository.findById(company).orElseThrow();
			Map<String, List<String>> changed = new java.util.HashMap<>(form(details, before.version()));
			changed.put("description", List.of("Geändert von " + persona.name() + " " + token));
			MvcTestResult result = as(persona,
					withForm(mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + company), changed).with(csrf()))
				.exchange();
			CompanyProfile after = repository.findById(company).orElseThrow();
			if (persona.user() == null) {
				assertThat(result).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
			}
			else if (!persona.edits()) {
				assertThat(result).as("%s", persona).hasStatus(403);
			}
			if (persona.edits()) {
				assertThat(result).as("%s", persona).hasStatus3xxRedirection();
				assertThat(after.details().description()).isEqualTo("Geändert von " + persona.name() + " " + token);
			}
			else {
				assertThat(after.version()).as("%s changed nothing", persona).isEqualTo(before.version());
			}
		}
		assertThat(as(personas.get(5), withForm(mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + hidden),
				form(details, 0)).with(csrf()))).as("a company admin cannot change another company").hasStatus(403);
	}

	@Test
	void theIndustryCodeAdminIsForPlatformAdminsOnly() {
		MockMultipartFile file = new MockMultipartFile("file", "wz.xml", "text/xml", "<x/>".getBytes());
		for (Persona persona : personas) {
			MvcTestResult page = as(persona, mvc.get().uri("/admin/verzeichnis")).exchange();
			MockMvcTester.MockMultipartMvcRequestBuilder uploadRequest = mvc.post()
				.uri("/admin/verzeichnis/wz2008")
				.multipart()
				.file(file)
				.with(csrf());
			if (persona.user() != null) {
				uploadRequest.with(user(persona.user()));
			}
			MvcTestResult upload = uploadRequest.exchange();
			if (persona.user() == null) {
				assertThat(page).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
				assertThat(upload).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
			}
			else if (persona.name().equals("platform admin")) {
				assertThat(page).hasStatusOk().bodyText().contains("Unterklassen");
				assertThat(upload).hasStatusOk().bodyText().contains("keine Codeliste im XÖV-Genericode-Format");
			}
			else {
				assertThat(page).as("%s", persona).hasStatus(403);
				assertThat(upload).as("%s", persona).hasStatus(403);
			}
		}
	}

	@Test
	void theDirectoryAndThePickerAreOpenToEveryone() {
		for (Persona persona : personas) {
			assertThat(as(persona, mvc.get().uri("/unternehmen"))).as("%s", persona).hasStatusOk();
			assertThat(as(persona, mvc.get().uri("/unternehmen/branchen?q=Kraftwagen"))).as("%s", persona).hasStatusOk();
			assertThat(as(persona, mvc.get().uri("/unternehmen/branchen?q=Kraftwagen").header("HX-Request", "true")))
				.hasStatusOk();
			assertThat(as(persona, mvc.get().uri("/api/v1/companies"))).as("%s", persona).hasStatusOk();
		}
	}

	private boolean found(Persona persona, String uri) {
		return body(as(persona, mvc.get().uri(uri))).contains("/unternehmen/" + (uri.contains("Verborgen") ? hidden : company));
	}

	private static void present(org.springframework.test.json.AbstractJsonContentAssert<?> json, String path,
			boolean expected, Persona persona) {
		if (expected) {
			json.as("%s sees %s", persona, path).hasPath(path);
		}
		else {
			json.as("%s does not see %s", persona, path).doesNotHavePath(path);
		}
	}

	private static MockMvcTester.MockMvcRequestBuilder as(Persona persona, MockMvcTester.MockMvcRequestBuilder request) {
		return persona.user() == null ? request : request.with(user(persona.user()));
	}

	private static String body(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
