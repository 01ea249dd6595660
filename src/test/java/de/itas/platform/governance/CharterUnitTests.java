package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import de.itas.platform.governance.VersionComparison.Change;
import de.itas.platform.shared.web.FieldProblems;

/** Section identity across versions, the comparison of versions, the word diff and the Markdown import's parser. */
class CharterUnitTests {

	private static final VersionSummary V1 = version("1.0");
	private static final VersionSummary V2 = version("2.0");

	private final UUID vision = UUID.randomUUID();
	private final UUID culture = UUID.randomUUID();
	private final UUID infrastructure = UUID.randomUUID();
	private final UUID mobility = UUID.randomUUID();
	private final UUID skills = UUID.randomUUID();
	private final UUID recruiting = UUID.randomUUID();
	private final UUID network = UUID.randomUUID();
	private final UUID removed = UUID.randomUUID();

	@Test
	void sectionsKeepTheirIdentityWhenRenamedMovedSplitAndMerged() {
		List<SectionView> before = List.of(main(V1, vision, "1", "Vision", "Eine Region im Wandel."),
				sub(V1, culture, vision, "1.1", "Industriekultur", "Tradition und Technik."),
				sub(V1, infrastructure, vision, "1.2", "Infrastruktur", "Energie, Verkehr und Internet."),
				main(V1, skills, "2", "Qualifizierung", "Weiterbildung für alle."),
				main(V1, recruiting, "3", "Fachkräfte", "Auszubildende gewinnen."),
				main(V1, network, "4", "Netzwerk", "Partner stimmen sich ab."),
				main(V1, removed, "5", "Anhang", "Alt."));
		List<SectionView> after = List.of(main(V2, network, "1", "Netzwerk", "Partner stimmen sich ab."),
				main(V2, vision, "2", "Vision", "Eine Region im Wandel."),
				sub(V2, culture, vision, "2.1", "Industriekultur trifft Hightech", "Tradition und Technik."),
				sub(V2, infrastructure, vision, "2.2", "Infrastruktur", "Energie und Internet."),
				sub(V2, mobility, vision, "2.3", "Mobilität", "Verkehr für alle."),
				main(V2, skills, "3", "Qualifizierung und Fachkräfte", "Weiterbildung für alle. Auszubildende gewinnen."));
		Map<UUID, List<UUID>> lineage = Map.of(mobility, List.of(infrastructure), skills, List.of(recruiting));

		VersionComparison comparison = VersionComparison.of(V1, before, V2, after, lineage);
		Map<UUID, VersionComparison.Row> rows = comparison.rows()
			.stream()
			.collect(Collectors.toMap(VersionComparison.Row::sectionId, r -> r));

		assertThat(rows.get(culture).changes()).containsExactly(Change.RENAMED);
		assertThat(rows.get(network).changes()).containsExactly(Change.MOVED);
		// only the section moved to the front counts as moved, not the ones it passed
		assertThat(rows.get(vision).changes()).isEmpty();
		assertThat(rows.get(infrastructure).changes()).containsExactly(Change.CHANGED);
		assertThat(rows.get(mobility).changes()).containsExactly(Change.SPLIT);
		assertThat(rows.get(mobility).related()).extracting(SectionView::sectionId).containsExactly(infrastructure);
		assertThat(rows.get(skills).changes()).contains(Change.MERGED, Change.RENAMED, Change.CHANGED);
		assertThat(rows.get(recruiting).changes()).containsExactly(Change.MERGED_INTO);
		assertThat(rows.get(recruiting).related()).extracting(SectionView::sectionId).containsExactly(skills);
		assertThat(rows.get(removed).changes()).containsExactly(Change.REMOVED);
		assertThat(comparison.counts()).containsEntry(Change.MOVED, 1L).containsEntry(Change.REMOVED, 1L);
	}

	@Test
	void aNewSectionWithoutLineageIsAddedAndAnUnchangedOneHasNoChange() {
		UUID fresh = UUID.randomUUID();
		VersionComparison comparison = VersionComparison.of(V1, List.of(main(V1, vision, "1", "Vision", "Text.")), V2,
				List.of(main(V2, vision, "1", "Vision", "Text. "), main(V2, fresh, "2", "Neu", "Ganz neu.")), Map.of());
		assertThat(comparison.changed()).hasSize(1);
		assertThat(comparison.changed().get(0).changes()).containsExactly(Change.ADDED);
		assertThat(comparison.changed().get(0).pieces()).extracting(WordDiff.Piece::kind)
			.containsExactly(WordDiff.Kind.INSERTED);
	}

