package de.itas.platform.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored files of packages, for the content path of the player. */
@Service
public class PackageContent {

	/** A file with its media type; its bytes are streamed from the file store when opened. */
	public record ContentFile(String mediaType, InputStreamSource content) {

		/** The whole file (for pages that get the player's script injected). */
		public byte[] bytes() {
			try (InputStream in = content.getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

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
