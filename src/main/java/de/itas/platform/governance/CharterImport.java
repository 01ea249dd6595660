package de.itas.platform.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Loads a charter version from a Markdown text: "#" headings become main sections, "##" headings their
 * subsections, the text below a heading its body. A heading may end with an anchor, {@code {#vision}}, which is
 * the section's identity across versions; {@code {#mobilitaet from=infrastruktur}} records that the section was
 * split off or merged from others. Without an anchor a section keeps the identity of the predecessor's section
 * with the same heading, or gets a new one. A text with a broken structure is refused with its line.
 */
@Service
public class CharterImport {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
	private static final Pattern ANCHOR = Pattern.compile("\\s*\\{#([a-z0-9][a-z0-9-]{0,59})(?:\\s+from=([a-z0-9,-]+))?\\}\\s*$");
	private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");

	/** Longest import accepted, in characters. */
	public static final int MAX_TEXT = 500_000;

	/** A section as parsed, before it is stored. */
	record ParsedSection(int line, int level, String heading, @Nullable String anchor, List<String> sources,
			String body) {
	}

	private final Charter charter;

	CharterImport(Charter charter) {
		this.charter = charter;
	}

	/**
	 * Creates a version from Markdown.
	 *
	 * @param predecessorNumber the version it follows (for identity by heading and the version chain), or none
	 * @throws FieldProblems on field {@code text} naming the line of the first structural problem, or on
	 *         {@code number}/{@code title}
	 */
	@Transactional
	public VersionSummary importVersion(String number, String title, Phase phase, String markdown,
			@Nullable String predecessorNumber, @Nullable UUID by) {
		List<ParsedSection> parsed = parse(markdown);
		UUID predecessor = null;
		Map<String, UUID> byHeading = new LinkedHashMap<>();
		if (predecessorNumber != null && !predecessorNumber.isBlank()) {
			VersionSummary before = charter.version(predecessorNumber.strip())
				.orElseThrow(() -> FieldProblems.of("base", "governance.import.predecessor.unknown",
						predecessorNumber.strip()));
			predecessor = before.id();
			if (charter.openSuccessorExists(before.id())) {
				throw new FieldProblems(FieldProblem.ofForm("governance.version.open-exists", before.number()));
			}
			for (SectionView section : charter.sections(before.id())) {
				byHeading.putIfAbsent(normal(section.heading()), section.sectionId());
			}
		}
		UUID versionId = charter.insertVersionForImport(number, title, phase, predecessor);
		Map<String, UUID> anchors = new LinkedHashMap<>();
		Set<UUID> used = new HashSet<>();
		UUID currentMain = null;
		for (ParsedSection section : parsed) {
			UUID id;
			if (section.anchor() != null) {
				id = charter.sectionFor(section.anchor(), versionId);
			}
			else {
				UUID same = byHeading.get(normal(section.heading()));
				id = same != null && !used.contains(same) ? same : charter.sectionFor(freeAnchor(section.heading()), versionId);
			}
			if (!used.add(id)) {
				throw FieldProblems.of("text", "governance.import.anchor.twice", section.line());
			}
			if (section.anchor() != null) {
				anchors.put(section.anchor(), id);
			}
			charter.insertText(versionId, id, section.level() == 1 ? null : currentMain, section.heading(), section.body(),
					by);
			if (section.level() == 1) {
				currentMain = id;
			}
		}
		Map<UUID, String> known = charter.anchors();
		for (ParsedSection section : parsed) {
			for (String source : section.sources()) {
				UUID sourceId = known.entrySet()
					.stream()
					.filter(e -> e.getValue().equals(source))
					.map(Map.Entry::getKey)
					.findFirst()
					.orElseThrow(() -> FieldProblems.of("text", "governance.import.source.unknown", section.line(), source));
				charter.addLineage(versionId, anchors.get(section.anchor()), sourceId);
			}
		}
		return charter.version(versionId).orElseThrow();
	}

	private String freeAnchor(String heading) {
		String base = heading.toLowerCase(Locale.ROOT)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		base = base.isEmpty() ? "abschnitt" : base.substring(0, Math.min(40, base.length())).replaceAll("-$", "");
		Set<String> taken = new HashSet<>(charter.anchors().values());
		String anchor = base;
		for (int n = 2; taken.contains(anchor); n++) {
			anchor = base + "-" + n;
		}
		return anchor;
	}

	private static String normal(String heading) {
		return heading.strip().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ");
	}

	/**
	 * Splits the text into sections.
	 *
	 * @throws FieldProblems on field {@code text} with the line of the first problem
	 */
	static List<ParsedSection> parse(@Nullable String markdown) {
		if (markdown == null || markdown.isBlank()) {
			throw FieldProblems.of("text", "governance.import.empty");
		}
		if (markdown.length() > MAX_TEXT) {
			throw FieldProblems.of("text", "governance.import.too-long", MAX_TEXT);
		}
		String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<ParsedSection> sections = new ArrayList<>();
		Set<String> anchors = new HashSet<>();
		boolean fenced = false;
		boolean hasMain = false;
		int line = 0;
		int startLine = 0;
		int level = 0;
		String heading = null;
		String anchor = null;
		List<String> sources = List.of();
		StringBuilder body = new StringBuilder();
		for (String text : lines) {
			line++;
			if (FENCE.matcher(text).matches()) {
				fenced = !fenced;
			}
			Matcher m = fenced ? null : HEADING.matcher(text);
			if (m == null || !m.matches()) {
				if (heading == null && !text.isBlank()) {
					throw FieldProblems.of("text", "governance.import.text-before-heading", line);
				}
				body.append(text).append('\n');
				continue;
			}
			int depth = m.group(1).length();
			if (depth > 2) {
				throw FieldProblems.of("text", "governance.import.too-deep", line);
			}
			if (depth == 2 && !hasMain) {
				throw FieldProblems.of("text", "governance.import.sub-before-main", line);
			}
			if (heading != null) {
				sections.add(new ParsedSection(startLine, level, heading, anchor, sources, body.toString().strip()));
			}
			String rest = m.group(2);
			Matcher a = ANCHOR.matcher(rest);
			anchor = null;
			sources = List.of();
			if (a.find()) {
				anchor = a.group(1);
				sources = a.group(2) == null ? List.of() : List.of(a.group(2).split(","));
				rest = rest.substring(0, a.start());
				if (!anchors.add(anchor)) {
					throw FieldProblems.of("text", "governance.import.anchor.twice", line);
				}
			}
			else if (rest.contains("{#")) {
				throw FieldProblems.of("text", "governance.import.anchor.malformed", line);
			}
			heading = rest.strip();
			if (heading.isEmpty()) {
				throw FieldProblems.of("text", "governance.import.heading.empty", line);
			}
			if (heading.length() > Charter.MAX_HEADING) {
				throw FieldProblems.of("text", "governance.import.heading.too-long", line, Charter.MAX_HEADING);
			}
			level = depth;
			hasMain = true;
			startLine = line;
			body.setLength(0);
		}
		if (fenced) {
			throw FieldProblems.of("text", "governance.import.fence-open", line);
		}
		if (heading == null) {
			throw FieldProblems.of("text", "governance.import.no-heading");
		}
		sections.add(new ParsedSection(startLine, level, heading, anchor, sources, body.toString().strip()));
		for (ParsedSection section : sections) {
			if (section.body().length() > Charter.MAX_BODY) {
				throw FieldProblems.of("text", "governance.import.body.too-long", section.line(), Charter.MAX_BODY);
			}
		}
		return sections;
	}

}
