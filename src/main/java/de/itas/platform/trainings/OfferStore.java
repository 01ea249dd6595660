package de.itas.platform.trainings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.Markdown;
import de.itas.platform.trainings.search.Places;

/**
 * The offers, runs and their taxonomy links in SQL. Changes carry the version the editor read and fail
 * (answer {@code false}) when somebody else changed the row in between.
 */
@Component
class OfferStore {

	private final NamedParameterJdbcTemplate jdbc;

	OfferStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long insert(UUID providerId, String providerName, OfferDraft draft, boolean fundable, OfferStatus status,
			Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update("""
				INSERT INTO trainings.offer (provider_id, provider_name, title, summary, description, format, target_groups,
				  language, duration_hours, price, provider_azav, course_azav, fundable, action_field_code, contact_name,
				  contact_email, contact_phone, status, created_at)
				VALUES (:providerId, :providerName, :title, :summary, :description, :format, :targetGroups, :language,
				  :hours, :price, :providerAzav, :courseAzav, :fundable, :actionField, :contactName, :contactEmail,
				  :contactPhone, :status, :now)""",
				params(draft, fundable).addValue("providerId", providerId)
					.addValue("providerName", providerName)
					.addValue("status", status.name())
					.addValue("now", Timestamp.from(now)),
				key, new String[] { "id" });
		return key.getKey().longValue();
	}

	boolean update(long id, long version, OfferDraft draft, boolean fundable, Instant now) {
		return jdbc.update("""
				UPDATE trainings.offer SET title = :title, summary = :summary, description = :description, format = :format,
				  target_groups = :targetGroups, language = :language, duration_hours = :hours, price = :price,
				  provider_azav = :providerAzav, course_azav = :courseAzav, fundable = :fundable,
				  action_field_code = :actionField, contact_name = :contactName, contact_email = :contactEmail,
				  contact_phone = :contactPhone, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""",
				params(draft, fundable).addValue("id", id).addValue("version", version).addValue("now", Timestamp.from(now))) == 1;
	}

	boolean changeStatus(long id, long version, OfferStatus status, Instant now) {
		return jdbc.update("UPDATE trainings.offer SET status = :status, updated_at = :now, version = version + 1 "
				+ "WHERE id = :id AND version = :version", new MapSqlParameterSource("id", id).addValue("version", version)
					.addValue("status", status.name())
					.addValue("now", Timestamp.from(now))) == 1;
	}

	void replaceLinks(long id, List<Labelled> skills, List<Labelled> occupations) {
		MapSqlParameterSource offer = new MapSqlParameterSource("id", id);
		jdbc.update("DELETE FROM trainings.offer_skill WHERE offer_id = :id", offer);
		jdbc.update("DELETE FROM trainings.offer_occupation WHERE offer_id = :id", offer);
		for (Labelled skill : skills) {
			jdbc.update("INSERT INTO trainings.offer_skill (offer_id, skill_uri, label) VALUES (:id, :uri, :label)",
					new MapSqlParameterSource("id", id).addValue("uri", skill.uri()).addValue("label", skill.label()));
		}
		for (Labelled occupation : occupations) {
			jdbc.update("INSERT INTO trainings.offer_occupation (offer_id, occupation_uri, label) VALUES (:id, :uri, :label)",
					new MapSqlParameterSource("id", id).addValue("uri", occupation.uri()).addValue("label", occupation.label()));
		}
	}

	private static MapSqlParameterSource params(OfferDraft draft, boolean fundable) {
		return new MapSqlParameterSource("title", draft.title().strip()).addValue("summary", draft.summary().strip())
			.addValue("description", draft.description().strip())
			.addValue("format", draft.format() == null ? null : draft.format().name())
			.addValue("targetGroups", draft.targetGroups().strip())
			.addValue("language", draft.language())
			.addValue("hours", draft.durationHours())
			.addValue("price", draft.price())
			.addValue("providerAzav", draft.providerAzav())
			.addValue("courseAzav", draft.courseAzav())
			.addValue("fundable", fundable)
			.addValue("actionField", draft.actionFieldCode())
			.addValue("contactName", draft.contactName().strip())
			.addValue("contactEmail", draft.contactEmail().strip())
			.addValue("contactPhone", draft.contactPhone().strip());
	}

	Optional<OfferDetails> offer(long id, Function<String, @Nullable String> districtName) {
		List<OfferDetails> found = offers("o.id = :id", new MapSqlParameterSource("id", id), districtName);
		return found.stream().findFirst();
	}

	List<OfferDetails> offersOf(Collection<UUID> providers, Function<String, @Nullable String> districtName) {
		if (providers.isEmpty()) {
			return List.of();
		}
		return offers("o.provider_id IN (:providers)", new MapSqlParameterSource("providers", providers), districtName);
	}

