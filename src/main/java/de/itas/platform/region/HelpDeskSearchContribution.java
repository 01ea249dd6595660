package de.itas.platform.region;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Help desks in the site-wide search, found by German full-text search over name, partner, address and
 * district (every word, each as a prefix). Help desks are public. A hit leads to the help-desk list filtered to
 * the desk's district and partner, at the desk's card.
 */
@Component
@Order(30)
class HelpDeskSearchContribution implements SearchContribution {

	private static final String DOCUMENT = "to_tsvector('german', h.name || ' ' || p.name || ' ' || p.short_name || ' ' "
			+ "|| h.street || ' ' || h.postcode || ' ' || h.city || ' ' || d.name || ' ' || d.seat)";

	private final NamedParameterJdbcTemplate jdbc;
	private final Region region;

	HelpDeskSearchContribution(NamedParameterJdbcTemplate jdbc, Region region) {
		this.jdbc = jdbc;
		this.region = region;
	}

	@Override
	public String type() {
		return "help-desk";
	}

	@Override
	public String labelKey() {
		return "region.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		MapSqlParameterSource params = new MapSqlParameterSource("query", request.allWordsQuery())
			.addValue("limit", request.limit());
		List<String> codes = jdbc.queryForList("SELECT h.code FROM region.help_desk h "
				+ "JOIN region.partner p ON p.code = h.partner_code JOIN region.district d ON d.code = h.district_code "
				+ "WHERE " + DOCUMENT + " @@ to_tsquery('german', :query) "
				+ "ORDER BY ts_rank(" + DOCUMENT + ", to_tsquery('german', :query)) DESC, h.name LIMIT :limit", params,
				String.class);
		return codes.stream().map(region::helpDesk).flatMap(Optional::stream).map(HelpDeskSearchContribution::hit).toList();
	}

	private static SearchHit hit(HelpDeskSummary desk) {
		String snippet = desk.partner().name() + " (" + desk.partner().shortName() + ") · "
				+ desk.details().address().singleLine() + " · " + desk.district().name();
		String url = UriComponentsBuilder.fromPath("/anlaufstellen")
			.queryParam("landkreis", desk.district().code())
			.queryParam("partner", desk.partner().code())
			.fragment("anlaufstelle-" + desk.code())
			.encode()
			.toUriString();
		return new SearchHit(desk.name(), snippet, url);
	}

}
