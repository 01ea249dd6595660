package de.itas.platform.skills;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Occupations of the taxonomy in the site-wide search, found by the occupation finder (job titles as people
 * write them, other names, compounds, small typos). The finder is built to always offer its nearest guesses for
 * a job title; the site search is asked for anything, so a guess is kept only when the finder is sure (a known
 * name, a corrected typo) or when the occupation's names or description contain every word of the search
 * ("Batterie" in "Batterietechnik"): "Xylophonbau" finds no engineer for building machines. A hit opens "Mein Weg"
 * for the occupation. The taxonomy is public.
 */
@Component
@Order(40)
class OccupationSearchContribution implements SearchContribution {

	/** The finder's score for a name it knows or a typo it corrected; such a guess is kept as it is. */
	static final double SURE = 0.9;

	/** A guess scoring below this is never kept. */
	static final double MIN_SCORE = 0.3;

	/** Shorter words ("für", "und") are not required in the occupation's texts. */
	static final int MIN_WORD = 4;

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
		List<String> words = request.words()
			.stream()
			.filter(word -> word.length() >= MIN_WORD)
			.map(OccupationSearchContribution::fold)
			.toList();
		List<SearchHit> hits = new ArrayList<>();
		for (OccupationMatch match : occupations.search(request.text(),
				Math.min(request.limit(), Occupations.MAX_LIMIT))) {
			Optional<OccupationDetails> details = occupations.occupation(match.uri());
			if (match.score() >= SURE || match.score() >= MIN_SCORE && details.map(d -> mentions(d, words)).orElse(false)) {
				hits.add(hit(match, details));
			}
		}
		return hits;
	}

	private static boolean mentions(OccupationDetails occupation, List<String> words) {
		String text = fold(occupation.label() + " " + String.join(" ", occupation.otherLabels()) + " "
				+ (occupation.description() == null ? "" : occupation.description()));
		return words.stream().allMatch(text::contains);
	}

	/** Lower case without accents and with "ss" for "ß", so that "Schweisser" and "Schweißer" compare equal. */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.GERMAN).replace("ß", "ss");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	private static SearchHit hit(OccupationMatch match, Optional<OccupationDetails> details) {
		List<String> parts = new ArrayList<>();
		if (!match.matchedLabel().equals(match.label())) {
			parts.add(match.matchedLabel());
		}
		details.map(OccupationDetails::description).filter(description -> !description.isBlank()).ifPresent(parts::add);
		String url = UriComponentsBuilder.fromPath("/mein-weg")
			.queryParam("von", "{uri}")
			.encode()
			.buildAndExpand(match.uri())
			.toUriString();
		return new SearchHit(match.label(), String.join(" · ", parts), url);
	}

}
