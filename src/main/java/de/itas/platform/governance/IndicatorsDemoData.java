package de.itas.platform.governance;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.figures.FigureException;
import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.security.PlatformUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional demo indicators from the region's {@code demo/governance-indicators.json}: entered indicators with
 * their values (entered by the action field's lead, signed off by the coordination; the newest ones left
 * provisional for the sign-off queue) and computed indicators, whose snapshots are computed for every year of their
 * life up to the current one from the other modules' demo data; past years are signed off. Runs once (when no
 * indicator exists), after the demo data of the other modules; a region without the file gets no indicators.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class IndicatorsDemoData {

	private static final Logger log = LoggerFactory.getLogger(IndicatorsDemoData.class);

	static final String FILE = "demo/governance-indicators.json";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** One entered value; {@code district} {@code null} for the whole region. */
	record DemoValue(String period, @Nullable String district, BigDecimal value, String note) {
	}

	record DemoIndicator(String key, String title, String definition, String unit, int decimals,
			@Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, Direction direction, IndicatorCounted counted,
			@Nullable BigDecimal baselineValue, @Nullable Integer baselineYear, String partner, String actionField,
			IndicatorSource source, @Nullable String figureKey, PeriodKind periodKind, int firstYear, int lastYear,
			boolean published, Map<String, BigDecimal> targets, @Nullable String enteredBy,
			@Nullable String provisionalFrom, @Nullable List<DemoValue> values) {
	}

	/** The file; {@code note} and {@code fictional} mark it as made up. */
	record DemoFile(String note, boolean fictional, String signedOffBy, List<DemoIndicator> indicators) {
	}

	private final RegionFolder region;
	private final IndicatorStore store;
	private final Indicators indicators;
	private final JdbcClient jdbc;
	private final UserDetailsService users;
	private final TransactionTemplate transactions;
	private final Clock clock;

	IndicatorsDemoData(RegionFolder region, IndicatorStore store, Indicators indicators, JdbcClient jdbc,
			UserDetailsService users, TransactionTemplate transactions, Clock clock) {
		this.region = region;
		this.store = store;
		this.indicators = indicators;
		this.jdbc = jdbc;
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** After the events' demo (order 60), the last of the demo loaders that fill the counted figures. */
	@EventListener(ApplicationStartedEvent.class)
	@Order(80)
	void load() {
		if (!region.file(FILE).exists()) {
			log.info("Region {} has no {}: no demo indicators", region, FILE);
			return;
		}
		if (jdbc.sql("SELECT count(*) FROM governance.indicator").query(Long.class).single() > 0) {
			return;
		}
		DemoFile demo = read(region);
		transactions.executeWithoutResult(status -> entered(demo));
		int snapshots = computed(demo);
		log.info("Created demo indicators: {} indicators, {} snapshots", demo.indicators().size(), snapshots);
	}

	private void entered(DemoFile demo) {
		PlatformUser signer = user(demo.signedOffBy());
		int position = 0;
		for (DemoIndicator d : demo.indicators()) {
			store.insert(new IndicatorView(d.key(), d.title(), d.definition(), d.unit(), d.decimals(), d.minValue(),
					d.maxValue(), d.direction(), d.counted(), d.baselineValue(), d.baselineYear(), d.partner(),
					d.actionField(), d.source(), d.figureKey(), d.periodKind(), d.firstYear(), d.lastYear(), d.published(),
					position++, 0, targets(d.targets())));
			if (d.source() != IndicatorSource.ENTERED || d.values() == null || d.enteredBy() == null) {
				continue;
			}
			PlatformUser enterer = user(d.enteredBy());
			Period provisionalFrom = d.provisionalFrom() == null ? null : Period.parse(d.provisionalFrom());
			for (DemoValue v : d.values()) {
				Period period = Period.parse(v.period());
				IndicatorValueView value = store.enter(d.key(), period, v.district(), v.value(), v.note(), enterer.id(),
						enterer.getDisplayName());
				if (provisionalFrom == null || period.compareTo(provisionalFrom) < 0) {
					store.signOff(value.id(), value.version(), signer.id(), signer.getDisplayName());
				}
			}
		}
	}

	private int computed(DemoFile demo) {
		PlatformUser signer = user(demo.signedOffBy());
		int year = LocalDate.now(clock.withZone(BERLIN)).getYear();
		int count = 0;
		for (DemoIndicator d : demo.indicators()) {
			if (d.source() != IndicatorSource.COMPUTED) {
				continue;
			}
			IndicatorView indicator = store.find(d.key()).orElseThrow();
			for (int y = d.firstYear(); y <= Math.min(d.lastYear(), year); y++) {
				try {
					SnapshotView snapshot = indicators.computeAs(indicator, y, null, signer.getDisplayName());
					if (y < year) {
						store.signOffSnapshot(snapshot.id(), signer.id(), signer.getDisplayName());
					}
					count++;
				}
				catch (FigureException ex) {
					log.warn("Demo indicator {} has no snapshot for {}: {}", d.key(), y, ex.getMessage());
				}
			}
		}
		return count;
	}

	private static TreeMap<Integer, BigDecimal> targets(Map<String, BigDecimal> targets) {
		TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
		targets.forEach((year, value) -> byYear.put(Integer.parseInt(year), value));
		return byYear;
	}

	private PlatformUser user(String email) {
		return (PlatformUser) users.loadUserByUsername(email);
	}

	static DemoFile read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + region.path(FILE), ex);
		}
	}

	/** The keys of the demo's computed indicators (for tests). */
	static List<String> computedKeys(RegionFolder region) {
		return read(region).indicators()
			.stream()
			.filter(d -> d.source() == IndicatorSource.COMPUTED)
			.map(DemoIndicator::key)
			.toList();
	}

}
