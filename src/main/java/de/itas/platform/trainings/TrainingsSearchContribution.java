package de.itas.platform.trainings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Published training offers in the site-wide search, found by the catalogue's own search (German stemming,
 * prefixes, forgiving small typos); the snippet is the offer's summary and its provider. Offers are public, so
 * every viewer gets the same answer.
 */
@Component
@Order(10)
class TrainingsSearchContribution implements SearchContribution {

	private final TrainingCatalog catalog;
	private final NamedParameterJdbcTemplate jdbc;

	TrainingsSearchContribution(TrainingCatalog catalog, NamedParameterJdbcTemplate jdbc) {
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return "training";
	}

	@Override
	public String labelKey() {
		return "trainings.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		List<OfferSummary> offers = catalog.search(request.text(), request.limit());
		if (offers.isEmpty()) {
			return List.of();
		}
		Map<Long, String> summaries = new HashMap<>();
		jdbc.query("SELECT id, summary FROM trainings.offer WHERE id IN (:ids)",
				new MapSqlParameterSource("ids", offers.stream().map(OfferSummary::id).toList()),
				rs -> {
					summaries.put(rs.getLong("id"), rs.getString("summary"));
				});
		return offers.stream()
			.map(offer -> new SearchHit(offer.title(),
					summaries.getOrDefault(offer.id(), "") + " · " + offer.providerName(), offer.url()))
			.toList();
	}

}
