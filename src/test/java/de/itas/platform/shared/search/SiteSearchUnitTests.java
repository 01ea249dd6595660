package de.itas.platform.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.search.SiteSearchResult.Item;
import de.itas.platform.shared.search.SiteSearchResult.Part;
import de.itas.platform.shared.search.SiteSearchResult.State;
import de.itas.platform.shared.search.SiteSearchResult.TypeCount;

/** Merging, counting, filtering and paging of the site-wide search, with the ranking's scores given. */
class SiteSearchUnitTests {

	/** Scores by title as given; stop words as in German; marks nothing. */
	static class GivenScores implements Scorer {

		private final Map<String, Double> byTitle;
		final List<List<SearchHit>> calls = new ArrayList<>();

		GivenScores(Map<String, Double> byTitle) {
			this.byTitle = byTitle;
		}

		@Override
		public boolean hasLexemes(List<String> words) {
			return !Set.of("und", "der", "die").containsAll(words);
		}

		@Override
		public List<Score> score(List<SearchHit> hits, List<String> words) {
			calls.add(hits);
			return hits.stream().map(hit -> new Score(byTitle.getOrDefault(hit.title(), 0.0), hit.title(), hit.snippet()))
				.toList();
		}

	}

	/** A contribution answering the given titles in the given order, counting its calls. */
	static final class Fixed implements SearchContribution {

		private final String type;
		private final List<String> titles;
		int calls;

		Fixed(String type, String... titles) {
			this.type = type;
			this.titles = List.of(titles);
		}

		@Override
		public String type() {
			return type;
		}

		@Override
		public String labelKey() {
			return type + ".label";
		}

		@Override
		public List<SearchHit> search(SearchRequest request) {
			calls++;
			return titles.stream().map(title -> new SearchHit(title, "about " + title, "/" + type + "/" + title)).toList();
		}

	}

	static final class Failing implements SearchContribution {

		@Override
		public String type() {
			return "broken";
		}

		@Override
		public String labelKey() {
			return "broken.label";
		}

		@Override
		public List<SearchHit> search(SearchRequest request) {
			throw new IllegalStateException("database gone");
		}

	}

	private static SiteSearchResult search(SiteSearch search, String text) {
		return search.search(text, null, 0, 10, null, Locale.GERMAN);
	}

	private static List<String> titles(SiteSearchResult result) {
		return result.items().stream().map(Item::title).toList();
	}

	@Test
	void itemsOfAllContributionsAreOrderedByTheJointScoreNotByContribution() {
		Fixed first = new Fixed("a", "a-weak", "a-strong");
		Fixed second = new Fixed("b", "b-best", "b-middle");
		SiteSearch search = new SiteSearch(List.of(first, second),
				new GivenScores(Map.of("a-weak", 0.1, "a-strong", 2.5, "b-best", 3.2, "b-middle", 1.4)));

		SiteSearchResult result = search(search, "cnc");

		assertThat(result.state()).isEqualTo(State.FOUND);
		assertThat(titles(result)).containsExactly("b-best", "a-strong", "b-middle", "a-weak");
		assertThat(result.items()).extracting(Item::type).containsExactly("b", "a", "b", "a");
		assertThat(result.items().get(0).score()).isEqualTo(3.2);
	}

	@Test
	void equalScoresKeepEachContributionsOrderAndTakeTurnsBetweenContributions() {
		SiteSearch search = new SiteSearch(List.of(new Fixed("a", "a1", "a2", "a3"), new Fixed("b", "b1", "b2")),
				new GivenScores(Map.of()));

		assertThat(titles(search(search, "cnc"))).containsExactly("a1", "b1", "a2", "b2", "a3");
	}

	@Test
	void aFailingContributionIsNamedAndTheOthersStillAnswer() {
		Fixed working = new Fixed("a", "a1");
		SiteSearch search = new SiteSearch(List.of(new Failing(), working), new GivenScores(Map.of()));

		SiteSearchResult result = search(search, "cnc");

		assertThat(titles(result)).containsExactly("a1");
		assertThat(result.unavailable()).containsExactly("broken.label");
		assertThat(result.types()).extracting(TypeCount::type, TypeCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("broken", 0), org.assertj.core.groups.Tuple.tuple("a", 1));
	}

	@Test
	void aFailingRankingLeavesTheItemsInTheirContributionsOrder() {
		Scorer broken = new GivenScores(Map.of()) {

			@Override
			public List<Score> score(List<SearchHit> hits, List<String> words) {
				throw new IllegalStateException("database gone");
			}

		};
		SiteSearch search = new SiteSearch(List.of(new Fixed("a", "a1", "a2"), new Fixed("b", "b1")), broken);

		SiteSearchResult result = search(search, "cnc");

		assertThat(titles(result)).containsExactly("a1", "b1", "a2");
		assertThat(result.items().get(0).snippet()).isEqualTo("about a1");
		assertThat(result.items().get(0).titleParts()).containsExactly(new Part("a1", false));
	}

	@Test
	void countsPerTypeAreCappedAtTheCandidatesTakenFromOneContribution() {
		String[] many = IntStream.range(0, SiteSearch.CANDIDATES + 5).mapToObj(i -> "m" + i).toArray(String[]::new);
		GivenScores scores = new GivenScores(Map.of());
		SiteSearch search = new SiteSearch(List.of(new Fixed("many", many), new Fixed("few", "f1", "f2")), scores);

		SiteSearchResult result = search(search, "cnc");

		assertThat(result.types()).containsExactly(new TypeCount("many", "many.label", SiteSearch.CANDIDATES, true),
				new TypeCount("few", "few.label", 2, false));
		assertThat(result.capped()).isTrue();
		assertThat(result.totalOfAllTypes()).isEqualTo(SiteSearch.CANDIDATES + 2);
		assertThat(scores.calls.get(0)).hasSize(SiteSearch.CANDIDATES + 2);
	}

