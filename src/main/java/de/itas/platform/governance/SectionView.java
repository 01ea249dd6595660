package de.itas.platform.governance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A section as it reads in one version.
 *
 * @param sectionId the stable identity across versions
 * @param number its number in this version ("3", "3.2"), computed from the tree
 * @param level 1 for a main section, 2 for a subsection
 * @param body Markdown as written
 * @param html the body rendered and sanitised
 * @param revision increases with every edit of a draft; an edit names the revision it was based on
 */
public record SectionView(UUID versionId, UUID sectionId, @Nullable UUID parentSectionId, String number, int level,
		int position, String heading, String body, String html, int revision, Instant updatedAt) {
}
