package de.itas.platform.directory;

import static de.itas.platform.directory.DirectoryTestSupport.as;
import static de.itas.platform.directory.DirectoryTestSupport.form;
import static de.itas.platform.directory.DirectoryTestSupport.withForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.ErrorSummary;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/** Company profiles end to end: demo data, registration, search, the editor and its rules. */
@PlatformTest
class DirectoryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	CompanyProfileRepository repository;

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	DemoCompanies demoCompanies;

	@Autowired
	Organisations organisations;

	@Autowired
	Region region;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestMemberships memberships;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoCompaniesHaveFilledProfilesInTheRegionsDistrictsAndTheDemoAdminRunsMuldental() {
		DemoCompanies.DemoFile demo = DemoCompanies.read(DemoCompanies.path("suedwestsachsen"));
		Set<String> districts = Set.copyOf(region.districts().stream().map(DistrictSummary::code).toList());
		for (DemoCompanies.DemoCompany company : demo.companies()) {
			assertThat(districts).as(company.name()).contains(company.districtCode());
			OrganisationSummary organisation = company(company.name());
			assertThat(organisation.districtCode()).isEqualTo(company.districtCode());
			// details as loaded; other tests (the browser test) edit Muldental's profile
			assertThat(repository.findById(organisation.id())).as(company.name())
				.hasValueSatisfying(profile -> assertThat(profile.filledIn()).isTrue());
		}
		OrganisationSummary muldental = company("Muldental Antriebstechnik GmbH (fiktiv)");
		PlatformUser demoAdmin = demoUser("unternehmen@demo.itas.local");
		assertThat(organisations.hasRole(demoAdmin.id(), muldental.id(), Role.COMPANY_ADMIN)).isTrue();
		assertThat(as(demoAdmin, () -> profiles.mayEdit(muldental.id()))).isTrue();
		Integer filledAgain = transactions.execute(status -> demoCompanies.load());
		assertThat(filledAgain).as("loading again fills nothing").isZero();
	}

	@Test
	void aNewCompanyGetsAnEmptyProfileAndOtherOrganisationsNone() {
		String token = DirectoryFixtures.token();
		UUID company = organisations.ensure("Neugründung " + token + " GmbH (fiktiv)", OrganisationKind.COMPANY, "zwickau",
				null).id();
		UUID provider = organisations.ensure("Akademie " + token + " (fiktiv)", OrganisationKind.PROVIDER, "zwickau", null)
			.id();
		fixtures.awaitRegistrationHandled(company);
		fixtures.awaitRegistrationHandled(provider);
		assertThat(repository.findById(company)).hasValueSatisfying(profile -> {
			assertThat(profile.filledIn()).isFalse();
			assertThat(profile.name()).isEqualTo("Neugründung " + token + " GmbH (fiktiv)");
			assertThat(profile.details().districtCode()).isEqualTo("zwickau");
			assertThat(profile.visibilities()).isEqualTo(ProfileDetails.defaultVisibilities());
		});
		assertThat(repository.findById(provider)).isEmpty();
		PlatformUser advisor = testAccounts.user(Role.ADVISOR);
		assertThat(as(advisor, () -> profiles.profile(company))).hasValueSatisfying(view -> {
			assertThat(view.filledIn()).isFalse();
			assertThat(view.address()).isNull();
		});
		assertThat(as(advisor, () -> profiles.search(query(token)).total())).as("empty profiles are not listed").isZero();
	}

	@Test
	void theEditorCreatesAMissingProfileForTheCompanysAdmin() {
		UUID company = fixtures.emptyCompany("Altbestand " + DirectoryFixtures.token() + " GmbH (fiktiv)");
		jdbc.update("DELETE FROM directory.company_profile WHERE organisation_id = ?", company);
		PlatformUser admin = memberships.member(DirectoryFixtures.token() + "@test.itas.local", company, Role.COMPANY_ADMIN);
		assertThat(mvc.get().uri("/mein-unternehmen/profil").with(user(admin))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/mein-unternehmen/profil?unternehmen=" + company);
		assertThat(mvc.get().uri("/mein-unternehmen/profil?unternehmen=" + company).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Ihr Profil ist noch leer", "Altbestand");
		assertThat(repository.findById(company)).isPresent();
	}

	@Test
	void searchFindsByNameCapabilityCityDistrictAndIndustryAndCountsEveryFilter() {
		String token = DirectoryFixtures.token();
		UUID gear = fixtures.company(DirectoryUnitTests.valid()
			.name("Getriebewerk " + token + " GmbH (fiktiv)")
			.capabilities(List.of("Verzahnungsschleifen", token + "-Laserhärten"))
			.build());
		UUID cable = fixtures.company(new ProfileDetails("Kabelwerk " + token + " AG (fiktiv)", LegalForm.AG, "Am Draht 2",
				"08523", "Plauen", "vogtlandkreis", 30, "29.31.0", ValueChainPosition.TIER_1,
				Set.of(ProductGroup.ELECTRICS_ELECTRONICS, ProductGroup.INTERIOR), 5, List.of("Hochvolt-Kabelsätze"),
				List.of(), token + " fertigt Kabel.", DirectoryUnitTests.valid().build().visibilities()));
		DirectoryPage all = profiles.search(query(token));
		assertThat(all.companies()).as("best match first: the word is in the cable maker's name and description")
			.extracting(CompanyView::id)
			.containsExactly(cable, gear);
		assertThat(all.facets().districts()).containsExactlyInAnyOrderEntriesOf(Map.of("zwickau", 1L, "vogtlandkreis", 1L));
		assertThat(all.facets().positions()).containsExactlyInAnyOrderEntriesOf(
				Map.of(ValueChainPosition.TIER_2, 1L, ValueChainPosition.TIER_1, 1L));
		assertThat(all.facets().productGroups()).containsExactlyInAnyOrderEntriesOf(Map.of(ProductGroup.DRIVETRAIN_CHASSIS,
				1L, ProductGroup.ELECTRICS_ELECTRONICS, 1L, ProductGroup.INTERIOR, 1L));
		assertThat(all.facets().capabilities()).extracting(Facets.TagCount::label)
			.contains("Verzahnungsschleifen", token + "-Laserhärten", "Hochvolt-Kabelsätze");

		assertThat(ids(token + " laserhärt")).as("capability, as word prefix").containsExactly(gear);
		assertThat(ids(token + " Plauen")).as("city").containsExactly(cable);
		assertThat(ids(token + " vogtland")).as("district").containsExactly(cable);
		assertThat(ids(token + " Ausrüstungsgegenstände")).as("industry title").containsExactly(cable);
		assertThat(ids(token + " und Kabelwerk")).as("name; a stop word does not spoil the search").containsExactly(cable);

		DirectoryPage vogtland = profiles.search(new DirectoryQuery(token, "vogtlandkreis", null, null, null, 0, 10));
		assertThat(vogtland.companies()).extracting(CompanyView::id).containsExactly(cable);
		assertThat(vogtland.facets().districts()).as("a facet counts without its own filter").containsEntry("zwickau", 1L);
		assertThat(vogtland.facets().positions()).containsExactlyEntriesOf(Map.of(ValueChainPosition.TIER_1, 1L));
		assertThat(profiles.search(new DirectoryQuery(token, null, ValueChainPosition.TIER_2, null, null, 0, 10))
			.companies()).extracting(CompanyView::id).containsExactly(gear);
		assertThat(profiles.search(new DirectoryQuery(token, null, null, ProductGroup.INTERIOR, null, 0, 10)).companies())
			.extracting(CompanyView::id)
			.containsExactly(cable);
		DirectoryPage byTag = profiles.search(new DirectoryQuery(token, null, null, null, "HOCHVOLT-kabelsätze ", 0, 10));
		assertThat(byTag.companies()).extracting(CompanyView::id).containsExactly(cable);
		assertThat(byTag.facets().capabilities()).extracting(Facets.TagCount::key).contains("hochvolt-kabelsätze");

		DirectoryPage rareTag = profiles.search(new DirectoryQuery(null, null, null, null, token + "-laserhärten", 0, 10));
		assertThat(rareTag.companies()).extracting(CompanyView::id).containsExactly(gear);
		assertThat(rareTag.facets().capabilities()).as("the chosen tag stays offered beyond the most frequent ones")
			.contains(new Facets.TagCount(token + "-laserhärten", token + "-Laserhärten", 1));

		DirectoryPage second = profiles.search(new DirectoryQuery(token, null, null, null, null, 1, 1));
		assertThat(second.companies()).extracting(CompanyView::id).containsExactly(gear);
		assertThat(second.total()).isEqualTo(2);
		assertThat(second.page().pages()).isEqualTo(2);
		assertThat(second.page().hasNext()).isFalse();
		assertThat(second.page().hasPrevious()).isTrue();
		DirectoryPage none = profiles.search(new DirectoryQuery(token + "-" + DirectoryFixtures.token(), null, null, null,
				null, 0, 10));
		assertThat(none.page().pages()).as("an empty result is one empty page").isEqualTo(1);
		assertThat(none.page().hasNext()).isFalse();
	}

	@Test
	void theViewDerivesTheSizeClassAndResolvesDistrictAndIndustry() {
		UUID id = fixtures.company(DirectoryUnitTests.valid()
			.name("Größenwerk " + DirectoryFixtures.token() + " GmbH (fiktiv)")
			.employees(49)
			.build());
		CompanyView view = profiles.profile(id).orElseThrow();
		assertThat(view.employees()).isEqualTo(49);
		assertThat(view.sizeClass()).isEqualTo(SizeClass.SMALL);
		assertThat(view.districtName()).isEqualTo("Landkreis Zwickau");
		assertThat(view.industry().title()).isEqualTo("Herstellung von sonstigen Teilen und sonstigem Zubehör für Kraftwagen");
		assertThat(view.visibilities()).as("settings are for insiders only").isNull();
		assertThat(view.editable()).isFalse();
	}

	@Test
	void changesNeedTheCompanysAdminValidDetailsAndTheCurrentVersion() {
		String token = DirectoryFixtures.token();
		UUID id = fixtures.company(DirectoryUnitTests.valid().name("Regelwerk " + token + " GmbH (fiktiv)").build());
		PlatformUser admin = memberships.member("admin-" + token + "@test.itas.local", id, Role.COMPANY_ADMIN);
		PlatformUser member = memberships.member("member-" + token + "@test.itas.local", id, Role.COMPANY_MEMBER);
		long version = repository.findById(id).orElseThrow().version();
		ProfileDetails changed = DirectoryUnitTests.valid().name("Regelwerk " + token + " SE (fiktiv)").employees(300).build();

		assertThatThrownBy(() -> as(member, () -> profiles.change(id, version, changed)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(testAccounts.user(Role.ADVISOR), () -> profiles.change(id, version, changed)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> profiles.change(id, version, changed)).as("visitor").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(admin, () -> profiles.change(id, version,
				DirectoryUnitTests.valid().postcode("1").industry("29.3").build())))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("postcode", "industryCode"));
		assertThat(repository.findById(id).orElseThrow().version()).as("nothing saved").isEqualTo(version);

		as(admin, () -> profiles.change(id, version, changed));
		CompanyProfile saved = repository.findById(id).orElseThrow();
		assertThat(saved.name()).isEqualTo("Regelwerk " + token + " SE (fiktiv)");
		assertThat(saved.details().employees()).isEqualTo(300);
		assertThat(saved.version()).isGreaterThan(version);
		assertThatThrownBy(() -> as(admin, () -> profiles.change(id, version, changed)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		as(testAccounts.user(Role.ADMIN), () -> profiles.change(id, saved.version(), changed));
	}

	@Test
	void theListServesThePageAndItsHtmxFragmentFromOneUrl() {
		String token = DirectoryFixtures.token();
		fixtures.company(DirectoryUnitTests.valid().name("Seitenwerk " + token + " GmbH (fiktiv)").build());
		MvcTestResult page = mvc.get().uri("/unternehmen?q=" + token).accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("<html", "<nav", "Seitenwerk " + token, "1 Unternehmen gefunden", "value=\"" + token + "\"")
			.doesNotContain("hx-swap-oob");
		MvcTestResult fragment = mvc.get().uri("/unternehmen?q=" + token).header("HX-Request", "true").exchange();
		assertThat(fragment).hasStatusOk().bodyText().satisfies(body -> assertThat(body.strip()).startsWith("<section id=\"company-list\""));
		assertThat(fragment).bodyText()
			.contains("Seitenwerk " + token, "hx-swap-oob=\"innerHTML:#company-count\"", "1 Unternehmen gefunden",
					"hx-swap-oob=\"innerHTML:#landkreis\"", "Landkreis Zwickau (1)", "Stadt Chemnitz (0)")
			.doesNotContain("<html");
		assertThat(mvc.get().uri("/unternehmen?position=UNBEKANNT&seite=x")).as("outdated links still work").hasStatusOk();
		assertThat(mvc.get().uri("/unternehmen?q=" + token + "-" + DirectoryFixtures.token()).header("HX-Request", "true")).bodyText()
			.contains("Für diese Suche gibt es kein Unternehmen");
	}

	@Test
	void pagingLinksKeepEveryFilter() {
		MvcTestResult page = mvc.get().uri("/unternehmen?landkreis=zwickau&produktgruppe=DRIVETRAIN_CHASSIS&q=GmbH")
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Landkreis Zwickau");
		DirectoryPage result = profiles.search(new DirectoryQuery("GmbH", null, null, null, null, 0, DirectoryQuery.DEFAULT_SIZE));
		int pages = result.page().pages();
		assertThat(pages).as("enough demo companies for two pages").isGreaterThan(1);
		assertThat(mvc.get().uri("/unternehmen?q=GmbH")).bodyText()
			.contains("href=\"/unternehmen?q=GmbH&amp;seite=2\"", "Seite 1 von " + pages);
		assertThat(mvc.get().uri("/unternehmen?q=GmbH&seite=2")).bodyText()
			.contains("href=\"/unternehmen?q=GmbH&amp;seite=1\"", "Seite 2 von " + pages);
		// a page beyond the last (an old bookmark) shows the last page, with its companies and a way back
		assertThat(mvc.get().uri("/unternehmen?q=GmbH&seite=999")).hasStatusOk().bodyText()
			.contains("Seite " + pages + " von " + pages, "href=\"/unternehmen?q=GmbH&amp;seite=" + (pages - 1) + "\"",
					"company-card")
			.doesNotContain("rel=\"next\"");
		// one page needs no pager, an empty result neither: it shows its empty state
		assertThat(mvc.get().uri("/unternehmen?q=" + DirectoryFixtures.token())).bodyText()
			.contains("Für diese Suche gibt es kein Unternehmen")
			.doesNotContain("class=\"pager\"");
	}

	@Test
	void unknownCompaniesAnswer404() {
		assertThat(mvc.get().uri("/unternehmen/" + UUID.randomUUID())).hasStatus(404);
		assertThat(mvc.get().uri("/unternehmen/kein-unternehmen")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/companies/" + UUID.randomUUID())).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/companies/kein-unternehmen")).hasStatus(404);
		assertThat(mvc.get().uri("/mein-unternehmen/profil?unternehmen=" + UUID.randomUUID())
			.with(testAccounts.as(Role.ADMIN))).hasStatus(404);
	}

	@Test
	void invalidEditorInputIsMarkedPerFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
		String token = DirectoryFixtures.token();
		ProfileDetails details = DirectoryUnitTests.valid().name("Formwerk " + token + " GmbH (fiktiv)").build();
		UUID id = fixtures.company(details);
		PlatformUser admin = memberships.member("form-" + token + "@test.itas.local", id, Role.COMPANY_ADMIN);
		CompanyProfile before = repository.findById(id).orElseThrow();
		Map<String, List<String>> form = new java.util.HashMap<>(form(details, before.version()));
		form.put("name", List.of(""));
		form.put("postcode", List.of("0805"));
		form.put("employees", List.of("zwanzig"));
		form.put("combustionShare", List.of("120"));
		form.put("industryCode", List.of("29.3"));
		form.put("capabilities", List.of("Druckguss\n" + "x".repeat(61)));
		form.put("description", List.of("Neue Beschreibung " + token));
		form.put("basicVisibility", List.of("NETWORK"));
		MvcTestResult result = withForm(mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + id), form)
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Bitte prüfen Sie Ihre Eingaben.", "Bitte füllen Sie dieses Feld aus.",
					"fünfstellige Postleitzahl", "als ganze Zahl", "ganze Zahl von 0 bis 100",
					"eine Unterklasse der WZ 2008", "ist zu lang", "nicht mehr Personen zeigen als die Stammdaten")
			.contains("value=\"0805\"", "value=\"zwanzig\"", "value=\"120\"", "value=\"29.3\"",
					"Neue Beschreibung " + token, "aria-invalid=\"true\"", "aria-describedby=\"postcode-error\"",
					"aria-describedby=\"employees-hint employees-error\"");
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ErrorSummary.linkedFields(body)).contains("name", "postcode", "employees", "combustionShare",
				"industryCode", "capabilities", "addressVisibility");
		assertThat(ErrorSummary.brokenLinks(body)).isEmpty();
		CompanyProfile after = repository.findById(id).orElseThrow();
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.details()).isEqualTo(before.details());
	}

	@Test
	void aStaleVersionIsRefusedWithAClearMessageAndTheInputKept() {
		String token = DirectoryFixtures.token();
		ProfileDetails details = DirectoryUnitTests.valid().name("Konfliktwerk " + token + " GmbH (fiktiv)").build();
		UUID id = fixtures.company(details);
		PlatformUser admin = memberships.member("conflict-" + token + "@test.itas.local", id, Role.COMPANY_ADMIN);
		long version = repository.findById(id).orElseThrow().version();
		Map<String, List<String>> form = new java.util.HashMap<>(form(details, version + 3));
		form.put("description", List.of("Meine Fassung " + token));
		assertThat(withForm(mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + id), form).with(user(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("inzwischen von jemand anderem geändert", "Meine Fassung " + token);
		assertThat(repository.findById(id).orElseThrow().details().description()).isEqualTo(details.description());
	}

	@Test
	void aSavedProfileIsConfirmedAndShownAsSaved() {
		String token = DirectoryFixtures.token();
		UUID id = fixtures.emptyCompany("Neuwerk " + token + " GmbH (fiktiv)");
		PlatformUser admin = memberships.member("saved-" + token + "@test.itas.local", id, Role.COMPANY_ADMIN);
		long version = as(admin, () -> profiles.editable(id).orElseThrow().version());
		ProfileDetails details = DirectoryUnitTests.valid()
			.name("Neuwerk " + token + " GmbH (fiktiv)")
			.capabilities(List.of("Kunststoffschweißen", "kunststoffschweißen"))
			.build();
		MvcTestResult saved = withForm(mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + id), form(details, version))
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(saved).hasStatus3xxRedirection()
			.hasRedirectedUrl("/mein-unternehmen/profil?unternehmen=" + id)
			.flash()
			.containsEntry("message", "directory.editor.saved");
		assertThat(repository.findById(id).orElseThrow().details().capabilities()).containsExactly("Kunststoffschweißen");
		assertThat(mvc.get().uri("/unternehmen/" + id)).bodyText().contains("Neuwerk " + token, "Kunststoffschweißen");
	}

	@Test
	void companyMembersWithoutAdminRightsAreSentToTheirProfile() {
		String token = DirectoryFixtures.token();
		UUID id = fixtures.company(DirectoryUnitTests.valid().name("Mitgliedwerk " + token + " GmbH (fiktiv)").build());
		PlatformUser member = memberships.member("member-" + token + "@test.itas.local", id, Role.COMPANY_MEMBER);
		assertThat(mvc.get().uri("/mein-unternehmen/profil").with(user(member))).hasRedirectedUrl("/unternehmen/" + id);
		assertThat(mvc.get().uri("/mein-unternehmen/profil").with(testAccounts.as(Role.EMPLOYEE))).hasStatus(403);
		assertThat(mvc.get().uri("/mein-unternehmen/profil").with(testAccounts.as(Role.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Als Administration bearbeiten Sie jedes Profil");
		UUID second = fixtures.company(DirectoryUnitTests.valid().name("Zweitwerk " + token + " GmbH (fiktiv)").build());
		PlatformUser both = memberships.member("both-" + token + "@test.itas.local", id, Role.COMPANY_ADMIN);
		memberships.member("both-" + token + "@test.itas.local", second, Role.COMPANY_ADMIN);
		assertThat(mvc.get().uri("/mein-unternehmen/profil").with(user(both))).hasStatusOk()
			.bodyText()
			.contains("Profil von Mitgliedwerk " + token + " GmbH (fiktiv) bearbeiten",
					"Profil von Zweitwerk " + token + " GmbH (fiktiv) bearbeiten");
	}

	@Test
	void thePickerSuggestsSubclassesByCodeOrWordsAndWorksWithoutJavaScript() {
		MvcTestResult options = mvc.get().uri("/unternehmen/branchen?industryCode=29.3").header("HX-Request", "true")
			.exchange();
		assertThat(options).hasStatusOk()
			.bodyText()
			.satisfies(body -> assertThat(body.strip()).startsWith("<ul id=\"industryCode-options\""));
		assertThat(options).bodyText()
			.contains("role=\"listbox\"", "role=\"option\"", "data-code=\"29.31.0\"", "data-code=\"29.32.0\"",
					"hx-swap-oob=\"innerHTML:#industryCode-status\"")
			.doesNotContain("data-code=\"29.3\"", "<html");
		assertThat(mvc.get().uri("/unternehmen/branchen?industryCode=Teile Kraftwagen").header("HX-Request", "true"))
			.bodyText()
			.contains("data-code=\"29.32.0\"")
			.doesNotContain("data-code=\"29.10.1\"");
		assertThat(mvc.get().uri("/unternehmen/branchen?industryCode=gießerei").header("HX-Request", "true")).bodyText()
			.as("words inside compounds")
			.contains("data-code=\"24.53.0\"");
		assertThat(mvc.get().uri("/unternehmen/branchen").param("industryCode", " ").header("HX-Request", "true"))
			.bodyText()
			.contains("hidden")
			.doesNotContain("role=\"option\"");
		assertThat(mvc.get().uri("/unternehmen/branchen?q=Kraftwagen")).hasStatusOk()
			.bodyText()
			.contains("<html", "<table", "29.32.0", "Herstellung von sonstigen Teilen");
	}

	@Test
	void theApiAnswersTheSameSearchAsJson() {
		String token = DirectoryFixtures.token();
		UUID id = fixtures.company(DirectoryUnitTests.valid().name("Schnittstelle " + token + " GmbH (fiktiv)").build());
		assertThat(mvc.get().uri("/api/v1/companies?q=" + token)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.total", total -> total.assertThat().isEqualTo(1))
			.hasPathSatisfying("$.companies[0].id", value -> value.assertThat().isEqualTo(id.toString()))
			.hasPathSatisfying("$.companies[0].sizeClass", value -> value.assertThat().isEqualTo("MEDIUM"))
			.hasPathSatisfying("$.companies[0].industry.code", value -> value.assertThat().isEqualTo("29.32.0"))
			.hasPathSatisfying("$.facets.districts.zwickau", value -> value.assertThat().isEqualTo(1));
		assertThat(mvc.get().uri("/api/v1/companies?position=UNBEKANNT")).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/companies/" + id)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.name", value -> value.assertThat().isEqualTo("Schnittstelle " + token + " GmbH (fiktiv)"))
			.doesNotHavePath("$.visibilities");
		assertThat(mvc.get().uri("/api/v1/companies?size=1000&page=-3")).bodyJson()
			.hasPathSatisfying("$.size", value -> value.assertThat().isEqualTo(DirectoryQuery.MAX_SIZE))
			.hasPathSatisfying("$.page", value -> value.assertThat().isEqualTo(0));
	}

	private List<UUID> ids(String text) {
		return profiles.search(query(text)).companies().stream().map(CompanyView::id).toList();
	}

	private static DirectoryQuery query(String text) {
		return new DirectoryQuery(text, null, null, null, null, 0, 20);
	}

	private OrganisationSummary company(String name) {
		return organisations.organisations(OrganisationKind.COMPANY)
			.stream()
			.filter(organisation -> organisation.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	private PlatformUser demoUser(String email) {
		return (PlatformUser) users.loadUserByUsername(email);
	}

}
