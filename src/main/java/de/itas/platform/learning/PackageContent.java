package de.itas.platform.learning;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored files of packages, for the content path of the player. */
@Service
public class PackageContent {

	/** A file with its media type. */
	public record ContentFile(String mediaType, byte[] content) {
	}

	private final PackageStore store;

	PackageContent(PackageStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public Optional<ContentFile> file(UUID packageId, String path) {
		return store.file(packageId, path).map(file -> new ContentFile(file.mediaType(), file.content()));
	}

}
