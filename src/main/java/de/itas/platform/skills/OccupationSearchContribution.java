package de.itas.platform.skills;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Occupations of the taxonomy in the site-wide search, found by the occupation finder (job titles as people
 * write them, other names, compounds, small typos). The finder also offers distant guesses; only those close to
 * its best answer are kept. A hit opens "Mein Weg" for the occupation. The taxonomy is public.
 */
@Component
@Order(40)
class OccupationSearchContribution implements SearchContribution {

	/** A guess scoring below this is not offered at all. */
	static final double MIN_SCORE = 0.3;

	/** A guess scoring below this share of the best one is not offered either. */
	static final double SHARE_OF_BEST = 0.6;

	private final Occupations occupations;

	OccupationSearchContribution(Occupations occupations) {
		this.occupations = occupations;
	}

	@Override
	public String type() {
		return "occupation";
	}

	@Override
	public String labelKey() {
		return "skills.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		List<OccupationMatch> matches = occupations.search(request.text(),
				Math.min(request.limit(), Occupations.MAX_LIMIT));
		if (matches.isEmpty()) {
			return List.of();
		}
		double floor = Math.max(MIN_SCORE, matches.get(0).score() * SHARE_OF_BEST);
		return matches.stream().filter(match -> match.score() >= floor).map(this::hit).toList();
	}

	private SearchHit hit(OccupationMatch match) {
		List<String> parts = new ArrayList<>();
		if (!match.matchedLabel().equals(match.label())) {
			parts.add(match.matchedLabel());
		}
		occupations.occupation(match.uri())
			.map(OccupationDetails::description)
			.filter(description -> !description.isBlank())
			.ifPresent(parts::add);
		String url = UriComponentsBuilder.fromPath("/mein-weg").queryParam("von", "{uri}").encode()
			.buildAndExpand(match.uri()).toUriString();
		return new SearchHit(match.label(), String.join(" · ", parts), url);
	}

}
