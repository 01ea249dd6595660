package de.itas.platform.helpdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Appointment slots. A booking is one conditional UPDATE, so a slot is never booked twice. */
@Repository
class SlotRepository {

	private static final String SELECT = """
			SELECT s.id, s.advisor_id, s.advisor_name, s.team_code, s.kind, s.desk_code, s.starts_at, s.minutes,
			  s.topics, s.booked_at, s.booked_by, s.booked_name, s.booked_email, s.uid, s.sequence, i.case_number,
			  s.series_id, s.reason
			FROM helpdesk.slot s LEFT JOIN helpdesk.inquiry i ON i.id = s.inquiry_id""";

	/** A slot with what invitations need. */
	record SlotRow(SlotSummary summary, @Nullable String bookedEmail, String uid, int sequence) {
	}

	private final JdbcClient jdbc;

	SlotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(UUID advisor, String advisorName, String team, SlotKind kind, @Nullable String desk, Instant start,
			int minutes, Set<Topic> topics) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO helpdesk.slot (advisor_id, advisor_name, team_code, kind, desk_code, starts_at, minutes, topics, uid)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(advisor, advisorName, team, kind.name(), desk, CaseRepository.ts(start), minutes,
					topics.stream().map(Topic::name).sorted().collect(Collectors.joining(",")),
					UUID.randomUUID() + "@itas-platform")
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean exists(UUID advisor, Instant start) {
		// a cancelled slot's time is free for a new offer
		return jdbc.sql("SELECT count(*) FROM helpdesk.slot WHERE advisor_id = ? AND starts_at = ? AND cancelled_at IS NULL")
			.params(advisor, CaseRepository.ts(start))
			.query(Long.class)
			.single() > 0;
	}

