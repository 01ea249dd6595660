package de.itas.platform.skills.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.skills.engine.TaxonomySnapshot.Broader;
import de.itas.platform.skills.engine.TaxonomySnapshot.IscoGroup;
import de.itas.platform.skills.engine.TaxonomySnapshot.Occupation;
import de.itas.platform.skills.engine.TaxonomySnapshot.Relation;
import de.itas.platform.skills.engine.TaxonomySnapshot.Skill;
import de.itas.platform.skills.engine.TaxonomySnapshot.SkillGroup;

/**
 * The taxonomy in PostgreSQL (schema {@code skills}), the source of truth for every instance's index.
 * An import is one transaction under an advisory lock: concepts are upserted by URI through COPY into
 * temporary tables, concepts missing from the new export are marked obsolete (never deleted), relations
 * and hierarchies are replaced. A failure anywhere rolls everything back.
 */
public final class TaxonomyStore {

	/** Serialises imports across instances sharing the database. */
	private static final long IMPORT_LOCK = 0x17A5_5C11L;

	private static final CSVFormat COPY_FORMAT = CSVFormat.POSTGRESQL_CSV.builder()
		.setQuoteMode(QuoteMode.ALL_NON_NULL)
		.setNullString("")
		.get();

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;

	public TaxonomyStore(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What an import wrote. */
	public record Written(long importId, int occupations, int skills, int relations, int obsoleteOccupations,
			int obsoleteSkills) {
	}

	/** A past import as the history keeps it. */
	public record ImportRecord(long id, String source, String fingerprint, Instant startedAt, Instant finishedAt,
			int occupations, int skills, int relations, int obsoleteOccupations, int obsoleteSkills,
			List<String> warnings) {
	}

	public Written write(TaxonomySnapshot snapshot, String fingerprint, String source, Consumer<String> progress) {
		Instant started = Instant.now();
		Written written = transactions.execute(status -> {
			jdbc.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
			long importId = jdbc.queryForObject("SELECT nextval('skills.taxonomy_import_id_seq')", Long.class);
			jdbc.execute("""
					CREATE TEMP TABLE import_occupation (uri VARCHAR(200), code VARCHAR(40), isco_group VARCHAR(10),
					  preferred_label TEXT, alt_labels TEXT, hidden_labels TEXT, description TEXT,
					  green_share DOUBLE PRECISION) ON COMMIT DROP;
					CREATE TEMP TABLE import_skill (uri VARCHAR(200), label_de TEXT, label_en TEXT, skill_type VARCHAR(30),
					  reuse_level VARCHAR(30), description TEXT, green BOOLEAN, digital BOOLEAN, transversal BOOLEAN)
					  ON COMMIT DROP;
					CREATE TEMP TABLE import_relation (occupation_uri VARCHAR(200), skill_uri VARCHAR(200),
					  essential BOOLEAN) ON COMMIT DROP;
					""");
			progress.accept("occupations");
			copy("import_occupation", snapshot.occupations(), (occupation, row) -> row.addAll(Arrays.asList(
					occupation.uri(), occupation.code(), occupation.iscoGroup(), occupation.preferredLabel(),
					joined(occupation.altLabels()), joined(occupation.hiddenLabels()), occupation.description(),
					occupation.greenShare())));
			int occupations = jdbc.update("""
					INSERT INTO skills.occupation (uri, code, isco_group, preferred_label, alt_labels, hidden_labels,
					  description, green_share, obsolete, import_id)
					SELECT uri, code, isco_group, preferred_label, alt_labels, hidden_labels, description, green_share,
					  FALSE, ? FROM import_occupation
					ON CONFLICT (uri) DO UPDATE SET code = EXCLUDED.code, isco_group = EXCLUDED.isco_group,
					  preferred_label = EXCLUDED.preferred_label, alt_labels = EXCLUDED.alt_labels,
					  hidden_labels = EXCLUDED.hidden_labels, description = EXCLUDED.description,
					  green_share = EXCLUDED.green_share, obsolete = FALSE, import_id = EXCLUDED.import_id
					""", importId);
			int obsoleteOccupations = jdbc.update("""
					UPDATE skills.occupation o SET obsolete = TRUE
					WHERE NOT o.obsolete AND NOT EXISTS (SELECT 1 FROM import_occupation i WHERE i.uri = o.uri)
					""");
			progress.accept("skills");
			copy("import_skill", snapshot.skills(), (skill, row) -> row.addAll(Arrays.asList(skill.uri(),
					skill.labelDe(), skill.labelEn(), skill.type(), skill.reuseLevel(), skill.description(),
					skill.green(), skill.digital(), skill.transversal())));
			int skills = jdbc.update("""
					INSERT INTO skills.skill (uri, label_de, label_en, skill_type, reuse_level, description, green,
					  digital, transversal, obsolete, import_id)
					SELECT uri, label_de, label_en, skill_type, reuse_level, description, green, digital, transversal,
					  FALSE, ? FROM import_skill
					ON CONFLICT (uri) DO UPDATE SET label_de = EXCLUDED.label_de, label_en = EXCLUDED.label_en,
					  skill_type = EXCLUDED.skill_type, reuse_level = EXCLUDED.reuse_level,
					  description = EXCLUDED.description, green = EXCLUDED.green, digital = EXCLUDED.digital,
					  transversal = EXCLUDED.transversal, obsolete = FALSE, import_id = EXCLUDED.import_id
					""", importId);
			int obsoleteSkills = jdbc.update("""
					UPDATE skills.skill s SET obsolete = TRUE
					WHERE NOT s.obsolete AND NOT EXISTS (SELECT 1 FROM import_skill i WHERE i.uri = s.uri)
					""");
			progress.accept("relations");
			copy("import_relation", snapshot.relations(),
					(relation, row) -> row.addAll(List.of(relation.occupationUri(), relation.skillUri(), relation.essential())));
			jdbc.update("DELETE FROM skills.occupation_skill");
			int relations = jdbc.update("""
					INSERT INTO skills.occupation_skill (occupation_uri, skill_uri, essential)
					SELECT occupation_uri, skill_uri, essential FROM import_relation
					""");
			progress.accept("hierarchy");
			jdbc.update("DELETE FROM skills.isco_group");
			jdbc.batchUpdate("INSERT INTO skills.isco_group (code, uri, label_de) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
					snapshot.iscoGroups().stream().map(g -> new Object[] { g.code(), g.uri(), g.label() }).toList());
			jdbc.update("DELETE FROM skills.skill_group");
			jdbc.batchUpdate("INSERT INTO skills.skill_group (uri, code, label_de) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
					snapshot.skillGroups().stream().map(g -> new Object[] { g.uri(), g.code(), g.label() }).toList());
			jdbc.update("DELETE FROM skills.skill_broader");
			copyDirect("skills.skill_broader (concept_uri, broader_uri)", snapshot.skillHierarchy(),
					(broader, row) -> row.addAll(List.of(broader.conceptUri(), broader.broaderUri())));
			jdbc.update("""
					INSERT INTO skills.taxonomy_import (id, source, fingerprint, started_at, finished_at, occupations,
					  skills, relations, obsolete_occupations, obsolete_skills, warnings)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", importId, abbreviate(source, 500), fingerprint, Timestamp.from(started),
					Timestamp.from(Instant.now()), occupations, skills, relations, obsoleteOccupations, obsoleteSkills,
					snapshot.warnings().isEmpty() ? null : String.join("\n", snapshot.warnings()));
			return new Written(importId, occupations, skills, relations, obsoleteOccupations, obsoleteSkills);
		});
		return written;
	}

	private <T> void copy(String table, List<T> rows, RowWriter<T> writer) {
		copyDirect(table, rows, writer);
	}

	private <T> void copyDirect(String table, List<T> rows, RowWriter<T> writer) {
		StringWriter buffer = new StringWriter(rows.size() * 120);
		try (CSVPrinter printer = new CSVPrinter(buffer, COPY_FORMAT)) {
			List<@Nullable Object> row = new ArrayList<>();
			for (T item : rows) {
				row.clear();
				writer.write(item, row);
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(buffer.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into " + table + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	@FunctionalInterface
	private interface RowWriter<T> {

		void write(T item, List<@Nullable Object> row);

	}

	private static @Nullable String joined(List<String> labels) {
		return labels.isEmpty() ? null : String.join("\n", labels);
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	public Optional<ImportRecord> latest() {
		return jdbc.query("SELECT * FROM skills.taxonomy_import ORDER BY id DESC LIMIT 1", (rs, n) -> new ImportRecord(
				rs.getLong("id"), rs.getString("source"), rs.getString("fingerprint"),
				rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
				rs.getInt("occupations"), rs.getInt("skills"), rs.getInt("relations"), rs.getInt("obsolete_occupations"),
				rs.getInt("obsolete_skills"),
				rs.getString("warnings") == null ? List.of() : List.of(rs.getString("warnings").split("\n"))))
			.stream()
			.findFirst();
	}

	public long latestImportId() {
		Long id = jdbc.queryForObject("SELECT max(id) FROM skills.taxonomy_import", Long.class);
		return id == null ? 0 : id;
	}

	public boolean imported(String fingerprint) {
		Boolean found = jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM skills.taxonomy_import WHERE fingerprint = ? AND id = (SELECT max(id) FROM skills.taxonomy_import))",
				Boolean.class, fingerprint);
		return Boolean.TRUE.equals(found);
	}

	/** The current taxonomy (without obsolete concepts), read in one consistent snapshot. */
	public TaxonomySnapshot load() {
		return transactions.execute(status -> {
			List<Occupation> occupations = jdbc.query("""
					SELECT uri, code, isco_group, preferred_label, alt_labels, hidden_labels, description, green_share
					FROM skills.occupation WHERE NOT obsolete ORDER BY uri
					""", (rs, n) -> new Occupation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					split(rs.getString(5)), split(rs.getString(6)), rs.getString(7),
					rs.getObject(8) == null ? null : rs.getDouble(8)));
			List<Skill> skills = jdbc.query("""
					SELECT uri, label_de, label_en, skill_type, reuse_level, description, green, digital, transversal
					FROM skills.skill WHERE NOT obsolete ORDER BY uri
					""", (rs, n) -> new Skill(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9)));
			List<Relation> relations = new ArrayList<>(130_000);
			jdbc.query("SELECT occupation_uri, skill_uri, essential FROM skills.occupation_skill",
					rs -> {
						relations.add(new Relation(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
					});
			List<IscoGroup> groups = jdbc.query("SELECT code, uri, label_de FROM skills.isco_group",
					(rs, n) -> new IscoGroup(rs.getString(1), rs.getString(2), rs.getString(3)));
			List<SkillGroup> skillGroups = jdbc.query("SELECT uri, code, label_de FROM skills.skill_group",
					(rs, n) -> new SkillGroup(rs.getString(1), rs.getString(2), rs.getString(3)));
			List<Broader> hierarchy = new ArrayList<>();
			jdbc.query("SELECT concept_uri, broader_uri FROM skills.skill_broader ORDER BY concept_uri, broader_uri",
					rs -> {
						hierarchy.add(new Broader(rs.getString(1), rs.getString(2)));
					});
			return new TaxonomySnapshot(occupations, skills, relations, groups, skillGroups, hierarchy, List.of());
		});
	}

	private static List<String> split(@Nullable String labels) {
		return labels == null || labels.isEmpty() ? List.of() : List.of(labels.split("\n"));
	}

}
