package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word-level diff of a proposal against the wording it was written for. */
class ProposalDiffUnitTests {

	private static String diff(String before, String after) {
		return ProposalDiff.html(before, after, "gelöscht:", "eingefügt:");
	}

	@Test
	void anInsertedWordIsMarkedAndLabelled() {
		assertThat(diff("Wir stärken die Region.", "Wir stärken die ganze Region."))
			.isEqualTo("Wir stärken die <ins><span class=\"visually-hidden\">eingefügt: </span>ganze </ins>Region.");
	}

	@Test
	void aDeletedWordIsMarkedAndLabelled() {
		assertThat(diff("Wir stärken die ganze Region.", "Wir stärken die Region."))
			.isEqualTo("Wir stärken die <del><span class=\"visually-hidden\">gelöscht: </span>ganze </del>Region.");
	}

	@Test
	void aReplacedWordIsDeletedThenInserted() {
		assertThat(diff("Gute Arbeit in Sachsen.", "Gute Arbeit in Europa."))
			.isEqualTo("Gute Arbeit in <del><span class=\"visually-hidden\">gelöscht: </span>Sachsen</del>"
					+ "<ins><span class=\"visually-hidden\">eingefügt: </span>Europa</ins>.");
	}

	@Test
	void markupInEitherTextIsEscaped() {
		String html = diff("Text <b>alt</b>", "Text <script>alert(1)</script> & mehr");
		assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
		// the words of both texts are there, every angle bracket and ampersand escaped
		assertThat(html.replaceAll("<[^>]+>", "").replace("gelöscht: ", "").replace("eingefügt: ", ""))
			.contains("&lt;", "script", "alert", "&gt;", "&amp;", "alt");
		assertThat(html.replaceAll("</?(del|ins|span)[^>]*>", "")).doesNotContain("<").doesNotContain(">");
	}

	@Test
	void equalTextsHaveNoMarksAndKeepTheirParagraphs() {
		assertThat(diff("Gleich\nbleibt es.\n\nZweiter Absatz.", "Gleich\nbleibt es.\n\nZweiter Absatz."))
			.isEqualTo("Gleich bleibt es.\n\nZweiter Absatz.");
	}

}