	Optional<SlotRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SlotRepository::map).optional();
	}

	/**
	 * The one condition for a bookable slot: it starts after {@code now}, is neither booked nor cancelled and
	 * matches the filter. {@code desks} are the help desks of the filter's district (remote slots match every
	 * district); ignored without a district.
	 */
	private static String bookableWhere(SlotFilter filter) {
		StringBuilder where = new StringBuilder(
				" WHERE s.booked_at IS NULL AND s.cancelled_at IS NULL AND s.starts_at > :now");
		if (filter.kind() != null) {
			where.append(" AND s.kind = :kind");
		}
		if (filter.topic() != null) {
			where.append(" AND (',' || s.topics || ',') LIKE :topic");
		}
		if (filter.teamCode() != null) {
			where.append(" AND s.team_code = :team");
		}
		if (filter.districtCode() != null) {
			where.append(" AND (s.kind <> 'HELP_DESK' OR s.desk_code IN (:desks))");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SlotFilter filter, Instant now,
			List<String> desks) {
		spec = spec.param("now", CaseRepository.ts(now));
		if (filter.kind() != null) {
			spec = spec.param("kind", filter.kind().name());
		}
		if (filter.topic() != null) {
			spec = spec.param("topic", "%," + filter.topic().name() + ",%");
		}
		if (filter.teamCode() != null) {
			spec = spec.param("team", filter.teamCode());
		}
		if (filter.districtCode() != null) {
			// an empty IN list is no SQL: a code no desk has stands for "no desk in this district"
			spec = spec.param("desks", desks.isEmpty() ? List.of("-") : desks);
		}
		return spec;
	}

	/** How many slots are bookable under the filter. */
	long countBookable(SlotFilter filter, Instant now, List<String> desks) {
		return bind(jdbc.sql("SELECT count(*) FROM helpdesk.slot s" + bookableWhere(filter)), filter, now, desks)
			.query(Long.class)
			.single();
	}

	/** One page of the bookable slots under the filter, earliest first. */
	List<SlotRow> bookable(SlotFilter filter, Instant now, List<String> desks, int offset, int limit) {
		return bind(jdbc.sql(SELECT + bookableWhere(filter) + " ORDER BY s.starts_at, s.id LIMIT :limit OFFSET :offset"),
				filter, now, desks)
			.param("limit", limit)
			.param("offset", offset)
			.query(SlotRepository::map)
			.list();
	}

	List<SlotRow> ofAdvisor(UUID advisor, Instant after) {
		return jdbc.sql(SELECT + " WHERE s.advisor_id = ? AND s.starts_at > ? AND s.cancelled_at IS NULL ORDER BY s.starts_at, s.id")
			.params(advisor, CaseRepository.ts(after))
			.query(SlotRepository::map)
			.list();
	}

	List<SlotRow> bookedBy(UUID person) {
		return jdbc.sql(SELECT + " WHERE s.booked_by = ? ORDER BY s.starts_at DESC")
			.param(person)
			.query(SlotRepository::map)
			.list();
	}

	List<SlotRow> ofInquiry(long inquiryId) {
		return jdbc.sql(SELECT + " WHERE s.inquiry_id = ? ORDER BY s.starts_at")
			.param(inquiryId)
			.query(SlotRepository::map)
			.list();
	}

	/** Serialises bookings by the person until the end of the transaction. */
	void lockBookingsOf(UUID person) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param("helpdesk.booking:" + person)
			.query((rs, n) -> 0).list();
	}

	/** How many appointments the person has booked that have not started yet. */
	int openBookings(UUID person, Instant now) {
		return jdbc.sql("SELECT count(*) FROM helpdesk.slot WHERE booked_by = ? AND starts_at > ?")
			.params(person, CaseRepository.ts(now))
			.query(Integer.class)
			.single();
	}

	/** Books the slot if it is still free; answers whether this call got it. */
	boolean book(long id, UUID person, String name, String email, @Nullable Long inquiryId, Instant now) {
		return book(id, person, name, email, inquiryId, now, null);
	}

	/** Books the slot if it is still free (and not cancelled), with the person's reason; answers whether this call got it. */
	boolean book(long id, UUID person, String name, String email, @Nullable Long inquiryId, Instant now,
			@Nullable String reason) {
		return jdbc.sql("""
				UPDATE helpdesk.slot SET booked_at = ?, booked_by = ?, booked_name = ?, booked_email = ?, inquiry_id = ?,
				  reason = ?, sequence = sequence + 1
				WHERE id = ? AND booked_at IS NULL AND cancelled_at IS NULL""")
			.params(CaseRepository.ts(now), person, name, email, inquiryId, reason, id)
			.update() == 1;
	}

	/**
	 * Frees a booked slot. A slot of a series the advisor has cancelled was kept only for its booking: freed,
	 * it is withdrawn instead of offered again.
	 */
	void release(long id, Instant now) {
		jdbc.sql("""
				UPDATE helpdesk.slot SET booked_at = NULL, booked_by = NULL, booked_name = NULL, booked_email = NULL,
				  inquiry_id = NULL, reason = NULL, sequence = sequence + 1,
				  cancelled_at = CASE WHEN series_id IN (SELECT id FROM helpdesk.slot_series WHERE cancelled_at IS NOT NULL)
				    THEN ? ELSE cancelled_at END
				WHERE id = ?""").params(CaseRepository.ts(now), id).update();
	}

	/** Records a series; its slots are inserted one by one with {@link #insertOfSeries}. */
	long insertSeries(UUID advisor, String team, SlotKind kind, @Nullable String desk, String weekdays,
			java.time.LocalTime startTime, int minutes, java.time.LocalDate firstDay, java.time.LocalDate lastDay,
			String skipped, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO helpdesk.slot_series (advisor_id, team_code, kind, desk_code, weekdays, start_time, minutes,
				  first_day, last_day, skipped, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(advisor, team, kind.name(), desk, weekdays, startTime, minutes, firstDay, lastDay, skipped,
					CaseRepository.ts(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void insertOfSeries(long series, UUID advisor, String advisorName, String team, SlotKind kind, @Nullable String desk,
			Instant start, int minutes, Set<Topic> topics) {
		long id = insert(advisor, advisorName, team, kind, desk, start, minutes, topics);
		jdbc.sql("UPDATE helpdesk.slot SET series_id = ? WHERE id = ?").params(series, id).update();
	}

	/** An advisor's series that are not cancelled, with their coming free and booked slots. */
	List<SeriesRow> seriesOf(UUID advisor, Instant now) {
		return jdbc.sql("""
				SELECT r.id, r.kind, r.weekdays, r.start_time, r.minutes, r.first_day, r.last_day, r.skipped,
				  (SELECT count(*) FROM helpdesk.slot s WHERE s.series_id = r.id AND s.starts_at > ? AND s.cancelled_at IS NULL
				    AND s.booked_at IS NULL) AS free,
				  (SELECT count(*) FROM helpdesk.slot s WHERE s.series_id = r.id AND s.starts_at > ? AND s.booked_at IS NOT NULL) AS booked
				FROM helpdesk.slot_series r WHERE r.advisor_id = ? AND r.cancelled_at IS NULL ORDER BY r.first_day, r.id""")
			.params(CaseRepository.ts(now), CaseRepository.ts(now), advisor)
			.query((rs, n) -> new SeriesRow(rs.getLong("id"), SlotKind.valueOf(rs.getString("kind")),
					rs.getString("weekdays"), rs.getObject("start_time", java.time.LocalTime.class), rs.getInt("minutes"),
					rs.getObject("first_day", java.time.LocalDate.class), rs.getObject("last_day", java.time.LocalDate.class),
					rs.getString("skipped"), rs.getInt("free"), rs.getInt("booked")))
			.list();
	}

	/** A series as its advisor sees it: the pattern and how many coming slots are free and booked. */
	record SeriesRow(long id, SlotKind kind, String weekdays, java.time.LocalTime startTime, int minutes,
			java.time.LocalDate firstDay, java.time.LocalDate lastDay, String skipped, int free, int booked) {
	}

	Optional<UUID> seriesAdvisor(long series) {
		return jdbc.sql("SELECT advisor_id FROM helpdesk.slot_series WHERE id = ? AND cancelled_at IS NULL")
			.param(series)
			.query(UUID.class)
			.optional();
	}

	/** The coming slots of a series, free and booked (not cancelled). */
	List<SlotRow> ofSeries(long series, Instant now) {
		return jdbc.sql(SELECT + " WHERE s.series_id = ? AND s.starts_at > ? AND s.cancelled_at IS NULL ORDER BY s.starts_at, s.id")
			.params(series, CaseRepository.ts(now))
			.query(SlotRepository::map)
			.list();
	}

	/** Cancels the series and its coming free slots; booked ones stay. Answers how many slots were cancelled. */
	int cancelSeries(long series, Instant now) {
		jdbc.sql("UPDATE helpdesk.slot_series SET cancelled_at = ? WHERE id = ?")
			.params(CaseRepository.ts(now), series)
			.update();
		return jdbc.sql("""
				UPDATE helpdesk.slot SET cancelled_at = ? WHERE series_id = ? AND starts_at > ? AND booked_at IS NULL
				  AND cancelled_at IS NULL""")
			.params(CaseRepository.ts(now), series, CaseRepository.ts(now))
			.update();
	}

	boolean cancelled(long id) {
		return jdbc.sql("SELECT cancelled_at IS NOT NULL FROM helpdesk.slot WHERE id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	void delete(long id) {
		jdbc.sql("DELETE FROM helpdesk.slot WHERE id = ? AND booked_at IS NULL").param(id).update();
	}

	static SlotRow map(ResultSet rs, int n) throws SQLException {
		String topics = rs.getString("topics");
		Set<Topic> topicSet = topics.isBlank() ? EnumSet.noneOf(Topic.class)
				: Arrays.stream(topics.split(",")).map(Topic::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
		SlotSummary summary = new SlotSummary(rs.getLong("id"), rs.getObject("advisor_id", UUID.class),
				rs.getString("advisor_name"), rs.getString("team_code"), SlotKind.valueOf(rs.getString("kind")),
				rs.getString("desk_code"), rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"), topicSet,
				rs.getTimestamp("booked_at") != null, rs.getObject("booked_by", UUID.class), rs.getString("booked_name"),
				rs.getString("case_number"), rs.getObject("series_id", Long.class), rs.getString("reason"));
		return new SlotRow(summary, rs.getString("booked_email"), rs.getString("uid"), rs.getInt("sequence"));
	}

}