	@Test
	void aTypeFilterShowsOnlyThatTypeWithItsTotalWhileCountsStayForAllTypes() {
		SiteSearch search = new SiteSearch(List.of(new Fixed("a", "a1", "a2"), new Fixed("b", "b1")),
				new GivenScores(Map.of("b1", 5.0)));

		SiteSearchResult result = search.search("cnc", "a", 0, 10, null, Locale.GERMAN);

		assertThat(result.type()).isEqualTo("a");
		assertThat(titles(result)).containsExactly("a1", "a2");
		assertThat(result.total()).isEqualTo(2);
		assertThat(result.totalOfAllTypes()).isEqualTo(3);
		assertThat(result.types()).extracting(TypeCount::count).containsExactly(2, 1);
	}

	@Test
	void anUnknownTypeFilterIsIgnored() {
		SiteSearch search = new SiteSearch(List.of(new Fixed("a", "a1"), new Fixed("b", "b1")), new GivenScores(Map.of()));

		SiteSearchResult result = search.search("cnc", "gibt-es-nicht", 0, 10, null, Locale.GERMAN);

		assertThat(result.type()).isNull();
		assertThat(result.total()).isEqualTo(2);
	}

	@Test
	void pagesHoldTheGivenNumberOfItemsAndAPagePastTheEndShowsTheLastOne() {
		String[] titles = IntStream.range(0, 23).mapToObj(i -> String.format("t%02d", i)).toArray(String[]::new);
		SiteSearch search = new SiteSearch(List.of(new Fixed("a", titles)), new GivenScores(Map.of()));

		SiteSearchResult second = search.search("cnc", null, 1, 10, null, Locale.GERMAN);
		SiteSearchResult beyond = search.search("cnc", null, 7, 10, null, Locale.GERMAN);

		assertThat(titles(second)).hasSize(10).first().isEqualTo("t10");
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isTrue();
		assertThat(second.totalPages()).isEqualTo(3);
		assertThat(beyond.page()).isEqualTo(2);
		assertThat(titles(beyond)).containsExactly("t20", "t21", "t22");
		assertThat(beyond.hasNext()).isFalse();
	}

	@Test
	void nothingToSearchForAsksNoContribution() {
		Fixed contribution = new Fixed("a", "a1");
		SiteSearch search = new SiteSearch(List.of(contribution), new GivenScores(Map.of()));

		assertThat(search(search, "   ").state()).isEqualTo(State.EMPTY);
		assertThat(search.search(null, null, 0, 10, null, Locale.GERMAN).state()).isEqualTo(State.EMPTY);
		assertThat(search(search, "%&/ -- !").state()).isEqualTo(State.NO_WORDS);
		assertThat(search(search, "und der").state()).isEqualTo(State.STOP_WORDS_ONLY);
		assertThat(contribution.calls).isZero();
		assertThat(search(search, "und der cnc").state()).isEqualTo(State.FOUND);
		assertThat(contribution.calls).isEqualTo(1);
	}

	@Test
	void nothingFoundWhenNoContributionHasAnItem() {
		SiteSearch search = new SiteSearch(List.of(new Fixed("a"), new Fixed("b")), new GivenScores(Map.of()));

		SiteSearchResult result = search(search, "cnc");

		assertThat(result.state()).isEqualTo(State.NOTHING_FOUND);
		assertThat(result.items()).isEmpty();
		assertThat(result.searched()).isTrue();
	}

	@Test
	void theTextIsStrippedOfControlCharactersAndShortened() {
		assertThat(SiteSearch.clean(" CNC\u0000\u0002 Fräsen\n")).isEqualTo("CNC  Fräsen");
		assertThat(SiteSearch.clean("x".repeat(500))).hasSize(SiteSearch.MAX_TEXT);
	}

	@Test
	void searchTermsAreWordsOfLettersAndDigitsEachAsAPrefix() {
		List<String> words = SearchTerms.words("CNC-Fräsen & 'Schweißen' | 4.0 cnc:* !");

		assertThat(words).containsExactly("cnc", "fräsen", "schweißen", "4", "0");
		assertThat(SearchTerms.allOf(words)).isEqualTo("cnc:* & fräsen:* & schweißen:* & 4:* & 0:*");
		assertThat(SearchTerms.anyOf(List.of("cnc", "fräsen"))).isEqualTo("cnc:* | fräsen:*");
		assertThat(SearchTerms.words("a b c d e f g h i j")).hasSize(SearchTerms.MAX_WORDS);
	}

	@Test
	void marksSplitATextIntoMatchedAndUnmatchedParts() {
		String marked = "CNC-" + Marks.START + "Fräsen" + Marks.STOP + " mit " + Marks.START + "TNC" + Marks.STOP;

		assertThat(Marks.parts(marked)).containsExactly(new Part("CNC-", false), new Part("Fräsen", true),
				new Part(" mit ", false), new Part("TNC", true));
		assertThat(Marks.plain(marked)).isEqualTo("CNC-Fräsen mit TNC");
	}

	@Test
	void aSnippetPartGetsEllipsesWhereTheSnippetGoesOn() {
		String snippet = "Wir fertigen Wellen. Außerdem bieten wir CNC-Fräsen an. Zertifiziert nach IATF.";

		assertThat(SiteSearch.withEllipses("bieten wir CNC-Fräsen", snippet)).isEqualTo("… bieten wir CNC-Fräsen …");
		assertThat(SiteSearch.withEllipses("Wir fertigen Wellen.", snippet)).isEqualTo("Wir fertigen Wellen. …");
		assertThat(SiteSearch.withEllipses(snippet, snippet)).isEqualTo(snippet);
	}

}