	List<OfferDetails> offersByIds(Collection<Long> ids, Function<String, @Nullable String> districtName) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return offers("o.id IN (:ids)", new MapSqlParameterSource("ids", ids), districtName);
	}

	private List<OfferDetails> offers(String where, MapSqlParameterSource params,
			Function<String, @Nullable String> districtName) {
		List<Row> rows = jdbc.query("SELECT o.* FROM trainings.offer o WHERE " + where
				+ " ORDER BY o.status, lower(o.title), o.id", params, (rs, n) -> row(rs));
		if (rows.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList());
		Map<Long, List<Labelled>> skills = new HashMap<>();
		jdbc.query("SELECT offer_id, skill_uri, label FROM trainings.offer_skill WHERE offer_id IN (:ids) ORDER BY label",
				ids, rs -> {
					skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Labelled(rs.getString(2), rs.getString(3)));
				});
		Map<Long, List<Labelled>> occupations = new HashMap<>();
		jdbc.query("SELECT offer_id, occupation_uri, label FROM trainings.offer_occupation WHERE offer_id IN (:ids) "
				+ "ORDER BY label", ids, rs -> {
					occupations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new Labelled(rs.getString(2), rs.getString(3)));
				});
		Map<Long, List<RunDetails>> runs = new HashMap<>();
		for (RunDetails run : runs("r.offer_id IN (:ids)", ids, districtName)) {
			runs.computeIfAbsent(run.offerId(), k -> new ArrayList<>()).add(run);
		}
		return rows.stream()
			.map(row -> row.details(skills.getOrDefault(row.id, List.of()), occupations.getOrDefault(row.id, List.of()),
					runs.getOrDefault(row.id, List.of())))
			.toList();
	}

	List<RunDetails> runs(String where, MapSqlParameterSource params, Function<String, @Nullable String> districtName) {
		return jdbc.query("""
				SELECT r.*,
				  (SELECT count(*) FROM trainings.registration g WHERE g.run_id = r.id AND g.status IN ('CONFIRMED', 'INVITED')) AS confirmed,
				  (SELECT count(*) FROM trainings.registration g WHERE g.run_id = r.id AND g.status = 'WAITING') AS waiting
				FROM trainings.run r WHERE """ + " " + where + " ORDER BY r.start_date, r.id", params,
				(rs, n) -> new RunDetails(rs.getLong("id"), rs.getLong("offer_id"), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class), rs.getString("schedule"), rs.getBoolean("online"),
						rs.getString("place_name"), rs.getString("street"), rs.getString("postcode"), rs.getString("city"),
						rs.getString("district_code"),
						rs.getString("district_code") == null ? null : districtName.apply(rs.getString("district_code")),
						rs.getInt("capacity"), rs.getBoolean("cancelled"), rs.getInt("confirmed"), rs.getInt("waiting"),
						rs.getLong("version")));
	}

	Optional<RunDetails> run(long runId, Function<String, @Nullable String> districtName) {
		return runs("r.id = :id", new MapSqlParameterSource("id", runId), districtName).stream().findFirst();
	}

	long insertRun(long offerId, RunDraft run, Places.@Nullable Point point) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update("""
				INSERT INTO trainings.run (offer_id, start_date, end_date, schedule, online, place_name, street, postcode,
				  city, district_code, latitude, longitude, capacity)
				VALUES (:offerId, :start, :end, :schedule, :online, :placeName, :street, :postcode, :city, :district,
				  :latitude, :longitude, :capacity)""", runParams(run, point).addValue("offerId", offerId), key,
				new String[] { "id" });
		return key.getKey().longValue();
	}

	boolean updateRun(long runId, long version, RunDraft run, Places.@Nullable Point point) {
		return jdbc.update("""
				UPDATE trainings.run SET start_date = :start, end_date = :end, schedule = :schedule, online = :online,
				  place_name = :placeName, street = :street, postcode = :postcode, city = :city, district_code = :district,
				  latitude = :latitude, longitude = :longitude, capacity = :capacity, version = version + 1
				WHERE id = :id AND version = :version AND NOT cancelled""",
				runParams(run, point).addValue("id", runId).addValue("version", version)) == 1;
	}

	boolean cancelRun(long runId, long version) {
		return jdbc.update("UPDATE trainings.run SET cancelled = TRUE, version = version + 1 WHERE id = :id AND version = :version",
				new MapSqlParameterSource("id", runId).addValue("version", version)) == 1;
	}

	private static MapSqlParameterSource runParams(RunDraft run, Places.@Nullable Point point) {
		return new MapSqlParameterSource("start", run.startDate()).addValue("end", run.endDate())
			.addValue("schedule", run.schedule().strip())
			.addValue("online", run.online())
			.addValue("placeName", run.online() || run.placeName().isBlank() ? null : run.placeName().strip())
			.addValue("street", run.online() || run.street().isBlank() ? null : run.street().strip())
			.addValue("postcode", run.online() || run.postcode().isBlank() ? null : run.postcode().strip())
			.addValue("city", run.online() ? null : run.city().strip())
			.addValue("district", run.online() ? null : run.districtCode())
			.addValue("latitude", point == null ? null : point.latitude())
			.addValue("longitude", point == null ? null : point.longitude())
			.addValue("capacity", run.capacity());
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
				rs.getString("title"), rs.getString("summary"), rs.getString("description"),
				Format.valueOf(rs.getString("format")), rs.getString("target_groups"), rs.getString("language"),
				rs.getBigDecimal("duration_hours"), rs.getBigDecimal("price"), rs.getBoolean("provider_azav"),
				rs.getBoolean("course_azav"), rs.getBoolean("fundable"), rs.getString("action_field_code"),
				rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"),
				OfferStatus.valueOf(rs.getString("status")), rs.getLong("version"));
	}

	private record Row(long id, UUID providerId, String providerName, String title, String summary, String description,
			Format format, String targetGroups, String language, BigDecimal hours, BigDecimal price, boolean providerAzav,
			boolean courseAzav, boolean fundable, @Nullable String actionField, String contactName, String contactEmail,
			String contactPhone, OfferStatus status, long version) {

		OfferDetails details(List<Labelled> skills, List<Labelled> occupations, List<RunDetails> runs) {
			return new OfferDetails(id, providerId, providerName, title, summary, description,
					Markdown.toSafeHtml(description), format, targetGroups, language,
					new BigDecimal(hours.stripTrailingZeros().toPlainString()), price,
					providerAzav, courseAzav, fundable, actionField, contactName, contactEmail, contactPhone, status,
					version, skills, occupations, runs);
		}

	}

}
