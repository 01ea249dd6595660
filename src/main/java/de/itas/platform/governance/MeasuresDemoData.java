package de.itas.platform.governance;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.search.SiteSearch;
import de.itas.platform.shared.search.SiteSearchResult;
import de.itas.platform.shared.security.PlatformUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional demo projects and measures from the region's {@code demo/governance-measures.json}: per action field
 * a few projects with measures (up to three levels), milestones, a dated timeline written by the field's lead,
 * links to charter sections (by anchor, in the version in force) and to platform items found through the site
 * search (e.g. events). Computed progress is rolled up after loading. Runs once (when no measure exists), after
 * the charter's and the events' demos; a region without the file gets no measures.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class MeasuresDemoData {

	private static final Logger log = LoggerFactory.getLogger(MeasuresDemoData.class);

	static final String FILE = "demo/governance-measures.json";

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	record DemoMilestone(String title, LocalDate due, @Nullable LocalDate done) {
	}

	record DemoHistory(LocalDate at, int progress, MeasureStatus status, String comment) {
	}

	record DemoSearch(String type, String query) {
	}

	record DemoMeasure(String title, @Nullable String description, @Nullable String leadPartner,
			@Nullable List<String> contractors, @Nullable List<MeasureTargetGroup> targetGroups,
			@Nullable List<String> districts, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable BigDecimal budget, @Nullable ProgressMode progressMode, @Nullable Integer weight,
			@Nullable Boolean isPublic, @Nullable List<DemoMilestone> milestones, @Nullable List<DemoHistory> history,
			@Nullable List<String> sections, @Nullable List<DemoSearch> search, @Nullable List<DemoMeasure> children) {
	}

	record DemoField(String field, String author, List<DemoMeasure> projects) {
	}

	/** The file; {@code note} and {@code fictional} mark it as made up. */
	record DemoFile(String note, boolean fictional, List<DemoField> fields) {
	}

	private final RegionFolder folder;
	private final Region region;
	private final MeasureStore store;
	private final Charter charter;
	private final SiteSearch search;
	private final JdbcClient jdbc;
	private final UserDetailsService users;
	private final TransactionTemplate transactions;

	MeasuresDemoData(RegionFolder folder, Region region, MeasureStore store, Charter charter, SiteSearch search,
			JdbcClient jdbc, UserDetailsService users, TransactionTemplate transactions) {
		this.folder = folder;
		this.region = region;
		this.store = store;
		this.charter = charter;
		this.search = search;
		this.jdbc = jdbc;
		this.users = users;
		this.transactions = transactions;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(70)
	void load() {
		if (!folder.file(FILE).exists()) {
			log.info("Region {} has no {}: no demo measures", folder, FILE);
			return;
		}
		if (jdbc.sql("SELECT count(*) FROM governance.measure").query(Long.class).single() > 0) {
			return;
		}
		DemoFile demo = read(folder);
		int[] count = { 0 };
		List<PendingSearch> searches = new java.util.ArrayList<>();
		transactions.executeWithoutResult(status -> count[0] = load(demo, searches));
		// after the commit: the site search asks every module, and one that fails must not undo the demo
		int linked = 0;
		for (PendingSearch pending : searches) {
			linked += link(pending) ? 1 : 0;
		}
		log.info("Created {} demo projects and measures with {} links to items found by the search", count[0], linked);
	}

	/** A link to an item the site search finds, made once the measures are committed. */
	private record PendingSearch(UUID measureId, String measureTitle, DemoSearch search) {
	}

	private boolean link(PendingSearch pending) {
		DemoSearch wanted = pending.search();
		SiteSearchResult result;
		try {
			result = search.search(wanted.query(), wanted.type(), 0, 1, null, Locale.GERMAN);
		}
		catch (RuntimeException ex) {
			log.info("The search for '{}' failed: demo link of '{}' left out", wanted.query(), pending.measureTitle());
			return false;
		}
		if (result.items().isEmpty() || !result.items().get(0).type().equals(wanted.type())) {
			log.info("The search finds no {} for '{}': demo link of '{}' left out", wanted.type(), wanted.query(),
					pending.measureTitle());
			return false;
		}
		SiteSearchResult.Item item = result.items().get(0);
		return store.addLink(pending.measureId(), item.type(), null, item.url(), item.title());
	}

	private int load(DemoFile demo, List<PendingSearch> searches) {
		Map<String, UUID> sections = sections();
		String version = charterNumber();
		int count = 0;
		for (DemoField field : demo.fields()) {
			Optional<ActionFieldSummary> actionField = region.actionField(field.field());
			if (actionField.isEmpty()) {
				log.info("Action field {} does not exist: its demo measures are left out", field.field());
				continue;
			}
			PlatformUser author = (PlatformUser) users.loadUserByUsername(field.author());
			for (DemoMeasure project : field.projects()) {
				count += insert(actionField.get(), null, project, author, sections, version, searches);
			}
			List<MeasureView> all = store.ofField(field.field());
			Map<UUID, Integer> progress = ProgressRollup.rollUp(all);
			for (MeasureView measure : all) {
				int computed = progress.get(measure.id());
				if (measure.progressMode().computed() && computed != measure.progress()) {
					store.setState(measure.id(), null, measure.status(), computed);
				}
			}
		}
		return count;
	}

	private int insert(ActionFieldSummary field, @Nullable MeasureView parent, DemoMeasure demo, PlatformUser author,
			Map<String, UUID> sections, @Nullable String version, List<PendingSearch> searches) {
		List<DemoHistory> history = demo.history() == null ? List.of() : demo.history();
		DemoHistory last = history.isEmpty() ? null : history.get(history.size() - 1);
		MeasureStatus status = last == null ? MeasureStatus.PLANNED : last.status();
		int progress = last == null ? 0 : last.progress();
		MeasureDraft draft = new MeasureDraft(demo.title(), demo.description() == null ? "" : demo.description(),
				demo.leadPartner() == null ? field.leadPartner().code() : demo.leadPartner(),
				demo.contractors() == null ? "" : String.join("\n", demo.contractors()),
				demo.targetGroups() == null || demo.targetGroups().isEmpty() ? EnumSet.noneOf(MeasureTargetGroup.class)
						: EnumSet.copyOf(demo.targetGroups()),
				demo.districts() == null ? List.of() : demo.districts(), demo.startsOn(), demo.endsOn(), demo.budget(),
				demo.progressMode() == null ? ProgressMode.ENTERED : demo.progressMode(),
				demo.weight() == null ? 1 : demo.weight(), demo.isPublic() == null || demo.isPublic());
		MeasureView measure = store.insert(field.code(), parent, draft, status, progress);
		for (DemoMilestone milestone : demo.milestones() == null ? List.<DemoMilestone>of() : demo.milestones()) {
			store.addMilestone(measure.id(), milestone.title(), milestone.due(), milestone.done());
		}
		for (DemoHistory entry : history) {
			jdbc.sql("""
					INSERT INTO governance.measure_history (id, measure_id, at, author_id, author_name, progress, status, comment)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), measure.id(), entry.at().atTime(LocalTime.of(10, 0)).atZone(ZONE).toOffsetDateTime(),
						author.id(), author.getDisplayName(), entry.progress(), entry.status().name(), entry.comment())
				.update();
		}
		for (String anchor : demo.sections() == null ? List.<String>of() : demo.sections()) {
			UUID section = sections.get(anchor);
			if (section == null || version == null) {
				log.info("Charter has no section '{}': demo link of '{}' left out", anchor, demo.title());
				continue;
			}
			charter.version(version)
				.flatMap(v -> charter.section(v.id(), section))
				.ifPresent(s -> store.addLink(measure.id(), MeasureLink.CHARTER_SECTION, section.toString(),
						"/charta/" + version + "#" + anchor, s.number() + " " + s.heading()));
		}
		for (DemoSearch wanted : demo.search() == null ? List.<DemoSearch>of() : demo.search()) {
			searches.add(new PendingSearch(measure.id(), demo.title(), wanted));
		}
		int count = 1;
		for (DemoMeasure child : demo.children() == null ? List.<DemoMeasure>of() : demo.children()) {
			count += insert(field, measure, child, author, sections, version, searches);
		}
		return count;
	}

	private @Nullable String charterNumber() {
		Optional<VersionSummary> current = charter.current();
		if (current.isPresent()) {
			return current.get().number();
		}
		List<VersionSummary> versions = charter.versions();
		return versions.isEmpty() ? null : versions.get(versions.size() - 1).number();
	}

	/** Section ids by anchor. */
	private Map<String, UUID> sections() {
		Map<String, UUID> byAnchor = new HashMap<>();
		charter.anchors().forEach((id, anchor) -> byAnchor.put(anchor, id));
		return byAnchor;
	}

	static DemoFile read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + region.path(FILE), ex);
		}
	}

}
