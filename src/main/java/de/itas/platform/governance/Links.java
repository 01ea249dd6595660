package de.itas.platform.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edges of the provenance graph that the coordination draws: a forum input or topic led to a proposal,
 * or any contribution affected a section of a version. (An input's topic is kept on the input itself.)
 */
@Service
public class Links {

	/** One edge. {@code targetVersionId} is set exactly when the target is a section. */
	public record Link(ContributionKind sourceKind, UUID sourceId, ContributionKind targetKind, UUID targetId,
			@Nullable UUID targetVersionId) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Links(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds the edge (nothing happens if it exists). */
	@Transactional
	public void link(ContributionKind sourceKind, UUID sourceId, ContributionKind targetKind, UUID targetId,
			@Nullable UUID targetVersionId, UUID by) {
		if ((targetKind == ContributionKind.SECTION) != (targetVersionId != null)) {
			throw new IllegalArgumentException("A link to a section names its version, and only such a link does");
		}
		if (sourceKind == ContributionKind.SECTION) {
			throw new IllegalArgumentException("A section is never the source of a link");
		}
		jdbc.sql("""
				INSERT INTO governance.contribution_link (source_kind, source_id, target_kind, target_id,
				    target_version_id, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(sourceKind.name(), sourceId, targetKind.name(), targetId, targetVersionId, by,
					Timestamp.from(clock.instant()))
			.update();
	}

	/** Removes the edge. */
	@Transactional
	public void unlink(ContributionKind sourceKind, UUID sourceId, ContributionKind targetKind, UUID targetId) {
		jdbc.sql("DELETE FROM governance.contribution_link WHERE source_kind = ? AND source_id = ? AND target_kind = ? "
				+ "AND target_id = ?")
			.params(sourceKind.name(), sourceId, targetKind.name(), targetId)
			.update();
	}

	/** The edges leaving a contribution. */
	@Transactional(readOnly = true)
	public List<Link> from(ContributionKind kind, UUID id) {
		return jdbc.sql("SELECT * FROM governance.contribution_link WHERE source_kind = ? AND source_id = ? "
				+ "ORDER BY linked_at")
			.params(kind.name(), id)
			.query(Links::link)
			.list();
	}

	/** The edges arriving at a contribution or section (for a section: in any version). */
	@Transactional(readOnly = true)
	public List<Link> to(ContributionKind kind, UUID id) {
		return jdbc.sql("SELECT * FROM governance.contribution_link WHERE target_kind = ? AND target_id = ? "
				+ "ORDER BY linked_at")
			.params(kind.name(), id)
			.query(Links::link)
			.list();
	}

	/** Every edge (the provenance graph is small: hundreds of contributions per charter). */
	@Transactional(readOnly = true)
	public List<Link> all() {
		return jdbc.sql("SELECT * FROM governance.contribution_link ORDER BY linked_at").query(Links::link).list();
	}

	private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Link(ContributionKind.valueOf(rs.getString("source_kind")), rs.getObject("source_id", UUID.class),
				ContributionKind.valueOf(rs.getString("target_kind")), rs.getObject("target_id", UUID.class),
				rs.getObject("target_version_id", UUID.class));
	}

}
