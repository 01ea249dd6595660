package de.itas.platform.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;

/**
 * The directory search in SQL. Every condition on a field group is joined with that group's visibility
 * for the reader, so that neither results nor counts depend on anything the reader may not see: a
 * company whose capabilities are for advisors only is not found by its capabilities for a visitor, and
 * does not count in the capability filter.
 * <p>
 * The SQL is assembled from fixed fragments only; every value is a bind parameter.
 */
@Component
class DirectorySearch {

	/** The filters of a query; facets are counted with all filters but their own. */
	enum Filter {
		TEXT, DISTRICT, POSITION, PRODUCT_GROUP, CAPABILITY
	}

	static final int CAPABILITY_FACETS = 40;

	private final NamedParameterJdbcTemplate jdbc;
	private final Region region;

	DirectorySearch(NamedParameterJdbcTemplate jdbc, Region region) {
		this.jdbc = jdbc;
		this.region = region;
	}

	/** The ids of one page of matching companies, best match first (by name without text). */
	List<UUID> page(DirectoryQuery query, Reader reader) {
		Sql sql = new Sql(query, reader, region.districts());
		String order = sql.hasText() ? "ts_rank(p.search_vector, to_tsquery('german', :anyWord)) DESC, lower(p.name)"
				: "lower(p.name)";
		sql.params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		return jdbc.queryForList("SELECT p.organisation_id FROM directory.company_profile p WHERE "
				+ sql.where(EnumSet.noneOf(Filter.class)) + " ORDER BY " + order + ", p.organisation_id"
				+ " LIMIT :limit OFFSET :offset", sql.params, UUID.class);
	}

	long count(DirectoryQuery query, Reader reader) {
		Sql sql = new Sql(query, reader, region.districts());
		Long count = jdbc.queryForObject("SELECT count(*) FROM directory.company_profile p WHERE "
				+ sql.where(EnumSet.noneOf(Filter.class)), sql.params, Long.class);
		return count == null ? 0 : count;
	}

	Facets facets(DirectoryQuery query, Reader reader) {
		Sql sql = new Sql(query, reader, region.districts());
		Map<String, Long> districts = new HashMap<>();
		jdbc.query("SELECT p.district_code AS value, count(*) AS companies FROM directory.company_profile p WHERE "
				+ sql.where(EnumSet.of(Filter.DISTRICT)) + " GROUP BY p.district_code", sql.params,
				rs -> {
					districts.put(rs.getString("value"), rs.getLong("companies"));
				});
		Map<ValueChainPosition, Long> positions = new EnumMap<>(ValueChainPosition.class);
		jdbc.query("SELECT p.value_chain_position AS value, count(*) AS companies FROM directory.company_profile p "
				+ "WHERE " + sql.where(EnumSet.of(Filter.POSITION)) + " AND " + sql.visible(FieldGroup.PORTFOLIO)
				+ " GROUP BY p.value_chain_position", sql.params, rs -> {
					positions.put(ValueChainPosition.valueOf(rs.getString("value")), rs.getLong("companies"));
				});
		Map<ProductGroup, Long> productGroups = new EnumMap<>(ProductGroup.class);
		jdbc.query("SELECT g.product_group AS value, count(*) AS companies FROM directory.company_profile p "
				+ "JOIN directory.company_product_group g ON g.organisation_id = p.organisation_id WHERE "
				+ sql.where(EnumSet.of(Filter.PRODUCT_GROUP)) + " AND " + sql.visible(FieldGroup.PORTFOLIO)
				+ " GROUP BY g.product_group", sql.params, rs -> {
					productGroups.put(ProductGroup.valueOf(rs.getString("value")), rs.getLong("companies"));
				});
		sql.params.addValue("capabilityFacets", CAPABILITY_FACETS);
		List<Facets.TagCount> capabilities = jdbc.query("SELECT t.tag_key, min(t.label) AS label, "
				+ "count(DISTINCT p.organisation_id) AS companies FROM directory.company_profile p "
				+ "JOIN directory.company_tag t ON t.organisation_id = p.organisation_id AND t.kind = 'CAPABILITY' WHERE "
				+ sql.where(EnumSet.of(Filter.CAPABILITY)) + " AND " + sql.visible(FieldGroup.CAPABILITIES)
				+ " GROUP BY t.tag_key ORDER BY companies DESC, t.tag_key LIMIT :capabilityFacets", sql.params,
				(rs, row) -> new Facets.TagCount(rs.getString("tag_key"), rs.getString("label"), rs.getLong("companies")));
		return new Facets(districts, positions, productGroups, withSelected(capabilities, query, reader));
	}

	/** The selected capability stays offered even when it is not among the most frequent ones. */
	private List<Facets.TagCount> withSelected(List<Facets.TagCount> capabilities, DirectoryQuery query, Reader reader) {
		String selected = query.capability();
		if (selected == null || capabilities.stream().anyMatch(tag -> tag.key().equals(selected))) {
			return capabilities;
		}
		Sql sql = new Sql(query, reader, region.districts());
		List<Facets.TagCount> withSelected = new ArrayList<>(capabilities);
		withSelected.addAll(jdbc.query("SELECT min(t.label) AS label, count(DISTINCT p.organisation_id) AS companies "
				+ "FROM directory.company_profile p JOIN directory.company_tag t ON t.organisation_id = p.organisation_id "
				+ "AND t.kind = 'CAPABILITY' AND t.tag_key = :capability WHERE " + sql.where(EnumSet.noneOf(Filter.class))
				+ " HAVING count(*) > 0", sql.params,
				(rs, row) -> new Facets.TagCount(selected, rs.getString("label"), rs.getLong("companies"))));
		return withSelected;
	}

