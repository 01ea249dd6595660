package de.itas.platform.networking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.directory.ProductGroup;
import de.itas.platform.directory.Tags;

/**
 * The exchange's tables in SQL. Queries are assembled from fixed fragments only; every value is a bind parameter.
 */
@Component
class ExchangeStore {

	private static final String POST_COLUMNS = "id, organisation_id, organisation_name, author_id, kind, direction, title,"
			+ " description, capabilities, product_groups, industry_codes, districts, action_field, valid_until,"
			+ " name_visibility, withdrawn_at, hidden, version, created_at, updated_at";

	/** What makes a post current: not hidden, not withdrawn, not expired. */
	static final String CURRENT = "NOT p.hidden AND p.withdrawn_at IS NULL AND p.valid_until >= :today";

	private static final RowMapper<ExchangePost> POST = (rs, row) -> new ExchangePost(rs.getObject("id", UUID.class),
			rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
			rs.getObject("author_id", UUID.class), PostKind.valueOf(rs.getString("kind")),
			PostDirection.valueOf(rs.getString("direction")), rs.getString("title"), rs.getString("description"),
			strings(rs, "capabilities"),
			strings(rs, "product_groups").stream().map(ProductGroup::valueOf).collect(Collectors.toUnmodifiableSet()),
			strings(rs, "industry_codes"), strings(rs, "districts"), rs.getString("action_field"),
			rs.getObject("valid_until", LocalDate.class), NameVisibility.valueOf(rs.getString("name_visibility")),
			instant(rs, "withdrawn_at"), rs.getBoolean("hidden"), rs.getLong("version"),
			rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

	private static final RowMapper<ContactRequest> REQUEST = (rs, row) -> new ContactRequest(
			rs.getObject("id", UUID.class), rs.getObject("post_id", UUID.class),
			rs.getObject("requester_org_id", UUID.class), rs.getString("requester_org_name"),
			rs.getObject("requester_id", UUID.class), rs.getString("message"),
			ContactStatus.valueOf(rs.getString("status")), rs.getString("decision_note"),
			rs.getObject("decided_by", UUID.class), rs.getTimestamp("created_at").toInstant(), instant(rs, "decided_at"),
			instant(rs, "cooperation_agreed_at"));

	private final NamedParameterJdbcTemplate jdbc;

	ExchangeStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ExchangePost post) {
		jdbc.update("INSERT INTO networking.exchange_post (" + POST_COLUMNS + ", capability_keys, capabilities_text)"
				+ " VALUES (:id, :organisation, :organisationName, :author, :kind, :direction, :title, :description,"
				+ " :capabilities, :productGroups, :industryCodes, :districts, :actionField, :validUntil,"
				+ " :nameVisibility, NULL, FALSE, 0, :now, :now, :capabilityKeys, :capabilitiesText)",
				draftParams(post.draft()).addValue("id", post.id())
					.addValue("organisationName", post.organisationName())
					.addValue("author", post.authorId())
					.addValue("now", Timestamp.from(post.createdAt())));
	}

	/** Replaces the details if the post still has the version; answers whether it did. */
	boolean update(UUID id, long basedOnVersion, PostDraft draft, Instant now) {
		return jdbc.update("UPDATE networking.exchange_post SET kind = :kind, direction = :direction, title = :title,"
				+ " description = :description, capabilities = :capabilities, capability_keys = :capabilityKeys,"
				+ " capabilities_text = :capabilitiesText, product_groups = :productGroups,"
				+ " industry_codes = :industryCodes, districts = :districts, action_field = :actionField,"
				+ " valid_until = :validUntil, name_visibility = :nameVisibility, version = version + 1,"
				+ " updated_at = :now WHERE id = :id AND version = :version",
				draftParams(draft).addValue("id", id).addValue("version", basedOnVersion).addValue("now", Timestamp.from(now))) == 1;
	}

