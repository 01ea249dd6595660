package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import de.itas.platform.helpdesk.Topic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every region folder has the same files and text keys, and its files fit each other: every district,
 * partner, action field, town and team a file names exists in the region, so that the platform and its
 * demo data start on any region.
 */
class RegionFilesTests {

	private static final Path REGIONS = Path.of("src/main/resources/region");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyRegionHasTheSameFilesAndTextKeys() throws IOException {
		Set<String> files = files(REGIONS.resolve("suedwestsachsen"));
		Set<String> keys = texts("suedwestsachsen", "messages.properties").stringPropertyNames();
		assertThat(files).contains("messages.properties", "messages_en.properties", "settings.properties", "districts.json",
				"partners.json", "action-fields.json", "help-desks.json", "places.json", "helpdesk-topics.json",
				"demo/accounts.json", "demo/companies.json", "demo/trainings.json", "demo/assessment-needs.json",
				"demo/helpdesk.json");
		for (String region : List.of("suedwestsachsen", "leipzig")) {
			assertThat(files(REGIONS.resolve(region))).as("files of %s", region).isEqualTo(files);
			assertThat(texts(region, "messages.properties").stringPropertyNames()).as("German texts of %s", region)
				.isEqualTo(keys);
			assertThat(texts(region, "messages_en.properties").stringPropertyNames()).as("English texts of %s", region)
				.isEqualTo(keys);
			assertThat(texts(region, "settings.properties").stringPropertyNames()).as("settings of %s", region)
				.contains("platform.legal.operator", "platform.legal.address", "platform.mail.from");
		}
	}

