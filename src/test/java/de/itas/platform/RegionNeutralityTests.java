package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything regional lives in {@code src/main/resources/region/<name>/}: no code, template, message, mail
 * template or other resource outside it names a region, its districts, towns or partners. The names come
 * from the region folders themselves (name, districts and seats, towns, partners), less those every region
 * shares (e.g. "IG Metall"), so a new region is checked as soon as its folder exists.
 */
class RegionNeutralityTests {

	private static final Path REGIONS = Path.of("src/main/resources/region");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Names the data files do not spell out on their own. */
	private static final Map<String, List<String>> EXTRA_NAMES = Map.of("suedwestsachsen",
			List.of("Erzgebirg", "Vogtland", "Westsachsen"), "leipzig", List.of("MoLeWa", "Automotive Cluster Ostdeutschland"));

	/**
	 * Outside the region folders but not to be changed for it: migrations already applied (a changed
	 * migration fails every existing database; a later migration removes their regional rows), a
	 * third-party list of common passwords, and the first questionnaire version (stored by version: a
	 * change needs a new version of the Transformationscheck).
	 */
	private static boolean exempt(Path relative) {
		String path = relative.toString().replace('\\', '/');
		return path.startsWith("region/") || path.startsWith("db/migration/")
				|| path.equals("accounts/common-passwords.txt") || path.equals("assessment/questionnaire-v1.json");
	}

	/** A line of a rule check whose name of a place stands only in the address of the cited source. */
	private static boolean citation(RegionNames.Finding finding) {
		String line = finding.text().strip();
		int source = line.indexOf("\"source\": \"https://");
		return line.startsWith("\"paragraph\": ") && source > 0 && !line.substring(0, source)
			.toLowerCase(java.util.Locale.ROOT)
			.contains(finding.name().toLowerCase(java.util.Locale.ROOT));
	}

	@Test
	void noCodeTemplateOrMessageNamesARegion() throws IOException {
		List<RegionNames.Finding> findings = new ArrayList<>();
		for (String region : regions()) {
			RegionNames names = new RegionNames(specificNames(region));
			findings.addAll(names.scan(Path.of("src/main/java"), path -> false));
			findings.addAll(names.scan(Path.of("src/main/resources"), RegionNeutralityTests::exempt));
		}
		// the address of a source a funding rule was checked against is a citation, not the platform naming a place
		findings.removeIf(finding -> finding.file().endsWith("/funding/programmes.json") && citation(finding));
		// the configuration names the region chosen when ITAS_REGION is not set
		findings.removeIf(finding -> finding.file().endsWith("/application.properties")
				&& finding.text().startsWith("platform.region=${ITAS_REGION:") && finding.name().equals("suedwestsachsen"));
		assertThat(findings).as("region names outside src/main/resources/region/").isEmpty();
	}

	@Test
	void theNamesOfSuedwestsachsenComeFromItsFolderWithoutTheSharedOnes() throws IOException {
		assertThat(specificNames("suedwestsachsen")).contains("Südwestsachsen", "South-West Saxony", "suedwestsachsen",
				"Chemnitz", "Zwickau", "Erzgebirgskreis", "Mittelsachsen", "Vogtlandkreis", "Annaberg-Buchholz", "Freiberg",
				"Plauen", "Glauchau", "CWE", "AMZ", "IHK Chemnitz", "Agentur für Arbeit Zwickau", "IG Metall Chemnitz & Zwickau")
			.doesNotContain("IG Metall", "IHK", "Agentur für Arbeit", "Stadt", "Landkreis");
		assertThat(specificNames("leipzig")).contains("Leipzig", "Nordsachsen", "Borna", "Torgau", "ACOD",
				"Automotive Cluster Ostdeutschland").doesNotContain("IG Metall", "IHK");
	}