	/** The conditions of one query for one reader, with their parameters. */
	private static final class Sql {

		final MapSqlParameterSource params = new MapSqlParameterSource();

		private final DirectoryQuery query;
		private final Set<UUID> own;
		private final List<String> words;
		private final List<DistrictSummary> districts;

		Sql(DirectoryQuery query, Reader reader, List<DistrictSummary> districts) {
			this.query = query;
			this.districts = districts;
			this.own = reader.ownCompanies();
			this.words = query.text() == null ? List.of() : TextQuery.words(query.text());
			List<String> reach = new ArrayList<>();
			for (Visibility visibility : Visibility.values()) {
				if (visibility.within(reader.reach())) {
					reach.add(visibility.name());
				}
			}
			params.addValue("reach", reach);
			if (!own.isEmpty()) {
				params.addValue("own", own);
			}
		}

		boolean hasText() {
			return !words.isEmpty();
		}

		/** The group is visible to the reader in the company of row {@code p}. */
		String visible(FieldGroup group) {
			String column = "p." + group.name().toLowerCase(Locale.ROOT) + "_visibility";
			return "(" + column + " IN (:reach)" + (own.isEmpty() ? "" : " OR p.organisation_id IN (:own)") + ")";
		}

		String where(Set<Filter> except) {
			List<String> conditions = new ArrayList<>();
			conditions.add("p.legal_form IS NOT NULL");
			conditions.add(visible(FieldGroup.BASIC));
			if (hasText() && !except.contains(Filter.TEXT)) {
				conditions.add(text());
			}
			if (query.districtCode() != null && !except.contains(Filter.DISTRICT)) {
				params.addValue("district", query.districtCode());
				conditions.add("p.district_code = :district");
			}
			if (query.position() != null && !except.contains(Filter.POSITION)) {
				params.addValue("position", query.position().name());
				conditions.add(visible(FieldGroup.PORTFOLIO) + " AND p.value_chain_position = :position");
			}
			if (query.productGroup() != null && !except.contains(Filter.PRODUCT_GROUP)) {
				params.addValue("productGroup", query.productGroup().name());
				conditions.add(visible(FieldGroup.PORTFOLIO) + " AND EXISTS (SELECT 1 FROM directory.company_product_group g "
						+ "WHERE g.organisation_id = p.organisation_id AND g.product_group = :productGroup)");
			}
			if (query.capability() != null) {
				params.addValue("capability", query.capability());
				if (!except.contains(Filter.CAPABILITY)) {
					conditions.add(visible(FieldGroup.CAPABILITIES) + " AND EXISTS (SELECT 1 FROM directory.company_tag t "
							+ "WHERE t.organisation_id = p.organisation_id AND t.kind = 'CAPABILITY' AND t.tag_key = :capability)");
				}
			}
			return String.join(" AND ", conditions);
		}

		/**
		 * Every word must occur somewhere the reader may look: name or description, the industry's title,
		 * the district's name, the city (address group) or a capability or certification (capabilities
		 * group).
		 */
		private String text() {
			params.addValue("anyWord", TextQuery.anyOf(words));
			List<String> perWord = new ArrayList<>();
			for (int i = 0; i < words.size(); i++) {
				String word = ":word" + i;
				params.addValue("word" + i, TextQuery.prefix(words.get(i)));
				String tsquery = "to_tsquery('german', " + word + ")";
				// a stop word ("und", "in") has no lexeme and must not make the search fail
				perWord.add("(numnode(" + tsquery + ") = 0 OR p.search_vector @@ " + tsquery
						+ " OR EXISTS (SELECT 1 FROM directory.industry_code w WHERE w.code = p.industry_code AND "
						+ "to_tsvector('german', w.title) @@ " + tsquery + ")"
						+ " OR (" + visible(FieldGroup.ADDRESS) + " AND p.city_vector @@ " + tsquery + ")"
						// the same expression as the index company_tag_label_search_idx, so that it is used
						+ " OR (" + visible(FieldGroup.CAPABILITIES) + " AND EXISTS (SELECT 1 FROM directory.company_tag t "
						+ "WHERE t.organisation_id = p.organisation_id AND to_tsvector('german'::regconfig, t.label) @@ "
						+ tsquery + "))"
						+ districtsNamed(i) + ")");
			}
			return "(" + String.join(" AND ", perWord) + ")";
		}

		/** Districts with a word of their name or seat starting with the i-th word, e.g. "nord" for a "Landkreis Nordheide". */
		private String districtsNamed(int i) {
			String word = words.get(i);
			List<String> codes = districts.stream()
				.filter(district -> TextQuery.words(district.name() + " " + district.seat())
					.stream()
					.anyMatch(part -> part.startsWith(word)))
				.map(DistrictSummary::code)
				.toList();
			if (codes.isEmpty()) {
				return "";
			}
			params.addValue("districts" + i, codes);
			return " OR p.district_code IN (:districts" + i + ")";
		}

	}

}
