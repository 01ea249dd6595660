package de.itas.platform.directory;

import org.springframework.modulith.NamedInterface;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for the WZ 2008 industry codes: look up and search codes for the industry picker, and
 * import the official code list (admins). Imports are idempotent (a code is inserted or overwritten,
 * never deleted, so profiles keep their code) and all-or-nothing (the file is checked completely before
 * the first row is written, and written in one transaction).
 * <p>
 * On first start, when no code exists, a small list shipped with the platform is loaded: the codes the
 * demo companies use and their parents ({@code directory/wz2008-demo.tsv}).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class IndustryCodes {

	static final String SHIPPED_CODES = "directory/wz2008-demo.tsv";

	private static final RowMapper<IndustryCode> MAPPER = (rs, row) -> new IndustryCode(rs.getString("code"),
			rs.getInt("level"), rs.getString("title"), rs.getString("parent_code"));

	private final NamedParameterJdbcTemplate jdbc;

	IndustryCodes(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<IndustryCode> code(String code) {
		return jdbc
			.query("SELECT code, level, title, parent_code FROM directory.industry_code WHERE code = :code",
					Map.of("code", code), MAPPER)
			.stream()
			.findFirst();
	}

	public Map<String, IndustryCode> codes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return jdbc
			.query("SELECT code, level, title, parent_code FROM directory.industry_code WHERE code IN (:codes)",
					Map.of("codes", Set.copyOf(codes)), MAPPER)
			.stream()
			.collect(Collectors.toMap(IndustryCode::code, Function.identity()));
	}

	/** Whether companies may be classified with this code: it exists and is a subclass. */
	public boolean isSelectable(String code) {
		return code(code).filter(found -> found.level() == IndustryCode.SUBCLASS).isPresent();
	}

	/**
	 * Subclasses whose code starts with the text, or whose title contains every word of it (as a word
	 * prefix with German stemming, or anywhere inside a compound), in the order of their codes.
	 */
	public List<IndustryCode> search(String text, int limit) {
		List<String> words = TextQuery.words(text);
		if (words.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("level",
				IndustryCode.SUBCLASS);
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			conditions.add("(to_tsvector('german', title) @@ to_tsquery('german', :word" + i
					+ ") OR title ILIKE :like" + i + ")");
			params.addValue("word" + i, TextQuery.prefix(words.get(i))).addValue("like" + i,
					TextQuery.contains(words.get(i)));
		}
		params.addValue("code", text.strip() + "%");
		return jdbc.query("SELECT code, level, title, parent_code FROM directory.industry_code WHERE level = :level AND "
				+ "(code LIKE :code OR (" + String.join(" AND ", conditions) + ")) ORDER BY code LIMIT :limit",
				params, MAPPER);
	}

	/** How many codes of each level (1 to 5) are stored. */
	public Map<Integer, Integer> countsPerLevel() {
		Map<Integer, Integer> counts = new TreeMap<>();
		for (int level = 1; level <= IndustryCode.SUBCLASS; level++) {
			counts.put(level, 0);
		}
		jdbc.query("SELECT level, count(*) AS codes FROM directory.industry_code GROUP BY level", Map.of(),
				rs -> {
					counts.put(rs.getInt("level"), rs.getInt("codes"));
				});
		return counts;
	}

	/**
	 * Imports the official code list in the XÖV genericode format: all rows or, when any row is broken,
	 * none ({@link IndustryCodeImportException} says why).
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public IndustryCodeImport importGenericode(InputStream genericode) {
		return store(GenericodeReader.read(genericode));
	}

	/** Loads the shipped codes when there are none yet; answers how many it loaded. */
	@Transactional
	int loadShippedCodesIfEmpty() {
		Integer existing = jdbc.queryForObject("SELECT count(*) FROM directory.industry_code", Map.of(), Integer.class);
		if (existing != null && existing > 0) {
			return 0;
		}
		return store(shippedCodes()).inserted();
	}

	static List<IndustryCode> shippedCodes() {
		try (InputStream in = new ClassPathResource(SHIPPED_CODES).getInputStream()) {
			List<Map<String, String>> rows = new ArrayList<>();
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				rows.add(Map.of(GenericodeReader.CODE_COLUMN, cells[0], GenericodeReader.LEVEL_COLUMN, cells[1],
						GenericodeReader.TITLE_COLUMN, cells[2]));
			}
			return GenericodeReader.codes(rows);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read the shipped industry codes " + SHIPPED_CODES, ex);
		}
	}

	private IndustryCodeImport store(List<IndustryCode> codes) {
		Set<String> existing = new HashSet<>(
				jdbc.queryForList("SELECT code FROM directory.industry_code", Map.of(), String.class));
		List<MapSqlParameterSource> batch = new ArrayList<>(codes.size());
		Map<Integer, Integer> perLevel = new LinkedHashMap<>();
		for (IndustryCode code : codes) {
			batch.add(new MapSqlParameterSource("code", code.code()).addValue("level", code.level())
				.addValue("title", code.title())
				.addValue("parent", code.parentCode()));
			perLevel.merge(code.level(), 1, Integer::sum);
		}
		jdbc.batchUpdate("""
				INSERT INTO directory.industry_code (code, level, title, parent_code)
				VALUES (:code, :level, :title, :parent)
				ON CONFLICT (code) DO UPDATE SET level = EXCLUDED.level, title = EXCLUDED.title,
				    parent_code = EXCLUDED.parent_code""",
				batch.toArray(MapSqlParameterSource[]::new));
		int inserted = (int) codes.stream().filter(code -> !existing.contains(code.code())).count();
		return new IndustryCodeImport(codes.size(), inserted, codes.size() - inserted, perLevel);
	}

}