	private static MapSqlParameterSource draftParams(PostDraft draft) {
		return new MapSqlParameterSource("organisation", draft.organisationId())
			.addValue("kind", String.valueOf(draft.kind()))
			.addValue("direction", String.valueOf(draft.direction()))
			.addValue("title", draft.title())
			.addValue("description", draft.description())
			.addValue("capabilities", draft.capabilities().toArray(String[]::new))
			.addValue("capabilityKeys", draft.capabilities().stream().map(Tags::key).toArray(String[]::new))
			.addValue("capabilitiesText", String.join(" ", draft.capabilities()))
			.addValue("productGroups", draft.productGroups().stream().map(Enum::name).sorted().toArray(String[]::new))
			.addValue("industryCodes", draft.industryCodes().toArray(String[]::new))
			.addValue("districts", draft.districts().toArray(String[]::new))
			.addValue("actionField", draft.actionField())
			.addValue("validUntil", draft.validUntil())
			.addValue("nameVisibility", String.valueOf(draft.nameVisibility()));
	}

	Optional<ExchangePost> post(UUID id) {
		return jdbc.query("SELECT " + POST_COLUMNS + " FROM networking.exchange_post WHERE id = :id", Map.of("id", id), POST)
			.stream()
			.findFirst();
	}

	List<ExchangePost> postsOf(Collection<UUID> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return jdbc.query("SELECT " + POST_COLUMNS + " FROM networking.exchange_post WHERE organisation_id IN (:ids)"
				+ " ORDER BY created_at DESC, id", Map.of("ids", organisations), POST);
	}

	List<ExchangePost> postsByAuthor(UUID author) {
		return jdbc.query("SELECT " + POST_COLUMNS + " FROM networking.exchange_post WHERE author_id = :author"
				+ " ORDER BY created_at", Map.of("author", author), POST);
	}

	/** Every current post (for matching, the digest and the sitemap). */
	List<ExchangePost> current(LocalDate today) {
		return jdbc.query("SELECT " + prefixed() + " FROM networking.exchange_post p WHERE " + CURRENT + " ORDER BY p.created_at, p.id",
				Map.of("today", today), POST);
	}

	void withdraw(UUID id, Instant now) {
		jdbc.update("UPDATE networking.exchange_post SET withdrawn_at = :now, version = version + 1, updated_at = :now"
				+ " WHERE id = :id AND withdrawn_at IS NULL", Map.of("id", id, "now", Timestamp.from(now)));
	}

	void setHidden(UUID id, boolean hidden) {
		jdbc.update("UPDATE networking.exchange_post SET hidden = :hidden WHERE id = :id",
				Map.of("id", id, "hidden", hidden));
	}

	void replaceDescription(UUID id, String text, Instant now) {
		jdbc.update("UPDATE networking.exchange_post SET description = :text, version = version + 1, updated_at = :now"
				+ " WHERE id = :id", Map.of("id", id, "text", text, "now", Timestamp.from(now)));
	}

	// ---- search

	/** The filters of a query; facets are counted with all filters but their own. */
	enum Filter {
		KIND, DIRECTION, DISTRICT, PRODUCT_GROUP, ACTION_FIELD
	}

	List<ExchangePost> search(ExchangeQuery query, LocalDate today) {
		MapSqlParameterSource params = params(query, today);
		String order = query.tsquery() != null
				? "ts_rank(p.search_vector, to_tsquery('german', :tsquery)) DESC, p.created_at DESC"
				: "p.created_at DESC";
		params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		return jdbc.query("SELECT " + prefixed() + " FROM networking.exchange_post p WHERE "
				+ where(query, EnumSet.noneOf(Filter.class)) + " ORDER BY " + order + ", p.id LIMIT :limit OFFSET :offset",
				params, POST);
	}

	long count(ExchangeQuery query, LocalDate today) {
		Long count = jdbc.queryForObject("SELECT count(*) FROM networking.exchange_post p WHERE "
				+ where(query, EnumSet.noneOf(Filter.class)), params(query, today), Long.class);
		return count == null ? 0 : count;
	}

