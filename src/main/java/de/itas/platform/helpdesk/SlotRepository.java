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
			  s.topics, s.booked_at, s.booked_by, s.booked_name, s.booked_email, s.uid, s.sequence, i.case_number
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
		return jdbc.sql("SELECT count(*) FROM helpdesk.slot WHERE advisor_id = ? AND starts_at = ?")
			.params(advisor, CaseRepository.ts(start))
			.query(Long.class)
			.single() > 0;
	}

	Optional<SlotRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SlotRepository::map).optional();
	}

	List<SlotRow> free(Instant after) {
		return jdbc.sql(SELECT + " WHERE s.booked_at IS NULL AND s.starts_at > ? ORDER BY s.starts_at, s.id")
			.param(CaseRepository.ts(after))
			.query(SlotRepository::map)
			.list();
	}

	List<SlotRow> ofAdvisor(UUID advisor, Instant after) {
		return jdbc.sql(SELECT + " WHERE s.advisor_id = ? AND s.starts_at > ? ORDER BY s.starts_at, s.id")
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
		return jdbc.sql("""
				UPDATE helpdesk.slot SET booked_at = ?, booked_by = ?, booked_name = ?, booked_email = ?, inquiry_id = ?,
				  sequence = sequence + 1
				WHERE id = ? AND booked_at IS NULL""")
			.params(CaseRepository.ts(now), person, name, email, inquiryId, id)
			.update() == 1;
	}

	void release(long id) {
		jdbc.sql("""
				UPDATE helpdesk.slot SET booked_at = NULL, booked_by = NULL, booked_name = NULL, booked_email = NULL,
				  inquiry_id = NULL, sequence = sequence + 1 WHERE id = ?""").param(id).update();
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
				rs.getString("case_number"));
		return new SlotRow(summary, rs.getString("booked_email"), rs.getString("uid"), rs.getInt("sequence"));
	}

}
