package de.itas.platform.events.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.events.AttendanceMode;
import de.itas.platform.events.CalendarFilter;
import de.itas.platform.events.EventAccess;
import de.itas.platform.events.EventCalendar;
import de.itas.platform.events.EventFeedback;
import de.itas.platform.events.EventRules;
import de.itas.platform.events.EventStatus;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventType;
import de.itas.platform.events.EventView;
import de.itas.platform.events.Events;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.events.SeriesView;
import de.itas.platform.governance.Forums;
import de.itas.platform.governance.InputView;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * The public side of events: the calendar with its filters and iCalendar feed, the event page (with schema.org
 * {@code Event} JSON-LD and an {@code .ics}), and the page of a series.
 */
@Controller
class EventsController {

	static final int PAGE_SIZE = 20;

	/** The most events one feed carries. */
	static final int FEED_LIMIT = 500;

	/** How many of a forum's inputs the event page shows (the forum's own page has them all). */
	static final int FORUM_INPUTS = 10;

	private final EventStore store;
	private final EventAccess access;
	private final EventCalendar calendar;
	private final Region region;
	private final Organisations organisations;
	private final Forums forums;
	private final EventFeedback feedback;
	private final Mailer mailer;
	private final Clock clock;

	EventsController(EventStore store, EventAccess access, EventCalendar calendar, Region region,
			Organisations organisations, Forums forums, EventFeedback feedback, Mailer mailer, Clock clock) {
		this.store = store;
		this.access = access;
		this.calendar = calendar;
		this.region = region;
		this.organisations = organisations;
		this.forums = forums;
		this.feedback = feedback;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** The calendar's filters as they come in the address; unknown values are no filter. */
	record Filters(@Nullable String typ, @Nullable String landkreis, @Nullable String monat,
			@Nullable String handlungsfeld, @Nullable String teilnahme, @Nullable String zeitraum) {

		CalendarFilter filter() {
			return new CalendarFilter(type(), blankToNull(landkreis), month(), blankToNull(handlungsfeld), mode(),
					"vergangen".equals(zeitraum), null);
		}

		@Nullable EventType type() {
			for (EventType type : EventType.values()) {
				if (type.name().equalsIgnoreCase(String.valueOf(typ))) {
					return type;
				}
			}
			return null;
		}

		@Nullable YearMonth month() {
			if (monat == null || monat.isBlank()) {
				return null;
			}
			try {
				return YearMonth.parse(monat.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		@Nullable AttendanceMode mode() {
			return "vor-ort".equals(teilnahme) ? AttendanceMode.ONSITE
					: "online".equals(teilnahme) ? AttendanceMode.ONLINE : null;
		}

		boolean any() {
			return type() != null || blankToNull(landkreis) != null || month() != null
					|| blankToNull(handlungsfeld) != null || mode() != null;
		}

		/** The query string of these filters (for paging links and the feed), without the page. */
		String query() {
			UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
			add(builder, "typ", type() == null ? null : type().name());
			add(builder, "landkreis", blankToNull(landkreis));
			add(builder, "monat", month() == null ? null : month().toString());
			add(builder, "handlungsfeld", blankToNull(handlungsfeld));
			add(builder, "teilnahme", mode() == null ? null : teilnahme);
			add(builder, "zeitraum", "vergangen".equals(zeitraum) ? zeitraum : null);
			String query = builder.build().encode().getQuery();
			return query == null ? "" : query;
		}

		private static void add(UriComponentsBuilder builder, String name, @Nullable String value) {
			if (value != null) {
				builder.queryParam(name, value);
			}
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	@GetMapping("/veranstaltungen")
	String calendar(Filters filters, @RequestParam(name = "seite", defaultValue = "1") String page, Model model) {
		CalendarFilter filter = filters.filter();
		PageOf<EventView> events = store.calendar(filter, pageIndex(page), PAGE_SIZE);
		String query = filters.query();
		String base = "/veranstaltungen?" + (query.isEmpty() ? "" : query + "&") + "seite=";
		model.addAttribute("events", events);
		model.addAttribute("filters", filters);
		model.addAttribute("filter", filter);
		model.addAttribute("filtered", filters.any());
		model.addAttribute("past", filter.past());
		model.addAttribute("types", EventType.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("months", months(filter.past()));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("previousLink", events.hasPrevious() ? base + (events.number() - 1) : null);
		model.addAttribute("nextLink", events.hasNext() ? base + (events.number() + 1) : null);
		model.addAttribute("feedLink", "/veranstaltungen/kalender.ics" + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("now", clock.instant());
		return "events/calendar";
	}

	@GetMapping(path = "/veranstaltungen/kalender.ics")
	ResponseEntity<byte[]> feed(Filters filters) {
		List<EventView> events = store.all(filters.filter(), FEED_LIMIT);
		return ics(calendar.feed(events), "veranstaltungen.ics");
	}

	@GetMapping("/veranstaltungen/{slug:(?!verwaltung$|reihe$|teilnahme$|anmeldungen$|meine-anmeldungen$)[a-z0-9-]+}")
	String event(@PathVariable String slug, Model model) {
		EventView event = visible(slug);
		Instant now = clock.instant();
		Optional<PlatformUser> user = CurrentUser.get();
		Optional<RegistrationView> own = user.flatMap(person -> store.activeRegistration(event.id(), person.id()));
		model.addAttribute("event", event);
		model.addAttribute("now", now);
		model.addAttribute("shown", event.shownStatus(now));
		model.addAttribute("agenda", store.agenda(event.id()));
		model.addAttribute("series", event.seriesId() == null ? null : store.series(event.seriesId()).orElse(null));
		model.addAttribute("district", event.districtCode() == null ? null
				: region.district(event.districtCode()).map(district -> district.name()).orElse(null));
		model.addAttribute("actionFieldNames", event.actionFields()
			.stream()
			.flatMap(code -> region.actionField(code).stream())
			.map(field -> field.name())
			.toList());
		model.addAttribute("location", locationLine(event));
		model.addAttribute("descriptionHtml", Markdown.toSafeHtml(event.description()));
		model.addAttribute("own", own.orElse(null));
		model.addAttribute("signedIn", user.isPresent());
		model.addAttribute("joinLink", own.filter(registration -> registration.mode() == AttendanceMode.ONLINE
				&& registration.status().holdsPlace() && EventRules.joinLinkVisible(event, now))
			.map(registration -> event.onlineUrl())
			.orElse(null));
		model.addAttribute("takesRegistrations", event.takesRegistrations(now));
		model.addAttribute("companyAdmin", user
			.map(person -> !organisations.organisationsWhere(person.id(), Role.COMPANY_ADMIN).isEmpty())
			.orElse(false));
		model.addAttribute("organiser", user.map(person -> access.organises(person, event)).orElse(false));
		boolean documented = event.documented();
		model.addAttribute("documents", documented ? store.documents(event.id()) : List.of());
		model.addAttribute("minutesHtml", documented ? Markdown.toSafeHtml(event.minutes()) : "");
		model.addAttribute("forumInputs", forumInputs(event));
		model.addAttribute("forum", event.forumId() == null ? null : forums.forum(event.forumId()).orElse(null));
		model.addAttribute("feedback", feedback.survey(event).orElse(null));
		model.addAttribute("jsonLd", EventJsonLd.of(event, mailer.baseUrl(), locationParts(event), now));
		return "events/event";
	}

	@GetMapping("/veranstaltungen/{slug:(?!verwaltung$|reihe$|teilnahme$|anmeldungen$|meine-anmeldungen$)[a-z0-9-]+}/termin.ics")
	ResponseEntity<byte[]> eventIcs(@PathVariable String slug) {
		EventView event = visible(slug);
		return ics(calendar.event(event, false), event.slug() + ".ics");
	}

	@GetMapping("/veranstaltungen/reihe/{slug}")
	String series(@PathVariable String slug, Model model) {
		SeriesView series = store.seriesBySlug(slug).orElseThrow(NotFoundException::new);
		CalendarFilter upcoming = new CalendarFilter(null, null, null, null, null, false, series.id());
		CalendarFilter past = new CalendarFilter(null, null, null, null, null, true, series.id());
		List<EventView> coming = store.all(upcoming, FEED_LIMIT);
		List<EventView> over = store.all(past, FEED_LIMIT);
		if (coming.isEmpty() && over.isEmpty()) {
			throw new NotFoundException();
		}
		model.addAttribute("series", series);
		model.addAttribute("descriptionHtml", Markdown.toSafeHtml(series.description()));
		model.addAttribute("upcoming", coming);
		model.addAttribute("past", over);
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("now", clock.instant());
		return "events/series";
	}

	/** A public event, or a draft for its organisers (as a preview); 404 otherwise. */
	private EventView visible(String slug) {
		EventView event = store.bySlug(slug).orElseThrow(NotFoundException::new);
		if (event.status() == EventStatus.DRAFT && !CurrentUser.get()
			.map(user -> access.organises(user, event))
			.orElse(false)) {
			throw new NotFoundException();
		}
		return event;
	}

	private List<InputView> forumInputs(EventView event) {
		if (event.forumId() == null || forums.forum(event.forumId()).isEmpty()) {
			return List.of();
		}
		return forums.published(event.forumId(), null, 0, FORUM_INPUTS).items();
	}

	private Map<String, String> districtNames() {
		Map<String, String> names = new LinkedHashMap<>();
		region.districts().forEach(district -> names.put(district.code(), district.name()));
		return names;
	}

	private String locationLine(EventView event) {
		List<String> parts = new ArrayList<>();
		if (!event.venue().isBlank()) {
			parts.add(event.venue());
		}
		if (!event.street().isBlank()) {
			parts.add(event.street());
		}
		String town = (event.postcode() + " " + event.city()).strip();
		if (!town.isBlank()) {
			parts.add(town);
		}
		return String.join(", ", parts);
	}

	private Map<String, String> locationParts(EventView event) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("name", event.venue());
		parts.put("streetAddress", event.street());
		parts.put("postalCode", event.postcode());
		parts.put("addressLocality", event.city());
		if (event.districtCode() != null) {
			region.district(event.districtCode()).ifPresent(district -> parts.put("addressRegion", district.name()));
		}
		return parts;
	}

	/** The months the calendar's month filter offers: the next twelve, or the last twelve for past events. */
	private List<YearMonth> months(boolean past) {
		YearMonth now = YearMonth.now(clock);
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(past ? now.minusMonths(i) : now.plusMonths(i));
		}
		return months;
	}

	private static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static ResponseEntity<byte[]> ics(String text, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(EventCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

}
