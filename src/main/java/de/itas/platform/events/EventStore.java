package de.itas.platform.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.web.PageOf;

/**
 * Reads and writes events, their programme, registration questions and documents. Access rules are the
 * callers' ({@link EventAccess}); the data rules are {@link EventRules}'.
 */
@Component
public class EventStore {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Counts of held and waiting places per event, joined into every read. */
	private static final String PLACES = """
			LEFT JOIN LATERAL (SELECT
			  count(*) FILTER (WHERE r.mode = 'ONSITE' AND r.status IN ('CONFIRMED', 'OFFERED')) AS onsite_held,
			  count(*) FILTER (WHERE r.mode = 'ONLINE' AND r.status IN ('CONFIRMED', 'OFFERED')) AS online_held,
			  count(*) FILTER (WHERE r.mode = 'ONSITE' AND r.status = 'WAITING') AS onsite_waiting,
			  count(*) FILTER (WHERE r.mode = 'ONLINE' AND r.status = 'WAITING') AS online_waiting
			  FROM events.registration r WHERE r.event_id = e.id) p ON TRUE""";

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final Clock clock;

	EventStore(JdbcClient jdbc, Organisations organisations, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Optional<EventView> find(UUID id) {
		return one("e.id = :key", id);
	}

	@Transactional(readOnly = true)
	public Optional<EventView> bySlug(String slug) {
		return one("e.slug = :key", slug);
	}

	private Optional<EventView> one(String where, Object key) {
		return jdbc.sql("SELECT e.*, p.* FROM events.event e " + PLACES + " WHERE " + where)
			.param("key", key)
			.query(new EventRows())
			.optional();
	}

	/**
	 * One page of the public calendar: events that are not drafts, filtered.
	 */
	@Transactional(readOnly = true)
	public PageOf<EventView> calendar(CalendarFilter filter, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		long total = jdbc.sql("SELECT count(*) FROM events.event e WHERE " + where)
			.paramSource(params)
			.query(Long.class)
			.single();
		int shown = PageOf.clamp(page, size, total);
		params.addValue("limit", size).addValue("offset", (long) shown * size);
		// the page is cut first, so that the places are counted for its events only, not for the skipped ones
		String order = " ORDER BY e.starts_at " + (filter.past() ? "DESC" : "ASC") + ", e.title, e.id";
		List<EventView> items = jdbc
			.sql("SELECT e.*, p.* FROM (SELECT * FROM events.event e WHERE " + where + order
					+ " LIMIT :limit OFFSET :offset) e " + PLACES + order)
			.paramSource(params)
			.query(new EventRows())
			.list();
		return new PageOf<>(items, shown, size, total);
	}

	/** Every event of the filter (for the iCalendar feed), at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<EventView> all(CalendarFilter filter, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		params.addValue("limit", limit);
		return jdbc
			.sql("SELECT e.*, p.* FROM events.event e " + PLACES + " WHERE " + where + " ORDER BY e.starts_at "
					+ (filter.past() ? "DESC" : "ASC") + " LIMIT :limit")
			.paramSource(params)
			.query(new EventRows())
			.list();
	}

	private String where(CalendarFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("e.status <> 'DRAFT'");
		params.addValue("now", Timestamp.from(clock.instant()));
		conditions.add(filter.past() ? "e.ends_at <= :now" : "e.ends_at > :now");
		if (filter.type() != null) {
			conditions.add("e.type = :type");
			params.addValue("type", filter.type().name());
		}
		if (filter.district() != null && !filter.district().isBlank()) {
			conditions.add("e.district_code = :district");
			params.addValue("district", filter.district());
		}
		if (filter.month() != null) {
			conditions.add("e.starts_at < :monthEnd AND e.ends_at > :monthStart");
			params.addValue("monthStart", Timestamp.from(filter.month().atDay(1).atStartOfDay(BERLIN).toInstant()));
			params.addValue("monthEnd",
					Timestamp.from(filter.month().plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant()));
		}
		if (filter.actionField() != null && !filter.actionField().isBlank()) {
			conditions.add(":actionField = ANY (e.action_fields)");
			params.addValue("actionField", filter.actionField());
		}
		if (filter.mode() == AttendanceMode.ONSITE) {
			conditions.add("e.onsite_capacity IS NOT NULL");
		}
		else if (filter.mode() == AttendanceMode.ONLINE) {
			conditions.add("e.online_capacity IS NOT NULL");
		}
		if (filter.series() != null) {
			conditions.add("e.series_id = :series");
			params.addValue("series", filter.series());
		}
		return String.join(" AND ", conditions);
	}

	/** The events an organisation organises (drafts included), latest start first. */
	@Transactional(readOnly = true)
	public PageOf<EventView> organisedBy(@Nullable List<UUID> organisers, int page, int size) {
		String where = organisers == null ? "TRUE" : organisers.isEmpty() ? "FALSE" : "e.organiser_id IN (:organisers)";
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (organisers != null && !organisers.isEmpty()) {
			params.addValue("organisers", organisers);
		}
		long total = jdbc.sql("SELECT count(*) FROM events.event e WHERE " + where)
			.paramSource(params)
			.query(Long.class)
			.single();
		int shown = PageOf.clamp(page, size, total);
		params.addValue("limit", size).addValue("offset", (long) shown * size);
		List<EventView> items = jdbc
			.sql("SELECT e.*, p.* FROM (SELECT * FROM events.event e WHERE " + where
					+ " ORDER BY e.starts_at DESC, e.id LIMIT :limit OFFSET :offset) e " + PLACES
					+ " ORDER BY e.starts_at DESC, e.id")
			.paramSource(params)
			.query(new EventRows())
			.list();
		return new PageOf<>(items, shown, size, total);
	}

	@Transactional(readOnly = true)
	public List<AgendaItem> agenda(UUID eventId) {
		return jdbc.sql("SELECT * FROM events.agenda_item WHERE event_id = ? ORDER BY starts_at, id")
			.param(eventId)
			.query((rs, row) -> new AgendaItem(rs.getLong("id"), instant(rs, "starts_at"), nullableInstant(rs, "ends_at"),
					rs.getString("title"), rs.getString("speakers"), rs.getString("room")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<RegistrationQuestion> questions(UUID eventId) {
		return jdbc.sql("SELECT * FROM events.question WHERE event_id = ? ORDER BY position")
			.param(eventId)
			.query((rs, row) -> new RegistrationQuestion(rs.getLong("id"), rs.getInt("position"), rs.getString("label"),
					RegistrationQuestion.Kind.valueOf(rs.getString("kind")),
					rs.getString("choices").isBlank() ? List.of() : rs.getString("choices").lines().map(String::strip)
						.filter(line -> !line.isEmpty()).toList(),
					rs.getBoolean("required")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<DocumentView> documents(UUID eventId) {
		return jdbc.sql("""
				SELECT id, event_id, kind, title, alt_text, file_name, content_type, size_bytes, uploaded_at
				FROM events.document WHERE event_id = ? ORDER BY kind, uploaded_at""")
			.param(eventId)
			.query((rs, row) -> new DocumentView(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
					DocumentView.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("alt_text"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					instant(rs, "uploaded_at")))
			.list();
	}

	/** The person's registration for the event that is still in play (confirmed, waiting or offered), if any. */
	@Transactional(readOnly = true)
	public Optional<RegistrationView> activeRegistration(UUID eventId, UUID accountId) {
		return jdbc.sql("SELECT * FROM events.registration WHERE event_id = ? AND account_id = ? AND status IN "
				+ RegistrationStatus.ACTIVE_SQL)
			.param(eventId)
			.param(accountId)
			.query(EventStore::registration)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<SeriesView> series(UUID id) {
		return jdbc.sql("SELECT * FROM events.series WHERE id = ?").param(id).query(EventStore::series).optional();
	}

	@Transactional(readOnly = true)
	public Optional<SeriesView> seriesBySlug(String slug) {
		return jdbc.sql("SELECT * FROM events.series WHERE slug = ?").param(slug).query(EventStore::series).optional();
	}

	@Transactional(readOnly = true)
	public List<SeriesView> allSeries() {
		return jdbc.sql("SELECT * FROM events.series ORDER BY title").query(EventStore::series).list();
	}

	// ---- writing

	/** Stores a new event as a draft (the caller has checked the draft and the access). */
	@Transactional
	public EventView create(EventDraft draft, @Nullable UUID createdBy) {
		UUID id = UUID.randomUUID();
		String slug = freeSlug(Slugs.of(draft.title(), draft.startsAt()));
		MapSqlParameterSource params = draftParams(draft).addValue("id", id)
			.addValue("slug", slug)
			.addValue("createdBy", createdBy)
			.addValue("now", Timestamp.from(clock.instant()));
		jdbc.sql("""
				INSERT INTO events.event (id, slug, series_id, type, title, summary, description, organiser_id, created_by,
				  starts_at, ends_at, registration_until, district_code, venue, street, postcode, city, onsite_capacity,
				  online_capacity, online_url, language, action_fields, target_groups, step_free, hearing_loop,
				  sign_language, accessibility_note, cost_cents, cost_note, status, forum_id, created_at)
				VALUES (:id, :slug, :series, :type, :title, :summary, :description, :organiser, :createdBy, :startsAt,
				  :endsAt, :registrationUntil, :district, :venue, :street, :postcode, :city, :onsite, :online, :onlineUrl,
				  :language, :actionFields, :targetGroups, :stepFree, :hearingLoop, :signLanguage, :accessibilityNote,
				  :cost, :costNote, 'DRAFT', :forum, :now)""")
			.paramSource(params)
			.update();
		return find(id).orElseThrow();
	}

	/**
	 * Changes an event's entered data, if nobody changed it since {@code basedOnVersion} was read.
	 *
	 * @return {@code false} when the event changed meanwhile (nothing was saved)
	 */
	@Transactional
	public boolean update(UUID id, long basedOnVersion, EventDraft draft) {
		MapSqlParameterSource params = draftParams(draft).addValue("id", id).addValue("version", basedOnVersion);
		return jdbc.sql("""
				UPDATE events.event SET series_id = :series, type = :type, title = :title, summary = :summary,
				  description = :description, organiser_id = :organiser, starts_at = :startsAt, ends_at = :endsAt,
				  registration_until = :registrationUntil, district_code = :district, venue = :venue, street = :street,
				  postcode = :postcode, city = :city, onsite_capacity = :onsite, online_capacity = :online,
				  online_url = :onlineUrl, language = :language, action_fields = :actionFields,
				  target_groups = :targetGroups, step_free = :stepFree, hearing_loop = :hearingLoop,
				  sign_language = :signLanguage, accessibility_note = :accessibilityNote, cost_cents = :cost,
				  cost_note = :costNote, forum_id = :forum, version = version + 1
				WHERE id = :id AND version = :version""")
			.paramSource(params)
			.update() == 1;
	}

	/** Sets the stored status (the caller checks the transition). */
	@Transactional
	public void status(UUID id, EventStatus status, String cancelReason) {
		boolean cancelled = status == EventStatus.CANCELLED;
		jdbc.sql("""
				UPDATE events.event SET status = :status, version = version + 1, cancelled_at = :cancelledAt,
				  cancel_reason = :reason
				WHERE id = :id""")
			.param("status", status.name())
			.param("cancelledAt", cancelled ? Timestamp.from(clock.instant()) : null, java.sql.Types.TIMESTAMP)
			.param("reason", cancelled ? cancelReason : "")
			.param("id", id)
			.update();
	}

	/** Replaces the programme. */
	@Transactional
	public void replaceAgenda(UUID eventId, List<AgendaItem> items) {
		jdbc.sql("DELETE FROM events.agenda_item WHERE event_id = ?").param(eventId).update();
		for (AgendaItem item : items) {
			jdbc.sql("""
					INSERT INTO events.agenda_item (event_id, starts_at, ends_at, title, speakers, room)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(eventId, Timestamp.from(item.startsAt()),
						item.endsAt() == null ? null : Timestamp.from(item.endsAt()), item.title(), item.speakers(),
						item.room())
				.update();
		}
	}

	/** Replaces the organiser's questions (only while nobody has answered them: the caller checks). */
	@Transactional
	public void replaceQuestions(UUID eventId, List<RegistrationQuestion> questions) {
		jdbc.sql("DELETE FROM events.question WHERE event_id = ?").param(eventId).update();
		int position = 1;
		for (RegistrationQuestion question : questions) {
			jdbc.sql("INSERT INTO events.question (event_id, position, label, kind, choices, required) VALUES (?, ?, ?, ?, ?, ?)")
				.params(eventId, position++, question.label(), question.kind().name(), String.join("\n", question.choices()),
						question.required())
				.update();
		}
	}

	@Transactional
	public SeriesView createSeries(String title, String description) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO events.series (id, slug, title, description, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, freeSeriesSlug(Slugs.of(title, null)), title, description, Timestamp.from(clock.instant()))
			.update();
		return series(id).orElseThrow();
	}

	private String freeSlug(String wanted) {
		return free(wanted, "SELECT count(*) FROM events.event WHERE slug = ?");
	}

	private String freeSeriesSlug(String wanted) {
		return free(wanted, "SELECT count(*) FROM events.series WHERE slug = ?");
	}

	private String free(String wanted, String countSql) {
		String slug = wanted;
		for (int n = 2; jdbc.sql(countSql).param(slug).query(Long.class).single() > 0; n++) {
			slug = wanted + "-" + n;
		}
		return slug;
	}

	private static MapSqlParameterSource draftParams(EventDraft draft) {
		return new MapSqlParameterSource().addValue("series", draft.seriesId())
			.addValue("type", draft.type().name())
			.addValue("title", draft.title().strip())
			.addValue("summary", draft.summary().strip())
			.addValue("description", draft.description())
			.addValue("organiser", draft.organiserId())
			.addValue("startsAt", Timestamp.from(draft.startsAt()))
			.addValue("endsAt", Timestamp.from(draft.endsAt()))
			.addValue("registrationUntil",
					draft.registrationUntil() == null ? null : Timestamp.from(draft.registrationUntil()))
			.addValue("district", draft.districtCode())
			.addValue("venue", draft.venue().strip())
			.addValue("street", draft.street().strip())
			.addValue("postcode", draft.postcode().strip())
			.addValue("city", draft.city().strip())
			.addValue("onsite", draft.onsiteCapacity())
			.addValue("online", draft.onlineCapacity())
			.addValue("onlineUrl", draft.onlineUrl().strip())
			.addValue("language", draft.language())
			.addValue("actionFields", draft.actionFields().toArray(String[]::new))
			.addValue("targetGroups", draft.targetGroups().stream().map(Enum::name).toArray(String[]::new))
			.addValue("stepFree", draft.stepFree())
			.addValue("hearingLoop", draft.hearingLoop())
			.addValue("signLanguage", draft.signLanguage())
			.addValue("accessibilityNote", draft.accessibilityNote().strip())
			.addValue("cost", draft.costCents())
			.addValue("costNote", draft.costNote().strip())
			.addValue("forum", draft.forumId());
	}

	// ---- rows

	/** Maps event rows, looking up each organiser's name once per read. */
	private final class EventRows implements org.springframework.jdbc.core.RowMapper<EventView> {

		private final Map<UUID, String> organiserNames = new HashMap<>();

		@Override
		public EventView mapRow(ResultSet rs, int row) throws SQLException {
			UUID organiser = rs.getObject("organiser_id", UUID.class);
			String organiserName = organiserNames.computeIfAbsent(organiser,
					id -> organisations.organisation(id).map(OrganisationSummary::name).orElse(""));
			Places places = new Places(rs.getInt("onsite_held"), rs.getInt("online_held"), rs.getInt("onsite_waiting"),
					rs.getInt("online_waiting"));
			return new EventView(rs.getObject("id", UUID.class), rs.getString("slug"),
					rs.getObject("series_id", UUID.class), EventType.valueOf(rs.getString("type")), rs.getString("title"),
					rs.getString("summary"), rs.getString("description"), organiser, organiserName,
					instant(rs, "starts_at"), instant(rs, "ends_at"), nullableInstant(rs, "registration_until"),
					rs.getString("district_code"), rs.getString("venue"), rs.getString("street"),
					rs.getString("postcode"), rs.getString("city"), (Integer) rs.getObject("onsite_capacity"),
					(Integer) rs.getObject("online_capacity"), rs.getString("online_url"), rs.getString("language"),
					strings(rs.getArray("action_fields")),
					strings(rs.getArray("target_groups")).stream().map(TargetGroup::valueOf).toList(),
					rs.getBoolean("step_free"), rs.getBoolean("hearing_loop"), rs.getBoolean("sign_language"),
					rs.getString("accessibility_note"), rs.getInt("cost_cents"), rs.getString("cost_note"),
					EventStatus.valueOf(rs.getString("status")), nullableInstant(rs, "cancelled_at"),
					rs.getString("cancel_reason"), rs.getObject("forum_id", UUID.class), rs.getString("minutes"),
					rs.getString("recording_url"), nullableInstant(rs, "documented_at"), rs.getLong("version"), places);
		}

	}

	static RegistrationView registration(ResultSet rs, int row) throws SQLException {
		return new RegistrationView(rs.getLong("id"), rs.getObject("event_id", UUID.class),
				AttendanceMode.valueOf(rs.getString("mode")), RegistrationStatus.valueOf(rs.getString("status")),
				rs.getObject("account_id", UUID.class), rs.getString("name"), rs.getString("email"),
				rs.getString("organisation"), rs.getObject("registered_by", UUID.class),
				rs.getObject("company_id", UUID.class), rs.getObject("group_id", UUID.class),
				instant(rs, "registered_at"), nullableInstant(rs, "waiting_since"), nullableInstant(rs, "offer_until"),
				nullableInstant(rs, "cancelled_at"), rs.getBoolean("cancelled_by_organiser"), rs.getString("ticket_code"),
				nullableInstant(rs, "reminded_at"), nullableInstant(rs, "checked_in_at"), rs.getBoolean("walk_in"));
	}

	private static SeriesView series(ResultSet rs, int row) throws SQLException {
		return new SeriesView(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("description"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
