package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;

/**
 * The open data: CSV and JSON parse back and hold only the public indicators and measures, values hidden by the
 * small-number rule have no number, the DCAT-AP.de catalogue parses as JSON and names the districts by their
 * regional keys, and the API filters by district and period and refuses what it does not understand.
 */
@PlatformTest
class OpenDataIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	IndicatorStore indicators;

	@Autowired
	Region region;

	/** A public indicator of persons with 2025 values: the first district 3, the second 10, the region 13. */
	private record Fixture(String publicKey, String hiddenKey, String small, String large, String publicMeasure,
			String hiddenMeasure, String childOfHidden) {
	}

	private Fixture fixture() {
		long n = System.nanoTime();
		String field = region.actionFields().get(0).code();
		List<DistrictSummary> districts = region.districts();
		String small = districts.get(0).code();
		String large = districts.get(1).code();
		PlatformUser enterer = accounts.person("Eingabe Offen");
		IndicatorView open = fixtures.entered("offen-" + n, "Offene Kennzahl " + n, field, IndicatorCounted.PERSONS, true,
				ReportFixtures.targets(2025, "20"));
		indicators.enter(open.key(), Period.year(2025), small, new BigDecimal("3"), "Liste", enterer.id(), "E");
		indicators.enter(open.key(), Period.year(2025), large, new BigDecimal("10"), "Liste", enterer.id(), "E");
		indicators.enter(open.key(), Period.year(2025), null, new BigDecimal("13"), "Liste", enterer.id(), "E");
		indicators.enter(open.key(), Period.year(2024), null, new BigDecimal("8"), "Liste", enterer.id(), "E");
		IndicatorView internal = fixtures.entered("intern-" + n, "Interne Kennzahl " + n, field, IndicatorCounted.ITEMS,
				false, ReportFixtures.targets(2025, "5"));
		indicators.enter(internal.key(), Period.year(2025), null, new BigDecimal("7"), "Liste", enterer.id(), "E");
		MeasureView shown = fixtures.measure(field, null, "Offenes Projekt " + n, true, MeasureStatus.RUNNING, 30,
				List.of(small, large));
		MeasureView hidden = fixtures.measure(field, null, "Internes Projekt " + n, false, MeasureStatus.RUNNING, 10,
				List.of());
		MeasureView child = fixtures.measure(field, hidden, "Maßnahme unter internem Projekt " + n, true,
				MeasureStatus.PLANNED, 0, List.of());
		return new Fixture(open.key(), internal.key(), small, large, shown.title(), hidden.title(), child.title());
	}

	@Test
	void theCsvFilesHoldOnlyPublicItemsAndHiddenValuesWithoutNumber() throws Exception {
		Fixture fixture = fixture();

		List<CSVRecord> indicatorLines = csv(mvc.get().uri("/opendata/kennzahlen.csv").exchange());
		assertThat(indicatorLines.get(0).toList()).isEqualTo(OpenData.INDICATOR_COLUMNS);
		assertThat(indicatorLines).extracting(line -> line.get(0)).contains(fixture.publicKey())
			.doesNotContain(fixture.hiddenKey());
		CSVRecord open = indicatorLines.stream().filter(line -> line.get(0).equals(fixture.publicKey())).findFirst()
			.orElseThrow();
		assertThat(open.get(OpenData.INDICATOR_COLUMNS.indexOf("zaehlt"))).isEqualTo("PERSONS");
		assertThat(open.get(OpenData.INDICATOR_COLUMNS.indexOf("ziele"))).isEqualTo("2025=20");

		List<CSVRecord> valueLines = csv(mvc.get().uri("/opendata/kennzahlen-werte.csv").exchange());
		assertThat(valueLines.get(0).toList()).isEqualTo(OpenData.VALUE_COLUMNS);
		assertThat(valueLines).noneMatch(line -> line.get(0).equals(fixture.hiddenKey()));
		// 3 is hidden, and so is 10 (else 13 - 10 gives it away); the region's 13 is shown
		assertThat(value(valueLines, fixture.publicKey(), "2025", fixture.small())).containsExactly("", "true", "true");
		assertThat(value(valueLines, fixture.publicKey(), "2025", fixture.large())).containsExactly("", "true", "true");
		assertThat(value(valueLines, fixture.publicKey(), "2025", OpenData.TOTAL)).containsExactly("13", "false", "true");
		assertThat(value(valueLines, fixture.publicKey(), "2024", OpenData.TOTAL)).containsExactly("8", "false", "true");
		DistrictSummary smallDistrict = region.district(fixture.small()).orElseThrow();
		assertThat(valueLines.stream()
			.filter(line -> line.get(0).equals(fixture.publicKey()) && line.get(4).equals(fixture.small()))
			.findFirst().orElseThrow().get(5)).isEqualTo(Objects.toString(smallDistrict.regionalKey(), ""));

		List<CSVRecord> measureLines = csv(mvc.get().uri("/opendata/massnahmen.csv").exchange());
		assertThat(measureLines.get(0).toList()).isEqualTo(OpenData.MEASURE_COLUMNS);
		int title = OpenData.MEASURE_COLUMNS.indexOf("titel");
		assertThat(measureLines).extracting(line -> line.get(title)).contains(fixture.publicMeasure())
			.doesNotContain(fixture.hiddenMeasure(), fixture.childOfHidden());
		CSVRecord shown = measureLines.stream().filter(line -> line.get(title).equals(fixture.publicMeasure()))
			.findFirst().orElseThrow();
		assertThat(shown.get(OpenData.MEASURE_COLUMNS.indexOf("fortschritt"))).isEqualTo("30");
		assertThat(shown.get(OpenData.MEASURE_COLUMNS.indexOf("landkreise")))
			.isEqualTo(fixture.small() + "|" + fixture.large());
		assertThat(shown.get(OpenData.MEASURE_COLUMNS.indexOf("beginn"))).isEqualTo("2025-01-01");
	}

	@Test
	void theJsonFilesParseAndHoldOnlyPublicItems() throws Exception {
		Fixture fixture = fixture();

		JsonNode indicatorsJson = json(mvc.get().uri("/opendata/kennzahlen.json").exchange());
		assertThat(indicatorsJson.get("lizenz").get("name").asString())
			.isEqualTo("Datenlizenz Deutschland – Namensnennung – 2.0");
		List<String> keys = new ArrayList<>();
		indicatorsJson.get("kennzahlen").forEach(node -> keys.add(node.get("kennzahl").asString()));
		assertThat(keys).contains(fixture.publicKey()).doesNotContain(fixture.hiddenKey());

		JsonNode values = json(mvc.get().uri("/opendata/kennzahlen-werte.json").exchange());
		List<JsonNode> own = new ArrayList<>();
		values.get("werte").forEach(node -> {
			if (node.get("kennzahl").asString().equals(fixture.publicKey())) {
				own.add(node);
			}
			assertThat(node.get("kennzahl").asString()).isNotEqualTo(fixture.hiddenKey());
		});
		JsonNode hidden = own.stream()
			.filter(node -> node.get("periode").asString().equals("2025")
					&& node.get("landkreis").asString().equals(fixture.small()))
			.findFirst().orElseThrow();
		assertThat(hidden.get("wert").isNull()).isTrue();
		assertThat(hidden.get("unterdrueckt").asBoolean()).isTrue();
		JsonNode total = own.stream()
			.filter(node -> node.get("periode").asString().equals("2025")
					&& node.get("landkreis").asString().equals(OpenData.TOTAL))
			.findFirst().orElseThrow();
		assertThat(total.get("wert").isNumber()).isTrue();
		assertThat(total.get("wert").decimalValue()).isEqualByComparingTo("13");

		JsonNode measuresJson = json(mvc.get().uri("/opendata/massnahmen.json").exchange());
		List<String> titles = new ArrayList<>();
		measuresJson.get("massnahmen").forEach(node -> titles.add(node.get("titel").asString()));
		assertThat(titles).contains(fixture.publicMeasure())
			.doesNotContain(fixture.hiddenMeasure(), fixture.childOfHidden());
	}

	@Test
	void theCatalogueNamesTheDistrictsByTheirRegionalKeys() throws Exception {
		MvcTestResult result = mvc.get().uri("/opendata/katalog.jsonld").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/ld+json");
		JsonNode catalogue = json(result);
		assertThat(catalogue.get("@type").asString()).isEqualTo("dcat:Catalog");
		assertThat(catalogue.get("dcat:dataset")).hasSize(3);
		List<String> spatial = new ArrayList<>();
		catalogue.get("dct:spatial").forEach(node -> spatial.add(node.get("dct:identifier").asString()));
		List<String> keys = region.districts().stream().map(DistrictSummary::regionalKey).filter(Objects::nonNull)
			.toList();
		assertThat(keys).isNotEmpty();
		assertThat(spatial).containsExactlyElementsOf(keys);
		JsonNode dataset = catalogue.get("dcat:dataset").get(1);
		assertThat(dataset.get("dct:identifier").asString()).isEqualTo("kennzahlen-werte");
		assertThat(dataset.get("dct:license").get("@id").asString()).isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
		assertThat(dataset.get("dcatde:politicalGeocodingURI").get(0).get("@id").asString())
			.isEqualTo("http://dcat-ap.de/def/politicalGeocoding/districtKey/" + keys.get(0));
		List<String> downloads = new ArrayList<>();
		dataset.get("dcat:distribution").forEach(node -> downloads.add(node.get("dcat:downloadURL").get("@id").asString()));
		assertThat(downloads).hasSize(2).allMatch(url -> url.startsWith("http"))
			.anyMatch(url -> url.endsWith("/opendata/kennzahlen-werte.csv"));
	}

	@Test
	void theApiFiltersByDistrictAndPeriod() throws Exception {
		Fixture fixture = fixture();

		JsonNode list = json(mvc.get().uri("/api/v1/governance/indicators").exchange());
		List<String> keys = new ArrayList<>();
		list.get("indicators").forEach(node -> keys.add(node.get("key").asString()));
		assertThat(keys).contains(fixture.publicKey()).doesNotContain(fixture.hiddenKey());

		String values = "/api/v1/governance/indicators/" + fixture.publicKey() + "/values";
		JsonNode all = json(mvc.get().uri(values).exchange());
		assertThat(all.get("values").size()).isGreaterThan(3);

		JsonNode one = json(mvc.get().uri(values + "?district=" + fixture.small() + "&from=2025&to=2025").exchange());
		assertThat(one.get("values")).hasSize(1);
		JsonNode cell = one.get("values").get(0);
		assertThat(cell.get("district").asString()).isEqualTo(fixture.small());
		assertThat(cell.get("period").asString()).isEqualTo("2025");
		assertThat(cell.get("value").isNull()).isTrue();
		assertThat(cell.get("suppressed").asBoolean()).isTrue();

		String smallKey = region.district(fixture.small()).orElseThrow().regionalKey();
		if (smallKey != null) {
			JsonNode byKey = json(mvc.get().uri(values + "?district=" + smallKey + "&from=2025&to=2025").exchange());
			assertThat(byKey.get("values")).hasSize(1);
			assertThat(byKey.get("values").get(0).get("regionalKey").asString()).isEqualTo(smallKey);
		}

		JsonNode totals = json(mvc.get().uri(values + "?district=total&from=2024&to=2024").exchange());
		assertThat(totals.get("values")).hasSize(1);
		assertThat(totals.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("8");

		// a period that does not lie wholly within from–to is left out
		assertThat(json(mvc.get().uri(values + "?from=2025-03&to=2025-12").exchange()).get("values")).isEmpty();

		assertThat(mvc.get().uri("/api/v1/governance/indicators/" + fixture.hiddenKey() + "/values")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/governance/indicators/keine-solche/values")).hasStatus(404);
	}

	@Test
	void theApiRefusesWhatItDoesNotUnderstand() throws Exception {
		Fixture fixture = fixture();
		String values = "/api/v1/governance/indicators/" + fixture.publicKey() + "/values";
		Map<String, String> refused = Map.of("?district=nirgendwo", "district", "?from=2025-13", "from",
				"?to=letztes-jahr", "to", "?from=2026&to=2025", "to");
		for (Map.Entry<String, String> entry : refused.entrySet()) {
			MvcTestResult result = mvc.get().uri(values + entry.getKey()).exchange();
			assertThat(result).as(entry.getKey()).hasStatus(400);
			JsonNode error = json(result).get("errors").get(0);
			assertThat(error.get("field").asString()).as(entry.getKey()).isEqualTo(entry.getValue());
			assertThat(error.get("message").asString()).as(entry.getKey()).isNotBlank();
		}
	}

	@Test
	void thePageExplainsTheColumnsAndNamesTheLicence() throws Exception {
		MvcTestResult result = mvc.get().uri("/opendata").exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("a[href=https://www.govdata.de/dl-de/by-2-0]").text())
			.isEqualTo("Datenlizenz Deutschland – Namensnennung – 2.0");
		assertThat(page.select("#spalten ~ .table-wrap code").eachText()).contains("unterdrueckt", "regionalschluessel",
				"meilensteine_erreicht", "ziele");
		assertThat(page.select("a[href=/opendata/massnahmen.json]")).hasSize(1);
		assertThat(page.select("a[href=/opendata/katalog.jsonld]")).hasSize(1);
	}

	@Test
	void theLicenceIsASettingOperatorsChangeByEnvironmentVariables() {
		org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
		String name = org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		environment.getPropertySources().remove(name);
		environment.getPropertySources().addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource(
				name, Map.of("PLATFORM_GOVERNANCE_OPENDATA_LICENCE", "CC BY 4.0",
						"PLATFORM_GOVERNANCE_OPENDATA_LICENCEURL", "https://creativecommons.org/licenses/by/4.0/")));
		OpenDataSettings settings = org.springframework.boot.context.properties.bind.Binder.get(environment)
			.bindOrCreate("platform.governance.open-data", OpenDataSettings.class);
		assertThat(settings.licence()).isEqualTo("CC BY 4.0");
		assertThat(settings.licenceUrl()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(settings.licenceUri()).isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
	}

	// ---- reading back

	private static List<CSVRecord> csv(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
	}

	/** wert, unterdrueckt and vorlaeufig of one value line. */
	private static List<String> value(List<CSVRecord> lines, String key, String period, String district) {
		CSVRecord line = lines.stream()
			.filter(l -> l.get(0).equals(key) && l.get(1).equals(period) && l.get(4).equals(district))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No line " + key + " " + period + " " + district));
		return List.of(line.get(6), line.get(7), line.get(8));
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