	@Test
	void everyRegionalTextAMessageNamesExistsAndNamesNoOtherText() throws IOException {
		Pattern token = Pattern.compile("\\$\\{(regional\\.[a-z0-9.\\-]+)}");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> bundles = Files.walk(Path.of("src/main/resources/i18n"))) {
			for (Path bundle : bundles.filter(path -> path.toString().endsWith(".properties")).toList()) {
				Matcher matcher = token.matcher(Files.readString(bundle, StandardCharsets.UTF_8));
				while (matcher.find()) {
					named.add(matcher.group(1));
				}
			}
		}
		assertThat(named).contains("regional.platform-name", "regional.name", "regional.claim");
		for (String region : List.of("suedwestsachsen", "leipzig")) {
			Properties texts = texts(region, "messages.properties");
			assertThat(texts.stringPropertyNames()).as("texts of %s", region).containsAll(named);
			assertThat(texts.values()).as("texts of %s", region).noneMatch(value -> value.toString().contains("${"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "suedwestsachsen", "leipzig" })
	void theFilesOfARegionFitEachOther(String region) throws IOException {
		Path folder = REGIONS.resolve(region);
		List<String> problems = new ArrayList<>();
		Set<String> districts = codes(read(folder, "districts.json"));
		Set<String> partners = codes(read(folder, "partners.json"));
		Set<String> fields = codes(read(folder, "action-fields.json"));
		Set<String> places = new HashSet<>();
		for (JsonNode place : read(folder, "places.json")) {
			places.add(place.get("name").asString());
			check(problems, districts, place.get("districtCode"), "places.json: district of " + place.get("name"));
		}
		Set<String> keys = new HashSet<>();
		for (JsonNode district : read(folder, "districts.json")) {
			String key = district.get("regionalKey").asString();
			if (!key.matches("\\d{5}") || !keys.add(key)) {
				problems.add("districts.json: official key " + key + " of " + district.get("code"));
			}
			if (!places.contains(district.get("seat").asString())) {
				problems.add("places.json lacks the seat " + district.get("seat"));
			}
		}
		for (JsonNode field : read(folder, "action-fields.json")) {
			check(problems, partners, field.get("details").get("leadPartnerCode"), "action-fields.json: lead of " + field.get("code"));
		}
		Set<String> teams = new HashSet<>();
		for (JsonNode desk : read(folder, "help-desks.json")) {
			teams.add(desk.get("code").asString());
			check(problems, partners, desk.get("details").get("partnerCode"), "help-desks.json: partner of " + desk.get("code"));
			check(problems, districts, desk.get("details").get("districtCode"), "help-desks.json: district of " + desk.get("code"));
		}
		Set<String> partnersWithDesk = StreamSupport.stream(read(folder, "help-desks.json").spliterator(), false)
			.map(desk -> desk.get("details").get("partnerCode").asString())
			.collect(Collectors.toSet());
		partners.stream().filter(partner -> !partnersWithDesk.contains(partner)).forEach(partner -> teams.add(partner + "-team"));
		JsonNode topics = read(folder, "helpdesk-topics.json");
		for (String topic : topics.propertyNames()) {
			Topic.valueOf(topic);
			check(problems, fields, topics.get(topic), "helpdesk-topics.json: field of " + topic);
		}
		assertThat(topics.propertyNames()).as("topics with an action field").hasSize(Topic.values().length - 1);

		JsonNode accounts = read(folder, "demo/accounts.json");
		Set<String> organisations = new HashSet<>();
		for (JsonNode organisation : accounts.get("organisations")) {
			organisations.add(organisation.get("name").asString());
			check(problems, districts, organisation.get("districtCode"), "demo/accounts.json: district of " + organisation.get("name"));
			if (organisation.has("partnerCode")) {
				check(problems, partners, organisation.get("partnerCode"), "demo/accounts.json: partner of " + organisation.get("name"));
			}
		}
		Set<String> users = new HashSet<>();
		Set<String> demoUsersCompanies = new HashSet<>();
		for (JsonNode user : accounts.get("users")) {
			users.add(user.get("email").asString());
			if (user.get("email").asString().equals("unternehmen@demo.itas.local")) {
				user.get("memberships").forEach(membership -> demoUsersCompanies.add(membership.get("organisation").asString()));
			}
			for (JsonNode membership : user.get("memberships")) {
				check(problems, organisations, membership.get("organisation"), "demo/accounts.json: organisation of " + user.get("email"));
			}
			if (user.has("profile")) {
				check(problems, districts, user.get("profile").get("districtCode"), "demo/accounts.json: district of " + user.get("email"));
			}
		}
		assertThat(users).as("the demo login of every role, the same in every region").contains("admin@demo.itas.local",
				"koordination@demo.itas.local", "berater@demo.itas.local", "anbieter@demo.itas.local",
				"unternehmen@demo.itas.local", "beschaeftigte@demo.itas.local");

		Set<String> showcases = new HashSet<>();
		for (JsonNode company : read(folder, "demo/companies.json").get("companies")) {
			if (company.has("showcase") && company.get("showcase").asBoolean()) {
				showcases.add(company.get("name").asString());
			}
			check(problems, districts, company.get("districtCode"), "demo/companies.json: district of " + company.get("name"));
			if (!company.get("name").asString().endsWith("(fiktiv)")) {
				problems.add("demo/companies.json: " + company.get("name") + " is not marked fictional");
			}
		}
		assertThat(showcases).as("the one showcase company is the demo company admin's").hasSize(1)
			.isEqualTo(demoUsersCompanies);

		JsonNode trainings = read(folder, "demo/trainings.json");
		for (JsonNode provider : trainings.get("providers")) {
			check(problems, districts, provider.get("districtCode"), "demo/trainings.json: district of " + provider.get("name"));
		}
		for (JsonNode offer : trainings.get("offers")) {
			if (offer.hasNonNull("actionField")) {
				check(problems, fields, offer.get("actionField"), "demo/trainings.json: action field of " + offer.get("title"));
			}
			for (JsonNode run : offer.get("runs")) {
				if (!run.get("online").asBoolean()) {
					check(problems, districts, run.get("districtCode"), "demo/trainings.json: district of a run of " + offer.get("title"));
					check(problems, places, run.get("city"), "demo/trainings.json: town of a run of " + offer.get("title"));
				}
			}
		}

		JsonNode helpdesk = read(folder, "demo/helpdesk.json");
		for (JsonNode advisor : helpdesk.get("advisors")) {
			check(problems, users, advisor.get("email"), "demo/helpdesk.json: advisor");
			for (JsonNode team : advisor.get("teams")) {
				check(problems, teams, team, "demo/helpdesk.json: team of " + advisor.get("email"));
			}
		}
		for (JsonNode rule : helpdesk.get("rules")) {
			check(problems, teams, rule.get("teamCode"), "demo/helpdesk.json: team of a rule");
			if (rule.hasNonNull("districtCode")) {
				check(problems, districts, rule.get("districtCode"), "demo/helpdesk.json: district of a rule");
			}
		}
		assertThat(problems).as("unknown codes in region %s", region).isEmpty();
	}

	@Test
	void aMisspelledCodeIsReported() {
		List<String> problems = new ArrayList<>();
		check(problems, Set.of("leipzig", "nordsachsen"), JSON.getNodeFactory().stringNode("nordsachsn"), "sample");
		check(problems, Set.of("leipzig", "nordsachsen"), JSON.getNodeFactory().stringNode("leipzig"), "sample");
		assertThat(problems).containsExactly("sample: unknown \"nordsachsn\"");
	}

	private static void check(List<String> problems, Set<String> known, JsonNode code, String where) {
		if (code == null || !known.contains(code.asString())) {
			problems.add(where + ": unknown " + code);
		}
	}

	private static Set<String> codes(JsonNode list) {
		Set<String> codes = new HashSet<>();
		list.forEach(entry -> codes.add(entry.get("code").asString()));
		assertThat(codes).hasSize(list.size());
		return codes;
	}

	private static JsonNode read(Path folder, String file) throws IOException {
		return JSON.readTree(Files.readString(folder.resolve(file), StandardCharsets.UTF_8));
	}

	private static Set<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.map(file -> folder.relativize(file).toString().replace('\\', '/'))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static Properties texts(String region, String file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(REGIONS.resolve(region).resolve(file), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
