package de.itas.platform.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.web.CsvExport;

/**
 * The open data of the steering: the public indicators, their values as they may be published (the small-number
 * rule applied, „&lt; 5“ as no number) and the public measures, as CSV and JSON at stable addresses, with a
 * DCAT-AP.de catalogue that names each district by its official key. A measure is public when it and every measure
 * above it are public. Nothing here names a person.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

	/** The column of the region's total and of values without district, as the files name them. */
	public static final String TOTAL = ActualTable.TOTAL;

	public static final String UNKNOWN = ActualTable.UNKNOWN;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/districtKey/";

	/** The columns of {@code kennzahlen.csv}, in order (the page explains each). */
	public static final List<String> INDICATOR_COLUMNS = List.of("kennzahl", "titel", "definition", "einheit",
			"dezimalstellen", "richtung", "zaehlt", "quelle", "plattformkennzahl", "periodenart", "erstes_jahr",
			"letztes_jahr", "basiswert", "basisjahr", "handlungsfeld", "verantwortlicher_partner", "ziele");

	/** The columns of {@code kennzahlen-werte.csv}. */
	public static final List<String> VALUE_COLUMNS = List.of("kennzahl", "periode", "periodenart", "jahr",
			"landkreis", "regionalschluessel", "wert", "unterdrueckt", "vorlaeufig");

	/** The columns of {@code massnahmen.csv}. */
	public static final List<String> MEASURE_COLUMNS = List.of("id", "uebergeordnet", "ebene", "handlungsfeld",
			"titel", "beschreibung", "federfuehrender_partner", "auftragnehmer", "zielgruppen", "landkreise",
			"regionalschluessel", "beginn", "ende", "budget_euro", "status", "fortschritt", "fortschritt_berechnung",
			"meilensteine", "meilensteine_erreicht", "aktualisiert");

	/** The licence of the data. */
	public record Licence(String name, String url, String uri) {
	}

	/**
	 * One published value.
	 *
	 * @param district a district code, {@link #TOTAL} or {@link #UNKNOWN}
	 * @param regionalKey the district's official key, where it has one
	 * @param value {@code null} when none is known or it is suppressed
	 */
	public record Value(String indicatorKey, Period period, String district, @Nullable String regionalKey,
			@Nullable BigDecimal value, boolean suppressed, boolean provisional) {
	}

	private final IndicatorStore indicators;
	private final IndicatorActuals actuals;
	private final MeasureStore measures;
	private final Region region;
	private final OpenDataSettings settings;
	private final MessageSource messages;
	private final Mailer mailer;
	private final Clock clock;

	OpenData(IndicatorStore indicators, IndicatorActuals actuals, MeasureStore measures, Region region,
			OpenDataSettings settings, MessageSource messages, Mailer mailer, Clock clock) {
		this.indicators = indicators;
		this.actuals = actuals;
		this.measures = measures;
		this.region = region;
		this.settings = settings;
		this.messages = messages;
		this.mailer = mailer;
		this.clock = clock;
	}

	public Licence licence() {
		return new Licence(settings.licence(), settings.licenceUrl(), settings.licenceUri());
	}

	// ---- indicators and values

	/** The public indicators, by action field and position. */
	public List<IndicatorView> indicators() {
		return indicators.all().stream().filter(IndicatorView::isPublic).toList();
	}

	/** A public indicator. */
	public Optional<IndicatorView> indicator(String key) {
		return indicators.find(key).filter(IndicatorView::isPublic);
	}

	/** The running year (Berlin): values are published up to it. */
	public int currentYear() {
		return LocalDate.now(clock.withZone(BERLIN)).getYear();
	}

	/**
	 * The published values of an indicator in the years {@code fromYear} to {@code toYear} (within its life), every
	 * period with every district and the total that has a value or a hidden one (cells nobody entered are left out);
	 * suppression is applied to each whole row before anything is left out, so that filtering never uncovers a
	 * hidden value.
	 */
	public List<Value> values(IndicatorView indicator, int fromYear, int toYear) {
		ActualTable table = actuals.published(actuals.table(indicator, fromYear, toYear));
		Map<String, String> keys = regionalKeys();
		List<Value> values = new ArrayList<>();
		for (ActualTable.Row row : table.rows()) {
			for (String column : table.columns()) {
				ActualTable.Cell cell = row.cell(column);
				if (cell.empty()) {
					continue;
				}
				values.add(new Value(indicator.key(), row.period(), column, keys.get(column),
						cell.value() == null ? null : scaled(indicator, cell.value()), cell.suppressed(),
						cell.provisional()));
			}
		}
		return values;
	}

	/** All published values of an indicator, from its first year to the running year. */
	public List<Value> values(IndicatorView indicator) {
		return values(indicator, indicator.firstYear(), Math.min(indicator.lastYear(), currentYear()));
	}

	private static BigDecimal scaled(IndicatorView indicator, BigDecimal value) {
		return value.setScale(Math.max(0, indicator.decimals()), RoundingMode.HALF_UP);
	}

	private Map<String, String> regionalKeys() {
		Map<String, String> keys = new HashMap<>();
		region.districts().stream()
			.filter(district -> district.regionalKey() != null)
			.forEach(district -> keys.put(district.code(), district.regionalKey()));
		return keys;
	}

	// ---- measures

	/** The public measures (each with every measure above it public), by action field, level and position. */
	public List<MeasureView> measures() {
		List<MeasureView> all = measures.all();
		Map<UUID, MeasureView> byId = new HashMap<>();
		all.forEach(measure -> byId.put(measure.id(), measure));
		return all.stream().filter(measure -> publicChain(measure, byId)).toList();
	}

	private static boolean publicChain(MeasureView measure, Map<UUID, MeasureView> byId) {
		MeasureView current = measure;
		for (int depth = 0; current != null && depth <= MeasureView.MAX_LEVEL; depth++) {
			if (!current.isPublic()) {
				return false;
			}
			if (current.parentId() == null) {
				return true;
			}
			current = byId.get(current.parentId());
		}
		return false;
	}

	// ---- files

	public byte[] indicatorsCsv() {
		List<List<?>> rows = new ArrayList<>();
		for (IndicatorView indicator : indicators()) {
			rows.add(indicatorRow(indicator).values().stream().map(OpenData::csvCell).toList());
		}
		return CsvExport.file(INDICATOR_COLUMNS, rows);
	}

	public byte[] indicatorsJson() {
		Map<String, Object> body = head();
		body.put("kennzahlen", indicators().stream().map(this::indicatorJson).toList());
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
	}

	public byte[] valuesCsv() {
		List<List<?>> rows = new ArrayList<>();
		for (IndicatorView indicator : indicators()) {
			for (Value value : values(indicator)) {
				rows.add(valueRow(value, indicator).values().stream().map(OpenData::csvCell).toList());
			}
		}
		return CsvExport.file(VALUE_COLUMNS, rows);
	}

	public byte[] valuesJson() {
		Map<String, Object> body = head();
		List<Map<String, Object>> values = new ArrayList<>();
		for (IndicatorView indicator : indicators()) {
			values(indicator).forEach(value -> values.add(valueRow(value, indicator)));
		}
		body.put("werte", values);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
	}

	public byte[] measuresCsv() {
		List<List<?>> rows = new ArrayList<>();
		Map<UUID, List<MilestoneView>> milestones = milestones();
		for (MeasureView measure : measures()) {
			Map<String, Object> row = measureRow(measure, milestones.getOrDefault(measure.id(), List.of()));
			row.put("zielgruppen", String.join("|", strings(row.get("zielgruppen"))));
			row.put("landkreise", String.join("|", strings(row.get("landkreise"))));
			row.put("regionalschluessel", String.join("|", strings(row.get("regionalschluessel"))));
			row.put("auftragnehmer", String.join("|", strings(row.get("auftragnehmer"))));
			rows.add(row.values().stream().map(OpenData::csvCell).toList());
		}
		return CsvExport.file(MEASURE_COLUMNS, rows);
	}

	public byte[] measuresJson() {
		Map<String, Object> body = head();
		Map<UUID, List<MilestoneView>> milestones = milestones();
		body.put("massnahmen", measures().stream()
			.map(measure -> measureRow(measure, milestones.getOrDefault(measure.id(), List.of())))
			.toList());
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
	}

	private Map<UUID, List<MilestoneView>> milestones() {
		return measures.allMilestones().stream().collect(Collectors.groupingBy(MilestoneView::measureId));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(@Nullable Object list) {
		return list == null ? List.of() : (List<String>) list;
	}

	/** A cell of an open-data CSV: numbers as numbers, {@code null} as empty, anything else as text. */
	private static Object csvCell(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
				.collect(Collectors.joining("|"));
		}
		return value == null ? "" : value;
	}

	private Map<String, Object> head() {
		Map<String, Object> head = new LinkedHashMap<>();
		Licence licence = licence();
		head.put("lizenz", Map.of("name", licence.name(), "url", licence.url()));
		head.put("stand", clock.instant().toString());
		return head;
	}

	private Map<String, Object> indicatorRow(IndicatorView indicator) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kennzahl", indicator.key());
		row.put("titel", indicator.title());
		row.put("definition", indicator.definition());
		row.put("einheit", indicator.unit());
		row.put("dezimalstellen", indicator.decimals());
		row.put("richtung", indicator.direction().name());
		row.put("zaehlt", indicator.counted().name());
		row.put("quelle", indicator.source().name());
		row.put("plattformkennzahl", indicator.figureKey());
		row.put("periodenart", indicator.periodKind().name());
		row.put("erstes_jahr", indicator.firstYear());
		row.put("letztes_jahr", indicator.lastYear());
		row.put("basiswert", indicator.baselineValue() == null ? null : scaled(indicator, indicator.baselineValue()));
		row.put("basisjahr", indicator.baselineYear());
		row.put("handlungsfeld", indicator.actionFieldCode());
		row.put("verantwortlicher_partner", indicator.responsiblePartnerCode());
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		indicator.targets().forEach((year, target) -> targets.put(Integer.toString(year), scaled(indicator, target)));
		row.put("ziele", targets);
		return row;
	}

	private Map<String, Object> indicatorJson(IndicatorView indicator) {
		Map<String, Object> row = indicatorRow(indicator);
		row.put("werte", "/api/v1/governance/indicators/" + indicator.key() + "/values");
		return row;
	}

	private static Map<String, Object> valueRow(Value value, IndicatorView indicator) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kennzahl", value.indicatorKey());
		row.put("periode", value.period().code());
		row.put("periodenart", value.period().kind().name());
		row.put("jahr", value.period().year());
		row.put("landkreis", value.district());
		row.put("regionalschluessel", value.regionalKey());
		row.put("wert", value.value());
		row.put("unterdrueckt", value.suppressed());
		row.put("vorlaeufig", value.provisional());
		return row;
	}

	private Map<String, Object> measureRow(MeasureView measure, List<MilestoneView> milestones) {
		Map<String, String> keys = regionalKeys();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", measure.id().toString());
		row.put("uebergeordnet", measure.parentId() == null ? null : measure.parentId().toString());
		row.put("ebene", measure.level());
		row.put("handlungsfeld", measure.actionFieldCode());
		row.put("titel", measure.title());
		row.put("beschreibung", measure.description());
		row.put("federfuehrender_partner", measure.leadPartnerCode());
		row.put("auftragnehmer", measure.contractorList());
		row.put("zielgruppen", measure.targetGroups().stream().map(Enum::name).sorted().toList());
		row.put("landkreise", measure.districtCodes());
		row.put("regionalschluessel",
				measure.districtCodes().stream().map(keys::get).filter(key -> key != null).toList());
		row.put("beginn", measure.startsOn() == null ? null : measure.startsOn().toString());
		row.put("ende", measure.endsOn() == null ? null : measure.endsOn().toString());
		row.put("budget_euro", measure.budgetEuro());
		row.put("status", measure.status().name());
		row.put("fortschritt", measure.progress());
		row.put("fortschritt_berechnung", measure.progressMode().name());
		row.put("meilensteine", milestones.size());
		row.put("meilensteine_erreicht", (int) milestones.stream().filter(MilestoneView::reached).count());
		row.put("aktualisiert", measure.updatedAt().toString());
		return row;
	}

	// ---- catalogue

	/** The DCAT-AP.de catalogue of the three data sets as JSON-LD, with absolute addresses. */
	public byte[] catalogue(Locale locale) {
		String base = mailer.baseUrl();
		Licence licence = licence();
		String publisherName = message("governance.opendata.publisher", locale);
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("dcat", "http://www.w3.org/ns/dcat#");
		context.put("dct", "http://purl.org/dc/terms/");
		context.put("dcatde", "http://dcat-ap.de/def/dcatde/");
		context.put("foaf", "http://xmlns.com/foaf/0.1/");
		context.put("skos", "http://www.w3.org/2004/02/skos/core#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		List<Map<String, Object>> spatial = new ArrayList<>();
		List<Map<String, Object>> geocoding = new ArrayList<>();
		for (DistrictSummary district : region.districts()) {
			if (district.regionalKey() == null) {
				continue;
			}
			Map<String, Object> location = new LinkedHashMap<>();
			location.put("@id", GEOCODING + district.regionalKey());
			location.put("@type", "dct:Location");
			location.put("dct:identifier", district.regionalKey());
			location.put("skos:prefLabel", district.name());
			spatial.add(location);
			geocoding.add(id(GEOCODING + district.regionalKey()));
		}
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "foaf:Agent");
		publisher.put("foaf:name", publisherName);
		publisher.put("foaf:homepage", id(base + "/"));
		String modified = LocalDate.now(clock.withZone(BERLIN)).toString();

		Map<String, Object> catalogue = new LinkedHashMap<>();
		catalogue.put("@context", context);
		catalogue.put("@id", base + "/opendata/katalog.jsonld");
		catalogue.put("@type", "dcat:Catalog");
		catalogue.put("dct:title", text(message("governance.opendata.catalogue.title", locale)));
		catalogue.put("dct:description", text(message("governance.opendata.catalogue.description", locale)));
		catalogue.put("dct:publisher", publisher);
		catalogue.put("dct:language", id("http://publications.europa.eu/resource/authority/language/DEU"));
		catalogue.put("foaf:homepage", id(base + "/opendata"));
		catalogue.put("dct:license", id(licence.uri()));
		catalogue.put("dct:spatial", spatial);
		catalogue.put("dct:modified", Map.of("@value", modified, "@type", "xsd:date"));
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (String dataset : List.of("kennzahlen", "kennzahlen-werte", "massnahmen")) {
			Map<String, Object> set = new LinkedHashMap<>();
			set.put("@id", base + "/opendata#" + dataset);
			set.put("@type", "dcat:Dataset");
			set.put("dct:identifier", dataset);
			set.put("dct:title", text(message("governance.opendata.dataset." + dataset + ".title", locale)));
			set.put("dct:description",
					text(message("governance.opendata.dataset." + dataset + ".description", locale)));
			set.put("dcat:keyword", List.of(text(message("governance.opendata.keyword.steering", locale)),
					text(message("governance.opendata.keyword.transformation", locale))));
			set.put("dcat:theme", id("http://publications.europa.eu/resource/authority/data-theme/ECON"));
			set.put("dct:publisher", publisher);
			set.put("dct:spatial", spatial);
			set.put("dcatde:politicalGeocodingLevelURI",
					id("http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict"));
			set.put("dcatde:politicalGeocodingURI", geocoding);
			set.put("dct:license", id(licence.uri()));
			set.put("dcatde:licenseAttributionByText", publisherName);
			set.put("dcat:landingPage", id(base + "/opendata"));
			set.put("dct:modified", Map.of("@value", modified, "@type", "xsd:date"));
			set.put("dcat:distribution", List.of(distribution(base, dataset, "csv", "CSV", "text/csv", licence,
					publisherName), distribution(base, dataset, "json", "JSON", "application/json", licence,
					publisherName)));
			datasets.add(set);
		}
		catalogue.put("dcat:dataset", datasets);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(catalogue).getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Object> distribution(String base, String dataset, String extension, String format,
			String mediaType, Licence licence, String attribution) {
		String url = base + "/opendata/" + dataset + "." + extension;
		Map<String, Object> distribution = new LinkedHashMap<>();
		distribution.put("@id", url);
		distribution.put("@type", "dcat:Distribution");
		distribution.put("dct:title", text(dataset + "." + extension));
		distribution.put("dcat:accessURL", id(url));
		distribution.put("dcat:downloadURL", id(url));
		distribution.put("dct:format", id("http://publications.europa.eu/resource/authority/file-type/" + format));
		distribution.put("dcat:mediaType", id("https://www.iana.org/assignments/media-types/" + mediaType));
		distribution.put("dct:license", id(licence.uri()));
		distribution.put("dcatde:licenseAttributionByText", attribution);
		return distribution;
	}

	private static Map<String, Object> id(String uri) {
		return Map.of("@id", uri);
	}

	private static Map<String, Object> text(String text) {
		return Map.of("@value", text, "@language", "de");
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** When the data was read, for the page. */
	public Instant now() {
		return clock.instant();
	}

}