	ExchangeFacets facets(ExchangeQuery query, LocalDate today) {
		MapSqlParameterSource params = params(query, today);
		return new ExchangeFacets(
				counts("SELECT p.kind AS value, count(*) AS posts FROM networking.exchange_post p WHERE "
						+ where(query, EnumSet.of(Filter.KIND)) + " GROUP BY 1", params),
				counts("SELECT p.direction AS value, count(*) AS posts FROM networking.exchange_post p WHERE "
						+ where(query, EnumSet.of(Filter.DIRECTION)) + " GROUP BY 1", params),
				counts("SELECT d AS value, count(*) AS posts FROM networking.exchange_post p, unnest(p.districts) d WHERE "
						+ where(query, EnumSet.of(Filter.DISTRICT)) + " GROUP BY 1", params),
				counts("SELECT g AS value, count(*) AS posts FROM networking.exchange_post p, unnest(p.product_groups) g"
						+ " WHERE " + where(query, EnumSet.of(Filter.PRODUCT_GROUP)) + " GROUP BY 1", params),
				counts("SELECT p.action_field AS value, count(*) AS posts FROM networking.exchange_post p WHERE "
						+ where(query, EnumSet.of(Filter.ACTION_FIELD)) + " AND p.action_field IS NOT NULL GROUP BY 1",
						params));
	}

