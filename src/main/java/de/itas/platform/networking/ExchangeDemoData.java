package de.itas.platform.networking;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional offers and requests of the demo companies from the region's {@code demo/networking-exchange.json},
 * written so that they match in pairs (a company's free capacity and another's request for it, usually in a
 * neighbouring district), with a few contact requests in every state. The authors are the companies' members where
 * the demo has any (so the demo company user sees requests to their post). Runs once, when the exchange is empty;
 * a region without the file gets no posts.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class ExchangeDemoData {

	private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);

	static final String FILE = "demo/networking-exchange.json";

	record DemoPost(String company, PostKind kind, PostDirection direction, String title, String description,
			List<String> capabilities, Set<ProductGroup> productGroups, List<String> industryCodes,
			NameVisibility nameVisibility, int validMonths) {
	}

	record DemoRequest(String company, int post, String message, ContactStatus status, @Nullable String note,
			boolean cooperation) {
	}

	record DemoFile(List<DemoPost> posts, List<DemoRequest> requests) {
	}

	private final RegionFolder region;
	private final ExchangeStore store;
	private final Organisations organisations;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ExchangeDemoData(RegionFolder region, ExchangeStore store, Organisations organisations, JdbcTemplate jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.region = region;
		this.store = store;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(95)
	void load() {
		if (!region.file(FILE).exists()) {
			log.info("Region {} has no {}: no demo posts in the cooperation exchange", region, FILE);
			return;
		}
		Integer existing = jdbc.queryForObject("SELECT count(*) FROM networking.exchange_post", Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		DemoFile demo = read(region);
		Integer created = transactions.execute(status -> load(demo));
		log.info("Created {} demo posts in the cooperation exchange", created);
	}

	private int load(DemoFile demo) {
		Map<String, OrganisationSummary> companies = organisations.organisations(OrganisationKind.COMPANY)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::name, Function.identity(), (a, b) -> a));
		LocalDate today = LocalDate.now(clock.withZone(Exchange.ZONE));
		List<UUID> ids = new ArrayList<>();
		int index = 0;
		for (DemoPost post : demo.posts()) {
			OrganisationSummary company = companies.get(post.company());
			if (company == null || company.districtCode() == null) {
				log.warn("Demo post '{}' names an unknown company '{}': left out", post.title(), post.company());
				ids.add(null);
				continue;
			}
			// spread the creation over the last weeks so the figures and the list order look lived-in
			Instant created = clock.instant().minusSeconds(86_400L * (demo.posts().size() - index++));
			UUID id = UUID.randomUUID();
			store.insert(new ExchangePost(id, company.id(), company.name(), author(company.id()), post.kind(),
					post.direction(), post.title(), post.description(), post.capabilities(), post.productGroups(),
					post.industryCodes(), List.of(company.districtCode()), null, today.plusMonths(post.validMonths()),
					post.nameVisibility(), null, false, 0, created, created));
			ids.add(id);
		}
		for (DemoRequest request : demo.requests()) {
			OrganisationSummary company = companies.get(request.company());
			UUID post = request.post() < ids.size() ? ids.get(request.post()) : null;
			if (company == null || post == null) {
				continue;
			}
			UUID id = UUID.randomUUID();
			store.insertRequest(new ContactRequest(id, post, company.id(), company.name(), author(company.id()),
					request.message(), ContactStatus.OPEN, null, null, clock.instant().minusSeconds(3_600), null, null));
			if (request.status() != ContactStatus.OPEN) {
				UUID decider = store.post(post).map(ExchangePost::authorId).orElse(null);
				jdbc.update("UPDATE networking.exchange_contact_request SET status = ?, decision_note = ?, decided_by = ?,"
						+ " decided_at = now() WHERE id = ?", request.status().name(), request.note(), decider, id);
			}
			if (request.cooperation()) {
				store.agreeCooperation(id, clock.instant());
			}
		}
		return (int) ids.stream().filter(id -> id != null).count();
	}

	private @Nullable UUID author(UUID company) {
		List<UUID> members = organisations.membersWhere(company, Role.COMPANY_ADMIN, Role.COMPANY_MEMBER);
		return members.isEmpty() ? null : members.get(0);
	}

	static DemoFile read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + region.path(FILE) + ": " + ex.getMessage(), ex);
		}
	}

}
