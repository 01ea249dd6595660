package de.itas.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.learning.scorm.ScormPackageException;
import de.itas.platform.learning.scorm.ScormProblem;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The import of SCORM 1.2 packages on the real test packages: each broken one is refused through the upload page
 * with its German message and nothing is stored; a good one is stored with its table of contents and served from
 * the sandboxed content path; the size limit and zip slip are refused.
 */
@PlatformTest
class PackageImportIntegrationTests {

	private static final Map<String, String> BROKEN = Map.of("MalformedXml_SCORM12",
			"Die Datei imsmanifest.xml ist kein gültiges XML", "MissingLaunchUrl_SCORM12", "keine Startadresse (href)",
			"MissingRequiredFields_SCORM12", "Im Manifest fehlt der Titel", "InvalidFileReferences_SCORM12",
			"fehlt aber im Paket", "ItemWithNonExistentResourceId_SCORM12", "die im Manifest nicht vorkommt");

	@Autowired
	MockMvc mvc;

	@Autowired
	PackageImport importer;

	@Autowired
	PackageStore store;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	TestAccounts accounts;

	private PlatformUser provider() {
		OrganisationSummary provider = organisations.ensure("Lernanbieter SCORM (Test)", OrganisationKind.PROVIDER,
				null, null);
		return memberships.member("scorm-provider@test.itas.local", provider.id(), Role.PROVIDER);
	}

	private MockMultipartFile upload(Path zip) throws Exception {
		return new MockMultipartFile("file", "paket.zip", "application/zip", Files.readAllBytes(zip));
	}

	@Test
	void everyBrokenTestPackageIsRefusedWithItsGermanMessageAndNothingIsStored() throws Exception {
		PlatformUser provider = provider();
		for (Map.Entry<String, String> broken : BROKEN.entrySet()) {
			int packages = store.countPackages();
			int files = store.countFiles();
			String page = mvc.perform(multipart("/lernen/pakete/neu").file(upload(ScormTestPackages.zip(broken.getKey())))
				.param("title", "")
				.with(user(provider))
				.with(csrf())
				.locale(java.util.Locale.GERMAN))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(broken.getKey()).contains(broken.getValue()).contains("id=\"file-error\"");
			assertThat(store.countPackages()).as(broken.getKey()).isEqualTo(packages);
			assertThat(store.countFiles()).as(broken.getKey()).isEqualTo(files);
		}
	}

	@Test
	void aGoodPackageIsStoredWithItsTreeAndServedSandboxed() throws Exception {
		PlatformUser provider = provider();
		String location = mvc.perform(multipart("/lernen/pakete/neu")
			.file(upload(ScormTestPackages.zip("RuntimeMinimumCalls_SCORM12")))
			.param("title", "Golf minimal " + UUID.randomUUID())
			.with(user(provider))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/lernen/pakete/".length()));
		PackageView view = store.find(id).orElseThrow();
		assertThat(view.status()).isEqualTo(PackageStatus.DRAFT);
		List<PackageItem> items = view.structure().launchable();
		// four topics (aggregations) with their pages and quizzes below them, each page a SCO
		assertThat(view.structure().items()).hasSize(4).allSatisfy(topic -> assertThat(topic.children()).isNotEmpty());
		assertThat(items).hasSize(18);
		assertThat(items).allSatisfy(item -> assertThat(item.sco()).isTrue());
		assertThat(view.fileCount()).isGreaterThan(19);
		String launch = items.get(0).launchUrl();
		// a draft is not shown to another learner
		mvc.perform(get("/lernen/pakete/" + id).with(user(accounts.person("Fremde Lernende"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/lernen/pakete/" + id).with(user(provider)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(items.get(0).title())));
		mvc.perform(get("/scorm-inhalt/" + id + "/" + launch))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.startsWith("sandbox allow-scripts allow-forms allow-popups")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("allow-same-origin"))))
			.andExpect(header().doesNotExist("X-Frame-Options"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/_itas/frame.js")));
		mvc.perform(get("/scorm-inhalt/" + id + "/gibt-es-nicht.html")).andExpect(status().isNotFound());
	}

	@Test
	void aPackageOverTheSizeLimitIsRefused() {
		Path zip = ScormTestPackages.zip("RuntimeBasicCalls_SCORM12");
		int packages = store.countPackages();
		ScormPackageException refusal = catchThrowableOfType(ScormPackageException.class,
				() -> importer.withMaxBytes(10_000).importZip(zip, null, null, UUID.randomUUID()));
		assertThat(refusal.problem()).isEqualTo(ScormProblem.TOO_LARGE);
		assertThat(store.countPackages()).isEqualTo(packages);
	}

	@Test
	void zipSlipIsRefusedThroughTheUpload() throws Exception {
		int files = store.countFiles();
		Path zip = ScormTestPackages.zipOf("imsmanifest.xml", "<manifest/>", "../../boese.html", "<p>x</p>");
		String page = mvc.perform(multipart("/lernen/pakete/neu").file(upload(zip))
			.with(user(provider()))
			.with(csrf())
			.locale(java.util.Locale.GERMAN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("zeigt mit „..“ aus dem Paket hinaus");
		assertThat(store.countFiles()).isEqualTo(files);
	}

	@Test
	void learnersWithoutProviderRoleMayNotUpload() throws Exception {
		mvc.perform(get("/lernen/pakete/neu").with(user(accounts.person("Lernende ohne Anbieter"))))
			.andExpect(status().isForbidden());
	}

}
