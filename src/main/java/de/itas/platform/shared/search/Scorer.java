package de.itas.platform.shared.search;

import java.util.List;

/** Puts the candidates of all contributions on one scale. */
interface Scorer {

	/** Whether the words hold anything to search for once stop words ("und", "der") are left out. */
	boolean hasLexemes(List<String> words);

	/** A score and the marked title and snippet for every hit, in the order of {@code hits}. */
	List<Score> score(List<SearchHit> hits, List<String> words);

	/**
	 * @param markedTitle the title with every matched word between {@link Marks#START} and {@link Marks#STOP}
	 * @param markedSnippet the part of the snippet around the matched words, marked alike
	 */
	record Score(double value, String markedTitle, String markedSnippet) {
	}

}
