package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/** The finder on the demo taxonomy: how people write job titles, and robustness on any input. */
class FinderUnitTests {

	private static final String DEMO = "https://demo.itas.local/taxonomy/occupation/";

	private static final TaxonomyIndex INDEX = TaxonomyIndex.build(
			EscoCsvReader.read(TaxonomySource.classpath("skills/demo")).snapshot(), 1,
			new TaxonomyIndex.FutureThresholds(0.1, 0.15));

	private static String top(String query) {
		List<OccupationMatch> matches = INDEX.search(query, 5);
		assertThat(matches).as("matches for %s", query).isNotEmpty();
		return matches.get(0).uri().substring(DEMO.length());
	}

	@Test
	void gendered_forms_umlaut_spellings_and_abbreviations_find_the_same_occupation() {
		assertThat(top("Mechatroniker/in")).isEqualTo("mechatroniker");
		assertThat(top("Mechatronikerin")).isEqualTo("mechatroniker");
		assertThat(top("Mechatroniker*innen")).isEqualTo("mechatroniker");
		assertThat(top("MechatronikerIn (m/w/d)")).isEqualTo("mechatroniker");
		assertThat(top("KFZ-Mechatronikerin")).isEqualTo("kfz-mechatroniker");
		assertThat(top("Kraftfahrzeugmechatroniker")).isEqualTo("kfz-mechatroniker");
		assertThat(top("Schweisserin")).isEqualTo("schweisser");
		assertThat(top("Qualitaetspruefer")).isEqualTo("qualitaetspruefer");
		assertThat(top("HV Techniker")).isEqualTo("kfz-hv");
		assertThat(top("SPS Techniker")).isEqualTo("elektroniker-automatisierung");
	}

	@Test
	void compounds_their_parts_typos_specialisations_and_extra_words() {
		assertThat(top("CNC-Fräser")).isEqualTo("cnc-fraeser");
		assertThat(top("Fräser CNC")).isEqualTo("cnc-fraeser");
		assertThat(top("Zerspaner CNC")).isIn("zerspanungsmechaniker", "cnc-fraeser", "cnc-dreher");
		assertThat(top("Industriemechaiker")).isEqualTo("industriemechaniker");
		assertThat(top("Industriemechaniker Fachrichtung Instandhaltung")).isEqualTo("industriemechaniker");
		assertThat(top("Schichtleiter Motorenmontage")).isIn("schichtleiter", "montageleiter");
		assertThat(top("Gabelstaplerfahrer")).isEqualTo("staplerfahrer");
		assertThat(INDEX.search("Mechatr", 5)).extracting(OccupationMatch::uri).contains(DEMO + "mechatroniker");
	}

	@Test
	void resultsCarryTheMatchedLabelAndAScoreBestFirst() {
		List<OccupationMatch> matches = INDEX.search("Lagerist", 5);
		assertThat(matches.get(0).matchedLabel()).isEqualTo("Lagerist");
		assertThat(matches.get(0).label()).isEqualTo("Fachkraft für Lagerlogistik");
		assertThat(matches).extracting(OccupationMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(matches).allSatisfy(match -> assertThat(match.score()).isBetween(0.0, 1.0));
	}

	@Test
	void emptyOverlongAndControlCharacterQueriesAreRefused() {
		assertThatThrownBy(() -> Occupations.checkQuery("  ")).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> Occupations.checkQuery("a".repeat(201))).hasMessageContaining("too-long");
		assertThatThrownBy(() -> Occupations.checkQuery("Dreher\u0000")).hasMessageContaining("control-characters");
		assertThatThrownBy(() -> Occupations.checkQuery("Dreher\nFräser")).hasMessageContaining("control-characters");
		assertThatThrownBy(() -> Occupations.checkQuery("\uD800x")).hasMessageContaining("control-characters");
		Occupations.checkQuery("a".repeat(200));
	}

	/** Fuzz: random strings from every Unicode plane never make the finder throw. */
	@Test
	void theFinderNeverThrowsOnAnyUnicodeInput() {
		Random random = new Random(20261121);
		String[] seeds = { "Mechatroniker", "ẞ", "İ", "ﬁ", "e\u0301", "Kfz-", "/in", "(m/w/d)", "🚗", "\u200B", "ß" };
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int k = 0; k < length; k++) {
				switch (random.nextInt(4)) {
					case 0 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
					case 1 -> text.appendCodePoint(32 + random.nextInt(0x250));
					case 2 -> text.append(seeds[random.nextInt(seeds.length)]);
					default -> text.append((char) random.nextInt(0x10000));
				}
			}
			String query = text.toString();
			List<OccupationMatch> matches = INDEX.search(query, 1 + random.nextInt(20));
			assertThat(matches.size()).isLessThanOrEqualTo(20);
			try {
				Occupations.checkQuery(query);
			}
			catch (InvalidQueryException expected) {
				// refusing is fine; any other exception is not
			}
		}
	}

}
