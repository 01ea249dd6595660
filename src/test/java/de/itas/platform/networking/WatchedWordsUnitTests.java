package de.itas.platform.networking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;


import de.itas.platform.networking.WatchedWords.Word;

class WatchedWordsUnitTests {

	private static Word word(String phrase, WatchedWordAction action) {
		return new Word(UUID.randomUUID(), phrase, action);
	}

	@Test
	void theStrictestActionWinsWhenSeveralWordsHit() {
		List<Word> words = List.of(word("werbung", WatchedWordAction.FLAG), word("betrug", WatchedWordAction.HOLD), word("idiot", WatchedWordAction.BLOCK));
		assertThat(WatchedWords.match("Werbung und Betrug, du Idiot", words)).get().extracting(Word::action)
			.isEqualTo(WatchedWordAction.BLOCK);
		assertThat(WatchedWords.match("Werbung und Betrug", words)).get().extracting(Word::action).isEqualTo(WatchedWordAction.HOLD);
		assertThat(WatchedWords.match("Nur Werbung hier", words)).get().extracting(Word::action).isEqualTo(WatchedWordAction.FLAG);
		assertThat(WatchedWords.match("Ein ganz sachlicher Beitrag", words)).isEmpty();
	}

	@Test
	void caseDoesNotMatterAndWordBoundariesDo() {
		assertThat(WatchedWords.matches("Das ist SPAM!", "spam")).isTrue();
		assertThat(WatchedWords.matches("(Spam)", "spam")).isTrue();
		assertThat(WatchedWords.matches("Spammer schreiben viel", "spam")).isFalse();
		assertThat(WatchedWords.matches("Antispam-Filter", "spam")).isFalse();
	}

	@Test
	void umlautsAreLettersOfTheWord() {
		assertThat(WatchedWords.matches("So ein Blödmann!", "blödmann")).isTrue();
		assertThat(WatchedWords.matches("SO EIN BLÖDMANN", "blödmann")).isTrue();
		// an umlaut next to the word makes it a longer word, not a hit
		assertThat(WatchedWords.matches("Überblödmann", "blödmann")).isFalse();
		assertThat(WatchedWords.matches("Straße", "stra")).isFalse();
	}

	@Test
	void phrasesMatchAcrossAnyWhiteSpace() {
		assertThat(WatchedWords.matches("Jetzt billig   kaufen!", "billig kaufen")).isTrue();
		assertThat(WatchedWords.matches("billig\nkaufen", "billig kaufen")).isTrue();
		assertThat(WatchedWords.matches("billig einkaufen", "billig kaufen")).isFalse();
	}

	@Test
	void noFalseHitInsideALongerWord() {
		assertThat(WatchedWords.matches("Die Analyse ergab nichts", "anal")).isFalse();
		assertThat(WatchedWords.matches("Klassenbuch", "arsch")).isFalse();
		assertThat(WatchedWords.matches("Schlachthof Verwaltung", "lacht")).isFalse();
		assertThat(WatchedWords.matches("", "spam")).isFalse();
		assertThat(WatchedWords.matches("spam", "  ")).isFalse();
	}

}