	private Map<String, Long> counts(String sql, MapSqlParameterSource params) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.query(sql, params, rs -> {
			counts.put(rs.getString("value"), rs.getLong("posts"));
		});
		return counts;
	}

	private static MapSqlParameterSource params(ExchangeQuery query, LocalDate today) {
		return new MapSqlParameterSource("today", today).addValue("tsquery", query.tsquery())
			.addValue("kind", query.kind() == null ? null : query.kind().name())
			.addValue("direction", query.direction() == null ? null : query.direction().name())
			.addValue("district", query.district())
			.addValue("productGroup", query.productGroup() == null ? null : query.productGroup().name())
			.addValue("actionField", query.actionField());
	}

	private static String where(ExchangeQuery query, Set<Filter> without) {
		List<String> conditions = new ArrayList<>();
		conditions.add(CURRENT);
		if (query.tsquery() != null) {
			conditions.add("p.search_vector @@ to_tsquery('german', :tsquery)");
		}
		if (query.kind() != null && !without.contains(Filter.KIND)) {
			conditions.add("p.kind = :kind");
		}
		if (query.direction() != null && !without.contains(Filter.DIRECTION)) {
			conditions.add("p.direction = :direction");
		}
		if (query.district() != null && !without.contains(Filter.DISTRICT)) {
			conditions.add("CAST(:district AS text) = ANY (p.districts)");
		}
		if (query.productGroup() != null && !without.contains(Filter.PRODUCT_GROUP)) {
			conditions.add("CAST(:productGroup AS text) = ANY (p.product_groups)");
		}
		if (query.actionField() != null && !without.contains(Filter.ACTION_FIELD)) {
			conditions.add("p.action_field = :actionField");
		}
		return String.join(" AND ", conditions);
	}

	private static String prefixed() {
		return Arrays.stream(POST_COLUMNS.split(",\\s*")).map(column -> "p." + column).collect(Collectors.joining(", "));
	}

	// ---- contact requests

	void insertRequest(ContactRequest request) {
		jdbc.update("INSERT INTO networking.exchange_contact_request (id, post_id, requester_org_id, requester_org_name,"
				+ " requester_id, message, status, created_at) VALUES (:id, :post, :org, :orgName, :requester, :message,"
				+ " :status, :now)",
				new MapSqlParameterSource("id", request.id()).addValue("post", request.postId())
					.addValue("org", request.requesterOrganisationId())
					.addValue("orgName", request.requesterOrganisationName())
					.addValue("requester", request.requesterId())
					.addValue("message", request.message())
					.addValue("status", request.status().name())
					.addValue("now", Timestamp.from(request.createdAt())));
	}

	boolean requestExists(UUID post, UUID organisation) {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM networking.exchange_contact_request"
				+ " WHERE post_id = :post AND requester_org_id = :org", Map.of("post", post, "org", organisation),
				Integer.class);
		return count != null && count > 0;
	}

	Optional<ContactRequest> request(UUID id) {
		return jdbc.query("SELECT * FROM networking.exchange_contact_request WHERE id = :id", Map.of("id", id), REQUEST)
			.stream()
			.findFirst();
	}

	List<ContactRequest> requestsTo(UUID post) {
		return jdbc.query("SELECT * FROM networking.exchange_contact_request WHERE post_id = :post ORDER BY created_at",
				Map.of("post", post), REQUEST);
	}

	List<ContactRequest> requestsFrom(Collection<UUID> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return jdbc.query("SELECT * FROM networking.exchange_contact_request WHERE requester_org_id IN (:orgs)"
				+ " ORDER BY created_at DESC", Map.of("orgs", organisations), REQUEST);
	}

	List<ContactRequest> requestsBy(UUID person) {
		return jdbc.query("SELECT * FROM networking.exchange_contact_request WHERE requester_id = :person"
				+ " ORDER BY created_at", Map.of("person", person), REQUEST);
	}

	/** Requests to the posts a person wrote. */
	List<ContactRequest> requestsToPostsOf(UUID author) {
		return jdbc.query("SELECT r.* FROM networking.exchange_contact_request r JOIN networking.exchange_post p"
				+ " ON p.id = r.post_id WHERE p.author_id = :author ORDER BY r.created_at", Map.of("author", author),
				REQUEST);
	}

	/** Records the decision on an open request; answers whether it was still open. */
	boolean decide(UUID id, ContactStatus status, @Nullable String note, UUID decidedBy, Instant now) {
		return jdbc.update("UPDATE networking.exchange_contact_request SET status = :status, decision_note = :note,"
				+ " decided_by = :by, decided_at = :now WHERE id = :id AND status = 'OPEN'",
				new MapSqlParameterSource("id", id).addValue("status", status.name())
					.addValue("note", note)
					.addValue("by", decidedBy)
					.addValue("now", Timestamp.from(now))) == 1;
	}

	boolean agreeCooperation(UUID id, Instant now) {
		return jdbc.update("UPDATE networking.exchange_contact_request SET cooperation_agreed_at = :now"
				+ " WHERE id = :id AND status = 'ACCEPTED' AND cooperation_agreed_at IS NULL",
				Map.of("id", id, "now", Timestamp.from(now))) == 1;
	}

	/** Counts of open requests per post. */
	Map<UUID, Long> openRequests(Collection<UUID> posts) {
		Map<UUID, Long> counts = new HashMap<>();
		if (posts.isEmpty()) {
			return counts;
		}
		jdbc.query("SELECT post_id, count(*) AS open FROM networking.exchange_contact_request WHERE post_id IN (:posts)"
				+ " AND status = 'OPEN' GROUP BY post_id", Map.of("posts", posts), rs -> {
					counts.put(rs.getObject("post_id", UUID.class), rs.getLong("open"));
				});
		return counts;
	}

	/** Erases what a deleted person wrote and the link to them: their messages, notes and authorship. */
	void erase(UUID person) {
		jdbc.update("UPDATE networking.exchange_contact_request SET message = NULL, requester_id = NULL"
				+ " WHERE requester_id = :person", Map.of("person", person));
		jdbc.update("UPDATE networking.exchange_contact_request SET decision_note = NULL, decided_by = NULL"
				+ " WHERE decided_by = :person", Map.of("person", person));
		jdbc.update("UPDATE networking.exchange_post SET author_id = NULL WHERE author_id = :person",
				Map.of("person", person));
	}

	// ---- digest

	Set<String> seen(UUID post) {
		return Set.copyOf(jdbc.queryForList("SELECT match_type || ':' || match_id FROM networking.exchange_match_seen"
				+ " WHERE post_id = :post", Map.of("post", post), String.class));
	}

	void markSeen(UUID post, Matching.MatchType type, UUID match, Instant now) {
		jdbc.update("INSERT INTO networking.exchange_match_seen (post_id, match_type, match_id, seen_at)"
				+ " VALUES (:post, :type, :match, :now) ON CONFLICT DO NOTHING",
				Map.of("post", post, "type", type.name(), "match", match, "now", Timestamp.from(now)));
	}

	/** Claims the day's digest for this instance; false when another instance already did. */
	boolean claimDigest(LocalDate day, Instant now) {
		return jdbc.update("INSERT INTO networking.exchange_digest_run (day, claimed_at) VALUES (:day, :now)"
				+ " ON CONFLICT DO NOTHING", Map.of("day", day, "now", Timestamp.from(now))) == 1;
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
