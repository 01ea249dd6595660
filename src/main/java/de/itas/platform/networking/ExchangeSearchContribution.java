package de.itas.platform.networking;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Current posts of the exchange in the site search (German full text over title, capabilities and description).
 * Visitors read the posting organisation only when it is named publicly; nothing personal is in a hit.
 */
@Component
@Order(65)
@Transactional(readOnly = true)
class ExchangeSearchContribution implements SearchContribution {

	private final NamedParameterJdbcTemplate jdbc;
	private final Exchange exchange;

	ExchangeSearchContribution(NamedParameterJdbcTemplate jdbc, Exchange exchange) {
		this.jdbc = jdbc;
		this.exchange = exchange;
	}

	@Override
	public String type() {
		return "cooperation";
	}

	@Override
	public String labelKey() {
		return "networking.exchange.search.label";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		boolean visitor = request.viewer() == null;
		return jdbc.query("SELECT p.id, p.title, p.description, p.organisation_name, p.name_visibility, p.districts[1]"
				+ " AS district FROM networking.exchange_post p WHERE " + ExchangeStore.CURRENT
				+ " AND p.search_vector @@ to_tsquery('german', :query)"
				+ " ORDER BY ts_rank(p.search_vector, to_tsquery('german', :query)) DESC, p.created_at DESC LIMIT :limit",
				Map.of("today", exchange.today(), "query", request.allWordsQuery(), "limit", request.limit()),
				(rs, row) -> {
					boolean named = !visitor || NameVisibility.PUBLIC.name().equals(rs.getString("name_visibility"));
					String who = named ? rs.getString("organisation_name") : exchange.districtName(rs.getString("district"));
					String description = rs.getString("description");
					String snippet = who + " – "
							+ (description.length() > 300 ? description.substring(0, 300) + "…" : description);
					return new SearchHit(rs.getString("title"), snippet, "/kooperationsboerse/" + rs.getObject("id"));
				});
	}

}
