package de.itas.platform.learning.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifest parser on every package of the real SCORM 1.2 test data (each broken one refused with its own
 * message) and on manifests written here for what the test data lacks: a manifest in a subfolder, {@code xml:base},
 * SCORM 2004, external entities.
 */
class ManifestParserUnitTests {

	private static final Set<String> VALID = Set.of("RuntimeBasicCalls_SCORM12", "RuntimeMinimumCalls_SCORM12",
			"ContentPackagingSingleSCO_SCORM12", "ContentPackagingOneFilePerSCO_SCORM12",
			"ContentPackagingWithMetadata_SCORM12", "LaunchUrlFromNestedItem_SCORM12",
			"MultipleItemsWithIdentifierRef_SCORM12", "PrerequisitesTest_SCORM12");

	/** Only the manifest, no content files: a structure fixture (checked apart from the files). */
	private static final String MANIFEST_ONLY = "ComplexNestedOrganization_SCORM12";

	private static final Map<String, ScormProblem> BROKEN = Map.of("MalformedXml_SCORM12", ScormProblem.MALFORMED_XML,
			"MissingLaunchUrl_SCORM12", ScormProblem.MISSING_LAUNCH_URL, "MissingRequiredFields_SCORM12",
			ScormProblem.MISSING_TITLE, "InvalidFileReferences_SCORM12", ScormProblem.MISSING_FILE,
			"ItemWithNonExistentResourceId_SCORM12", ScormProblem.MISSING_RESOURCE);

	private final ManifestParser parser = new ManifestParser();

	@TempDir
	Path temp;

	@Test
	void everyFolderOfTheTestDataIsCoveredHere() throws IOException {
		Set<String> folders = new HashSet<>();
		try (Stream<Path> list = Files.list(ScormTestData.directory())) {
			list.filter(Files::isDirectory).forEach(path -> folders.add(path.getFileName().toString()));
		}
		Set<String> covered = new HashSet<>(VALID);
		covered.add(MANIFEST_ONLY);
		covered.addAll(BROKEN.keySet());
		assertThat(folders).as("every package folder has an expectation here").isEqualTo(covered);
	}

	@ParameterizedTest
	@ValueSource(strings = { "RuntimeBasicCalls_SCORM12", "RuntimeMinimumCalls_SCORM12",
			"ContentPackagingSingleSCO_SCORM12", "ContentPackagingOneFilePerSCO_SCORM12",
			"ContentPackagingWithMetadata_SCORM12", "LaunchUrlFromNestedItem_SCORM12",
			"MultipleItemsWithIdentifierRef_SCORM12", "PrerequisitesTest_SCORM12" })
	void everyValidPackageIsAcceptedWithItsLaunchFileInThePackage(String name) {
		Path root = ScormTestData.pack(name);
		ScormManifest manifest = parser.parsePackage(root);

		assertThat(VALID).contains(name);
		assertThat(manifest.schemaVersion()).isEqualTo("1.2");
		assertThat(manifest.directory()).isEmpty();
		assertThat(manifest.launchableItems()).isNotEmpty().allSatisfy(item -> {
			String url = manifest.launchUrl(item);
			String file = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
			assertThat(root.resolve(file)).as(item.identifier()).isRegularFile();
		});
		assertThat(manifest.defaultOrganization().title()).isNotBlank();
	}

