package de.itas.platform.trainings;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.skills.Occupations;
import de.itas.platform.trainings.search.Places;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fictional demo offers of {@code region/<name>/demo/trainings.json} with runs in the coming months
 * (days counted from the first start). Idempotent: an offer whose provider already has one with the same
 * title is skipped, so edits made in the running platform survive restarts. Runs after the taxonomy is
 * loaded (the offers' skills are checked against it), in one transaction.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class DemoOffers {

	private static final Logger log = LoggerFactory.getLogger(DemoOffers.class);

	static final String SKILL = "https://demo.itas.local/taxonomy/skill/";
	static final String OCCUPATION = "https://demo.itas.local/taxonomy/occupation/";

	/** The demo offers' file in the region's folder. */
	static final String FILE = "demo/trainings.json";

	record DemoRun(int startInDays, int days, boolean online, @Nullable String placeName, @Nullable String street,
			@Nullable String city, @Nullable String districtCode, String schedule, int capacity) {
	}

	record DemoOffer(String provider, String title, String summary, String description, Format format,
			String targetGroups, BigDecimal hours, BigDecimal price, boolean providerAzav, boolean courseAzav,
			List<String> skills, List<String> occupations, @Nullable String actionField, String contactName,
			String contactEmail, List<DemoRun> runs) {
	}

	record DemoProvider(String name, String districtCode) {
	}

	record DemoFile(List<DemoProvider> providers, List<DemoOffer> offers) {
	}

	private final Organisations organisations;
	private final Offers offers;
	private final OfferStore store;
	private final Places places;
	private final NamedParameterJdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Occupations taxonomy;
	private final Clock clock;
	private final String path;

	DemoOffers(Organisations organisations, Offers offers, OfferStore store, Places places,
			NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Occupations taxonomy, Clock clock,
			RegionFolder region) {
		this.taxonomy = taxonomy;
		this.organisations = organisations;
		this.offers = offers;
		this.store = store;
		this.places = places;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.path = region.path(FILE);
	}

	@EventListener(ApplicationStartedEvent.class)
	void loadOnStart() {
		Integer created = transactions.execute(status -> load());
		if (created != null && created > 0) {
			log.info("Created {} demo training offers", created);
		}
	}

	/** Demo runs begin on a working day, as the course days of their schedules are counted from there. */
	static LocalDate weekday(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.plusDays(2);
			case SUNDAY -> day.plusDays(1);
			default -> day;
		};
	}

	int load() {
		DemoFile demo = read(path);
		Map<String, OrganisationSummary> providers = demo.providers()
			.stream()
			.map(provider -> organisations.ensure(provider.name(), OrganisationKind.PROVIDER, provider.districtCode(), null))
			.collect(Collectors.toMap(OrganisationSummary::name, Function.identity()));
		LocalDate today = LocalDate.now(clock);
		int created = 0;
		for (DemoOffer offer : demo.offers()) {
			OrganisationSummary provider = providers.get(offer.provider());
			if (provider == null) {
				throw new IllegalStateException("Demo offer " + offer.title() + " names unknown provider " + offer.provider());
			}
			Integer exists = jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE provider_id = :provider AND title = :title",
					new MapSqlParameterSource("provider", provider.id()).addValue("title", offer.title()), Integer.class);
			if (exists != null && exists > 0) {
				continue;
			}
			OfferDraft draft = new OfferDraft(offer.title(), offer.summary(), offer.description(), offer.format(),
					offer.targetGroups(), "de", offer.hours(), offer.price(), offer.providerAzav(), offer.courseAzav(),
					// with a real ESCO taxonomy instead of the demo one the demo URIs are unknown: offers without them
					offer.skills().stream().map(key -> SKILL + key).filter(uri -> taxonomy.skill(uri).isPresent()).toList(),
					offer.occupations()
						.stream()
						.map(key -> OCCUPATION + key)
						.filter(uri -> taxonomy.summary(uri).isPresent())
						.toList(),
					offer.actionField(),
					offer.contactName(), offer.contactEmail(), "");
			long id = offers.createChecked(provider, draft, OfferStatus.PUBLISHED);
			for (DemoRun run : offer.runs()) {
				LocalDate start = weekday(today.plusDays(run.startInDays()));
				RunDraft draftRun = new RunDraft(start, start.plusDays(Math.max(0, run.days() - 1)), run.schedule(),
						run.online(), run.placeName() == null ? "" : run.placeName(), run.street() == null ? "" : run.street(),
						"", run.city() == null ? "" : run.city(), run.districtCode(), run.capacity());
				List<FieldProblem> problems = new ArrayList<>(offers.check(draftRun));
				problems.addAll(OfferRules.fit(draft.format(), draft.durationHours(), draftRun));
				Offers.requireValid(problems);
				store.insertRun(id, draftRun, run.online() ? null : places.locate(run.city(), run.districtCode()).orElse(null));
			}
			created++;
		}
		return created;
	}

	static DemoFile read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read demo offers " + path + ": " + ex.getMessage(), ex);
		}
	}

}
