package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/** Which of the occupation finder's guesses the site-wide search keeps. */
class OccupationSearchContributionUnitTests {

	private final Occupations occupations = mock(Occupations.class);

	private final OccupationSearchContribution contribution = new OccupationSearchContribution(occupations);

	private void occupation(String uri, String label, String description, String... otherLabels) {
		when(occupations.occupation(uri)).thenReturn(Optional.of(new OccupationDetails(
				new OccupationSummary(uri, label, null, null, 0, 0, 0), description, List.of(otherLabels), List.of())));
	}

	private List<SearchHit> search(String text, OccupationMatch... matches) {
		when(occupations.search(eq(text), anyInt())).thenReturn(List.of(matches));
		return contribution.search(new SearchRequest(text, null, Locale.GERMAN, 50));
	}

	@Test
	void aGuessIsKeptWhenTheOccupationMentionsEveryWordOrTheFinderIsSure() {
		occupation("u:tech", "Techniker für Batterietechnik", "Prüft Batteriesysteme.");
		occupation("u:eng", "Maschinenbauingenieur", "Entwickelt Maschinen.");
		occupation("u:weld", "Schweißer/Schweißerin", "Fügt Bauteile.");

		assertThat(search("Batterie", new OccupationMatch("u:tech", "Techniker für Batterietechnik", 0.58, "Batterietechniker", java.util.List.of(), false)))
			.extracting(SearchHit::title)
			.containsExactly("Techniker für Batterietechnik");
		assertThat(search("Xylophonbau", new OccupationMatch("u:eng", "Maschinenbauingenieur", 0.51, "Maschinenbauingenieur", java.util.List.of(), false)))
			.as("a guess whose texts lack the word")
			.isEmpty();
		assertThat(search("Schweisser", new OccupationMatch("u:weld", "Schweißer/Schweißerin", 0.987, "Schweißer/Schweißerin", java.util.List.of(), false)))
			.as("a corrected spelling the finder is sure of")
			.hasSize(1);
		assertThat(search("Batterie", new OccupationMatch("u:tech", "Techniker für Batterietechnik", 0.2, "Batterietechniker", java.util.List.of(), true)))
			.as("a weak guess")
			.isEmpty();
	}

	@Test
	void otherNamesCountAndShortWordsAreNotRequired() {
		occupation("u:log", "Fachkraft für Lagerlogistik", "Lagert Waren ein.", "Lagerist");

		assertThat(search("Lagerist für Waren", new OccupationMatch("u:log", "Fachkraft für Lagerlogistik", 0.6, "Lagerist", java.util.List.of(), false)))
			.singleElement()
			.satisfies(hit -> {
				assertThat(hit.snippet()).isEqualTo("Lagerist · Lagert Waren ein.");
				assertThat(hit.url()).isEqualTo("/mein-weg?von=u%3Alog");
			});
	}

	@Test
	void foldingIgnoresCaseAccentsAndSharpS() {
		assertThat(OccupationSearchContribution.fold("Schweißer FRÄSER Café")).isEqualTo("schweisser fraser cafe");
	}

}