	@Test
	void runtimeBasicCallsIsOneScoLaunchingTheSharedLaunchPage() {
		ScormManifest manifest = parser.parsePackage(ScormTestData.pack("RuntimeBasicCalls_SCORM12"));

		assertThat(manifest.identifier()).isEqualTo("com.scorm.golfsamples.runtime.basicruntime.12");
		assertThat(manifest.defaultOrganization().title()).isEqualTo("Golf Explained - Run-time Basic Calls");
		assertThat(manifest.scoItems()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Golf Explained");
			assertThat(manifest.launchUrl(item)).isEqualTo("shared/launchpage.html");
		});
		ScormResource resource = manifest.resources().get("resource_1");
		assertThat(resource.scormType()).isEqualTo(ScormType.SCO);
		assertThat(resource.type()).isEqualTo("webcontent");
		assertThat(resource.files()).hasSize(39).contains("Playing/Par.html", "shared/scormfunctions.js");
	}

	@Test
	void runtimeMinimumCallsHasFourAggregationsOfScosWithTheirQuizParameters() {
		ScormManifest manifest = parser.parsePackage(ScormTestData.pack("RuntimeMinimumCalls_SCORM12"));

		assertThat(manifest.defaultOrganization().items()).extracting(ScormItem::title)
			.containsExactly("Playing the Game", "Etiquette", "Handicapping", "Having Fun");
		assertThat(manifest.defaultOrganization().items()).allSatisfy(item -> {
			assertThat(item.identifierRef()).isNull();
			assertThat(item.children()).isNotEmpty();
		});
		assertThat(manifest.launchableItems()).hasSize(18);
		assertThat(manifest.scoItems()).hasSize(18);
		ScormItem quiz = manifest.launchableItems()
			.stream()
			.filter(item -> item.identifier().equals("playing_quiz_item"))
			.findFirst()
			.orElseThrow();
		assertThat(manifest.launchUrl(quiz)).isEqualTo("shared/assessmenttemplate.html?questions=Playing");
		assertThat(manifest.resources().get("common_files").scormType()).isEqualTo(ScormType.ASSET);
		assertThat(manifest.resources().get("common_files").href()).isNull();
		assertThat(manifest.resources().get("playing_par_resource").dependencies()).containsExactly("common_files");
	}

	@Test
	void oneFilePerScoMarksItsPagesAsAssets() {
		ScormManifest manifest = parser.parsePackage(ScormTestData.pack("ContentPackagingOneFilePerSCO_SCORM12"));

		assertThat(manifest.launchableItems()).hasSize(18);
		assertThat(manifest.scoItems()).isEmpty();
		assertThat(manifest.launchUrl(manifest.firstLaunchableItem())).isEqualTo("Playing/Playing.html");
	}

	@Test
	void singleScoIsOneItem() {
		ScormManifest manifest = parser.parsePackage(ScormTestData.pack("ContentPackagingSingleSCO_SCORM12"));

		assertThat(manifest.launchableItems()).singleElement()
			.satisfies(item -> assertThat(manifest.launchUrl(item)).isEqualTo("shared/launchpage.html"));
	}

	@Test
	void metadataPackageCarriesLaunchDataAndVisibility() {
		ScormManifest manifest = parser.parsePackage(ScormTestData.pack("ContentPackagingWithMetadata_SCORM12"));

		ScormItem item = manifest.firstLaunchableItem();
		assertThat(item.launchData()).isEqualTo("RANDOM");
		assertThat(item.visible()).isTrue();
		assertThat(manifest.launchUrl(item)).isEqualTo("index.html");
	}

	@Test
	void theFirstItemWithAResourceIsLaunchedFirstEvenWhenNested() {
		ScormManifest nested = parser.parsePackage(ScormTestData.pack("LaunchUrlFromNestedItem_SCORM12"));
		assertThat(nested.firstLaunchableItem().identifier()).isEqualTo("topic_1_1_1_1");
		assertThat(nested.launchUrl(nested.firstLaunchableItem())).isEqualTo("content/topic1.html");
		assertThat(nested.launchableItems()).extracting(ScormItem::identifier)
			.containsExactly("topic_1_1_1_1", "section_2_1_1");

		ScormManifest multiple = parser.parsePackage(ScormTestData.pack("MultipleItemsWithIdentifierRef_SCORM12"));
		assertThat(multiple.launchableItems()).extracting(multiple::launchUrl)
			.containsExactly("content/item1.html", "content/item2.html", "content/item3.html");
	}

	@Test
	void prerequisitesMasteryScoreMaxTimeTimeLimitActionAndLaunchDataAreRead() {
		ScormManifest manifest = parser.parsePackage(ScormTestData.pack("PrerequisitesTest_SCORM12"));
		Map<String, ScormItem> items = new HashMap<>();
		manifest.launchableItems().forEach(item -> items.put(item.identifier(), item));

		assertThat(items.get("module1").prerequisites()).isNull();
		assertThat(items.get("module1").masteryScore()).isEqualByComparingTo(new BigDecimal("80"));
		assertThat(items.get("module1").maxTimeAllowed()).isEqualTo("02:30:00");
		assertThat(items.get("module2").prerequisites()).isEqualTo("module1");
		assertThat(items.get("module2").launchData()).as("adlcp:dataFromLMS, written in camel case")
			.isEqualTo("custom_data_for_module2");
		assertThat(items.get("module3").prerequisites()).isEqualTo("module1 AND module2");
		assertThat(items.get("module3").timeLimitAction()).isEqualTo("exit,message");
		assertThat(items.get("module4").prerequisites()).isEqualTo("(module1 AND module2) OR module3");
		assertThat(items.get("module4").masteryScore()).isEqualByComparingTo(new BigDecimal("90"));
		assertThat(items.get("module4").maxTimeAllowed()).isNull();
	}

	@Test
	void complexNestedOrganizationIsReadToTheFourthLevelAndKnowsItsAlternative() throws IOException {
		ScormManifest manifest;
		try (var in = Files.newInputStream(ScormTestData.pack(MANIFEST_ONLY).resolve(ManifestParser.MANIFEST))) {
			manifest = parser.parse(in, "");
		}

		assertThat(manifest.organizations()).extracting(ScormOrganization::identifier)
			.containsExactly("default_org", "alternate_org");
		assertThat(manifest.defaultOrganization().title()).isEqualTo("Complex Nested Organization Test");
		assertThat(manifest.launchableItems()).extracting(ScormItem::identifier)
			.containsExactly("module_1", "chapter_1_1", "section_1_1_1", "topic_1_1_1_1", "topic_1_1_1_2",
					"section_1_1_2", "chapter_1_2", "module_2", "chapter_2_1", "section_2_1_1", "module_3");
		ScormItem topic = manifest.defaultOrganization().items().get(0).children().get(0).children().get(0)
			.children().get(1);
		assertThat(topic.identifier()).isEqualTo("topic_1_1_1_2");
		assertThat(manifest.launchUrl(topic)).isEqualTo("content/topic1_1_1_2.html");
	}

	@Test
	void complexNestedOrganizationAsAnUploadLacksItsFiles() {
		// the folder holds only the manifest: as a package it must be refused like any package with missing files
		ManifestException refusal = catchThrowableOfType(ManifestException.class,
				() -> parser.parsePackage(ScormTestData.pack(MANIFEST_ONLY)));

		assertThat(refusal.problem()).isEqualTo(ScormProblem.MISSING_FILE);
		assertThat(refusal.arguments()).containsExactly("content/module1.html", "resource_module_1", "12");
	}

	@Test
	void malformedXmlIsRefusedNamingTheLine() {
		ManifestException refusal = refused("MalformedXml_SCORM12");

		assertThat(refusal.arguments().get(0)).isEqualTo("27");
		assertThat(ScormTestData.german(refusal)).startsWith("Die Datei imsmanifest.xml ist kein gültiges XML (Zeile 27,")
			.contains("item");
		assertThat(ScormTestData.message(refusal, Locale.ENGLISH)).startsWith("The file imsmanifest.xml is not valid XML (line 27,");
	}

	@Test
	void aScoWithoutHrefIsRefusedForItsMissingLaunchUrl() {
		ManifestException refusal = refused("MissingLaunchUrl_SCORM12");

		assertThat(ScormTestData.german(refusal)).isEqualTo(
				"Der Eintrag „item_1“ startet die Ressource „resource_1“, die keine Startadresse (href) hat.");
	}

	@Test
	void anOrganizationWithoutTitleIsRefused() {
		ManifestException refusal = refused("MissingRequiredFields_SCORM12");

		assertThat(ScormTestData.german(refusal)).startsWith(
				"Im Manifest fehlt der Titel eines Elements (organization „default_org“).");
	}

	@Test
	void filesNamedButMissingAreRefusedNamingTheFirstAndTheCount() {
		ManifestException refusal = refused("InvalidFileReferences_SCORM12");

		assertThat(ScormTestData.german(refusal)).isEqualTo(
				"Die Datei „content/nonexistent.html“ ist im Manifest genannt (Ressource „resource_1“), fehlt aber "
						+ "im Paket. Fehlende Dateien insgesamt: 4.");
	}

	@Test
	void anItemPointingAtAMissingResourceIsRefused() {
		ManifestException refusal = refused("ItemWithNonExistentResourceId_SCORM12");

		assertThat(ScormTestData.german(refusal)).isEqualTo(
				"Der Eintrag „item_1“ verweist auf die Ressource „non_existent_resource“, die im Manifest nicht vorkommt.");
	}

	@Test
	void eachBrokenPackageHasItsOwnProblem() {
		List<ScormProblem> problems = new ArrayList<>();
		for (String name : BROKEN.keySet()) {
			problems.add(refused(name).problem());
		}
		assertThat(problems).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(BROKEN.values());
	}

	@Test
	void theGolfZipUnpacksAndParses() {
		Path target = temp.resolve("golf");
		new SafeUnzip(UnzipLimits.defaults()).unzip(ScormTestData.directory().resolve("golf-one-file-per-sco.zip"),
				target);

		ScormManifest manifest = parser.parsePackage(target);
		assertThat(manifest.launchableItems()).hasSize(18);
	}

	// ------------------------------------------------------------------ written here

	@Test
	void aManifestInASubfolderIsFoundAndPathsResolveAgainstIt() throws IOException {
		Path root = temp.resolve("pkg");
		write(root, "course/imsmanifest.xml", manifest("", "", "", "<file href=\"index.html\"/>", "index.html"));
		write(root, "course/index.html", "<p>x</p>");
		write(root, "course/deeper/imsmanifest.xml", "not even xml");

		ScormManifest manifest = parser.parsePackage(root);

		assertThat(manifest.directory()).isEqualTo("course/");
		assertThat(manifest.launchUrl(manifest.firstLaunchableItem())).isEqualTo("course/index.html");
	}

	@Test
	void xmlBaseOnManifestResourcesAndResourceCombine() throws IOException {
		Path root = temp.resolve("pkg");
		write(root, "imsmanifest.xml", manifest(" xml:base=\"content/\"", " xml:base=\"en\"", " xml:base=\"./unit1/\"",
				"<file href=\"page.html\"/><file href=\"../shared/app.js\"/>", "page.html"));
		write(root, "content/en/unit1/page.html", "<p>x</p>");
		write(root, "content/en/shared/app.js", "//");

		ScormManifest manifest = parser.parsePackage(root);

		ScormResource resource = manifest.resources().get("r1");
		assertThat(resource.base()).isEqualTo("content/en/unit1/");
		assertThat(resource.href()).isEqualTo("content/en/unit1/page.html");
		assertThat(resource.files()).containsExactly("content/en/unit1/page.html", "content/en/shared/app.js");
	}

	@Test
	void aPathLeavingThePackageIsRefused() {
		assertThat(refusedXml(manifest("", "", "", "<file href=\"../../etc/passwd\"/>", "index.html")).problem())
			.isEqualTo(ScormProblem.PATH_OUTSIDE_PACKAGE);
		assertThat(refusedXml(manifest("", "", "", "", "/index.html")).problem())
			.isEqualTo(ScormProblem.PATH_OUTSIDE_PACKAGE);
	}

	@Test
	void anExternalLaunchUrlIsKeptAndNotLookedForInThePackage() throws IOException {
		Path root = temp.resolve("pkg");
		write(root, "imsmanifest.xml", manifest("", "", "", "", "https://example.org/course?x=1"));

		ScormManifest manifest = parser.parsePackage(root);

		assertThat(manifest.resources().get("r1").external()).isTrue();
		assertThat(manifest.launchUrl(manifest.firstLaunchableItem())).isEqualTo("https://example.org/course?x=1");
	}

	@Test
	void itemParametersJoinTheLaunchUrlAsScormPrescribes() {
		ScormManifest manifest = parser.parse(xml(manifest("", "", "", "", "a.html?lang=de")), "");
		ScormItem plain = manifest.firstLaunchableItem();
		assertThat(manifest.launchUrl(withParameters(plain, "?page=2"))).isEqualTo("a.html?lang=de&page=2");
		assertThat(manifest.launchUrl(withParameters(plain, "&page=2"))).isEqualTo("a.html?lang=de&page=2");
		assertThat(manifest.launchUrl(withParameters(plain, "#top"))).isEqualTo("a.html?lang=de#top");
		assertThat(manifest.launchUrl(withParameters(plain, ""))).isEqualTo("a.html?lang=de");
	}

	@Test
	void scorm2004IsRecognisedAndRefusedWithItsOwnMessage() {
		String scorm2004 = """
				<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
				  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
				  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
				  <organizations default="o"><organization identifier="o"><title>T</title>
				    <item identifier="i" identifierref="r"><title>I</title></item></organization></organizations>
				  <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources>
				</manifest>""";
		ManifestException refusal = refusedXml(scorm2004);

		assertThat(refusal.problem()).isEqualTo(ScormProblem.SCORM_2004);
		assertThat(ScormTestData.german(refusal)).startsWith("Dies ist ein SCORM-2004-Paket (Version „2004 4th Edition“).");
		assertThat(refusedXml(scorm2004.replace("2004 4th Edition", "CAM 1.3")).problem())
			.isEqualTo(ScormProblem.SCORM_2004);
	}

	@Test
	void anotherVersionIsRefusedAsUnsupported() {
		ManifestException refusal = refusedXml(
				manifest("", "", "", "", "a.html").replace("<schemaversion>1.2", "<schemaversion>1.1"));

		assertThat(refusal.problem()).isEqualTo(ScormProblem.UNSUPPORTED_VERSION);
		assertThat(refusal.arguments()).containsExactly("1.1");
	}

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = write(temp, "secret.txt", "geheim");
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ manifest("", "", "", "", "a.html").replace("<title>Kurs</title>", "<title>&x;</title>");

		ManifestException refusal = refusedXml(xxe);

		assertThat(refusal.problem()).isEqualTo(ScormProblem.DOCTYPE_NOT_ALLOWED);
		assertThat(refusal.getMessage()).doesNotContain("geheim");
	}

	@Test
	void aPackageWithoutManifestIsRefused() throws IOException {
		Path root = temp.resolve("pkg");
		write(root, "index.html", "<p>x</p>");

		assertThatThrownBy(() -> parser.parsePackage(root)).isInstanceOfSatisfying(ManifestException.class,
				refusal -> assertThat(refusal.problem()).isEqualTo(ScormProblem.NO_MANIFEST));
	}

	@Test
	void organisationProblemsAreRefused() {
		assertThat(refusedXml(manifest("", "", "", "", "a.html").replaceAll("(?s)<organizations.*</organizations>",
				"<organizations/>")).problem()).isEqualTo(ScormProblem.NO_ORGANIZATION);
		assertThat(refusedXml(manifest("", "", "", "", "a.html").replace("default=\"o\"", "default=\"x\"")).problem())
			.isEqualTo(ScormProblem.UNKNOWN_DEFAULT_ORGANIZATION);
		assertThat(refusedXml(manifest("", "", "", "", "a.html").replace("<title>Lektion</title>", "")).problem())
			.isEqualTo(ScormProblem.MISSING_TITLE);
		assertThat(refusedXml(manifest("", "", "", "", "a.html").replace("</resource>",
				"<dependency identifierref=\"nope\"/></resource>")).problem())
			.isEqualTo(ScormProblem.MISSING_DEPENDENCY);
		assertThat(refusedXml(manifest("", "", "", "", "a.html").replace("</organization>",
				"<item identifier=\"i\"><title>Doppelt</title></item></organization>")).problem())
			.isEqualTo(ScormProblem.DUPLICATE_IDENTIFIER);
		assertThat(refusedXml(manifest("", "", "", "", "a.html").replace("</title>\n",
				"</title><adlcp:masteryscore>120</adlcp:masteryscore>\n")).problem())
			.isEqualTo(ScormProblem.INVALID_VALUE);
		assertThat(refusedXml("<other/>").problem()).isEqualTo(ScormProblem.NOT_A_MANIFEST);
	}

	@Test
	void everyProblemHasAGermanAndAnEnglishMessage() {
		for (ScormProblem problem : ScormProblem.values()) {
			ManifestException refusal = new ManifestException(problem, "a", "b", "c");
			assertThat(ScormTestData.german(refusal)).as(problem.code()).isNotBlank().doesNotContain("{");
			assertThat(ScormTestData.message(refusal, Locale.ENGLISH)).as(problem.code()).isNotBlank()
				.doesNotContain("{");
		}
	}

	// ------------------------------------------------------------------ helpers

	private ManifestException refused(String name) {
		ManifestException refusal = catchThrowableOfType(ManifestException.class,
				() -> parser.parsePackage(ScormTestData.pack(name)));
		assertThat(refusal).as(name + " must be refused").isNotNull();
		assertThat(refusal.problem()).as(name).isEqualTo(BROKEN.get(name));
		return refusal;
	}

	private ManifestException refusedXml(String xml) {
		ManifestException refusal = catchThrowableOfType(ManifestException.class, () -> parser.parse(xml(xml), ""));
		assertThat(refusal).as("refused").isNotNull();
		return refusal;
	}

	private static ByteArrayInputStream xml(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ScormItem withParameters(ScormItem item, String parameters) {
		return new ScormItem(item.identifier(), item.title(), item.identifierRef(), item.visible(), parameters,
				item.prerequisites(), item.masteryScore(), item.maxTimeAllowed(), item.timeLimitAction(),
				item.launchData(), item.children());
	}

	private static Path write(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

	/** A one-SCO manifest with the given xml:base attributes, file elements and launch href. */
	static String manifest(String manifestBase, String resourcesBase, String resourceBase, String files,
			String href) {
		return """
				<manifest identifier="m" version="1"%s xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
				  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
				  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
				  <organizations default="o">
				    <organization identifier="o"><title>Kurs</title>
				      <item identifier="i" identifierref="r1"><title>Lektion</title>
				      </item>
				    </organization>
				  </organizations>
				  <resources%s>
				    <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="%s"%s>%s</resource>
				  </resources>
				</manifest>""".formatted(manifestBase, resourcesBase, href, resourceBase, files);
	}

}
