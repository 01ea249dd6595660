package de.itas.platform.learning;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored package as the pages show it. */
public record PackageView(UUID id, String title, @Nullable UUID organisationId, @Nullable UUID uploadedBy, PackageStatus status,
		PackageStructure structure, int fileCount, long totalBytes, Instant createdAt, @Nullable Instant publishedAt) {

	public boolean published() {
		return status == PackageStatus.PUBLISHED;
	}

	/** More than one launchable item: the player shows a table of contents and navigation. */
	public boolean multiSco() {
		return structure.launchable().size() > 1;
	}

}