	@Test
	void aFindingNamesTheFileTheLineAndTheName() {
		RegionNames names = new RegionNames(List.of("Zwickau", "CWE"));
		String sample = """
				class Sample {
					String desk = "IHK Zwickauer Land";
					String team = "cwe-team"; // lower case: not the acronym
					String partner = "CWE";
					String word = "Zwickautomat"; // a word starting with the name is one too
				}""";
		assertThat(names.scan("Sample.java", sample)).extracting(RegionNames.Finding::toString)
			.containsExactly("Sample.java:2: \"Zwickau\" in: String desk = \"IHK Zwickauer Land\";",
					"Sample.java:4: \"CWE\" in: String partner = \"CWE\";",
					"Sample.java:5: \"Zwickau\" in: String word = \"Zwickautomat\"; // a word starting with the name is one too");
		assertThat(names.scan("Other.java", "class Other { String town = \"Leipzig\"; }")).isEmpty();
	}

	@Test
	void theScanOfAFolderSkipsWhatItIsToldTo(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
		Files.createDirectories(folder.resolve("region/x"));
		Files.writeString(folder.resolve("region/x/data.json"), "{\"town\": \"Plauen\"}");
		Files.writeString(folder.resolve("page.html"), "<p>\n<span>Plauen</span></p>");
		Files.write(folder.resolve("logo.png"), "Plauen".getBytes(StandardCharsets.UTF_8));
		List<RegionNames.Finding> findings = new RegionNames(List.of("Plauen")).scan(folder,
				path -> path.startsWith("region"));
		assertThat(findings).singleElement()
			.satisfies(finding -> assertThat(finding.file()).endsWith("page.html"))
			.extracting(RegionNames.Finding::line)
			.isEqualTo(2);
	}

	@Test
	void messagesNameThePlatformThroughTheRegionsTexts() throws IOException {
		List<String> findings = new ArrayList<>();
		try (Stream<Path> bundles = Files.walk(Path.of("src/main/resources/i18n"))) {
			for (Path bundle : bundles.filter(path -> path.toString().endsWith(".properties")).toList()) {
				Properties messages = load(bundle);
				for (String key : messages.stringPropertyNames()) {
					if (Pattern.compile("\\bITAS\\b").matcher(messages.getProperty(key)).find()) {
						findings.add(bundle.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(findings).as("messages that name the platform instead of ${regional.platform-name}").isEmpty();
	}

	/** The names of a region that not every region has. */
	static Set<String> specificNames(String region) throws IOException {
		Map<String, Set<String>> all = new HashMap<>();
		for (String each : regions()) {
			all.put(each, names(each));
		}
		Set<String> specific = new LinkedHashSet<>(all.get(region));
		specific.removeIf(name -> all.values().stream().allMatch(names -> names.contains(name)));
		return specific;
	}

	private static Set<String> names(String region) throws IOException {
		Path folder = REGIONS.resolve(region);
		Set<String> names = new LinkedHashSet<>();
		names.add(region);
		names.add(load(folder.resolve("messages.properties")).getProperty("regional.name"));
		names.add(load(folder.resolve("messages_en.properties")).getProperty("regional.name"));
		for (JsonNode district : read(folder.resolve("districts.json"))) {
			names.add(district.get("name").asString().replaceAll("^(Stadt|Landkreis|Kreis) ", ""));
			names.add(district.get("seat").asString());
		}
		for (JsonNode place : read(folder.resolve("places.json"))) {
			names.add(place.get("name").asString());
		}
		Pattern acronym = Pattern.compile("\\b\\p{Lu}{3,}\\b");
		for (JsonNode partner : read(folder.resolve("partners.json"))) {
			for (String name : List.of(partner.get("details").get("name").asString(),
					partner.get("details").get("shortName").asString())) {
				names.add(name);
				Matcher matcher = acronym.matcher(name);
				while (matcher.find()) {
					names.add(matcher.group());
				}
			}
		}
		names.addAll(EXTRA_NAMES.getOrDefault(region, List.of()));
		return names;
	}

	private static List<String> regions() throws IOException {
		try (Stream<Path> folders = Files.list(REGIONS)) {
			List<String> regions = folders.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
			assertThat(regions).contains("suedwestsachsen", "leipzig");
			return regions;
		}
	}

	private static JsonNode read(Path file) throws IOException {
		return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