	@Test
	void wordDiffMarksInsertedAndDeletedWordsAndRebuildsBothTexts() {
		String before = "Energie, Verkehrswege und schnelles Internet stehen bereit.";
		String after = "Energie und schnelles Internet stehen überall bereit.";
		List<WordDiff.Piece> pieces = WordDiff.between(before, after);
		assertThat(pieces).extracting(WordDiff.Piece::kind)
			.contains(WordDiff.Kind.KEPT, WordDiff.Kind.DELETED, WordDiff.Kind.INSERTED);
		assertThat(text(pieces, WordDiff.Kind.DELETED)).isEqualTo(before);
		assertThat(text(pieces, WordDiff.Kind.INSERTED)).isEqualTo(after);
		assertThat(pieces.stream().filter(WordDiff.Piece::inserted).map(p -> p.text().strip())).containsExactly("überall");
		assertThat(pieces.stream().filter(WordDiff.Piece::deleted).map(p -> p.text().strip()))
			.containsExactly(",", "Verkehrswege");
	}

	@Test
	void rewrappingAParagraphIsNoChangeButANewParagraphIs() {
		assertThat(WordDiff.between("Eins zwei\ndrei vier.", "Eins zwei drei\nvier.")).extracting(WordDiff.Piece::kind)
			.containsExactly(WordDiff.Kind.KEPT);
		assertThat(WordDiff.between("Eins zwei.\nDrei.", "Eins zwei.\n\nDrei.")).extracting(WordDiff.Piece::kind)
			.contains(WordDiff.Kind.INSERTED);
		assertThat(WordDiff.changed("Eins zwei\ndrei.", "Eins  zwei drei.")).isFalse();
	}

	private static String text(List<WordDiff.Piece> pieces, WordDiff.Kind keep) {
		return pieces.stream()
			.filter(p -> p.kept() || p.kind() == keep)
			.map(WordDiff.Piece::text)
			.collect(Collectors.joining());
	}

	@Test
	void importReadsTwoLevelsAnchorsAndLineage() {
		List<CharterImport.ParsedSection> sections = CharterImport.parse("""
				# Präambel {#praeambel}

				Text der **Präambel**.

				# Vision
				## Mobilität {#mobilitaet from=infrastruktur,verkehr}
				```
				# kein Abschnitt in einem Codeblock
				```
				""");
		assertThat(sections).extracting(CharterImport.ParsedSection::heading)
			.containsExactly("Präambel", "Vision", "Mobilität");
		assertThat(sections).extracting(CharterImport.ParsedSection::level).containsExactly(1, 1, 2);
		assertThat(sections.get(0).anchor()).isEqualTo("praeambel");
		assertThat(sections.get(0).body()).isEqualTo("Text der **Präambel**.");
		assertThat(sections.get(1).anchor()).isNull();
		assertThat(sections.get(2).sources()).containsExactly("infrastruktur", "verkehr");
		assertThat(sections.get(2).body()).contains("# kein Abschnitt");
	}

	@Test
	void aBrokenStructureIsRefusedWithItsLine() {
		assertRefused("Einleitung ohne Überschrift\n# A", "governance.import.text-before-heading", 1);
		assertRefused("# A\n\n### Zu tief", "governance.import.too-deep", 3);
		assertRefused("## Unterabschnitt zuerst", "governance.import.sub-before-main", 1);
		assertRefused("# A {#a}\n# B {#a}", "governance.import.anchor.twice", 2);
		assertRefused("# A {#Groß}", "governance.import.anchor.malformed", 1);
		assertRefused("# A\n#   \n", "governance.import.heading.empty", 2);
		assertRefused("# A\n```\ncode", "governance.import.fence-open", 3);
		assertThatThrownBy(() -> CharterImport.parse("  \n")).isInstanceOf(FieldProblems.class)
			.satisfies(ex -> assertThat(((FieldProblems) ex).problems().get(0).messageKey())
				.isEqualTo("governance.import.empty"));
	}

	private static void assertRefused(String markdown, String key, int line) {
		assertThatThrownBy(() -> CharterImport.parse(markdown)).isInstanceOf(FieldProblems.class).satisfies(ex -> {
			var problem = ((FieldProblems) ex).problems().get(0);
			assertThat(problem.field()).isEqualTo("text");
			assertThat(problem.messageKey()).isEqualTo(key);
			assertThat(problem.arguments()).first().isEqualTo(line);
		});
	}

	private static VersionSummary version(String number) {
		return new VersionSummary(UUID.randomUUID(), number, "Charta " + number, Phase.DRAFTING, VersionStatus.ADOPTED,
				null, null, null, null, Instant.EPOCH);
	}

	private static SectionView main(VersionSummary version, UUID id, String number, String heading, String body) {
		return section(version, id, null, number, 1, heading, body);
	}

	private static SectionView sub(VersionSummary version, UUID id, UUID parent, String number, String heading,
			String body) {
		return section(version, id, parent, number, 2, heading, body);
	}

	private static SectionView section(VersionSummary version, UUID id, @Nullable UUID parent, String number, int level,
			String heading, String body) {
		return new SectionView(version.id(), id, parent, number, level, 0, heading, body, body, 0, Instant.EPOCH);
	}

}
