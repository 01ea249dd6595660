package de.itas.platform.skills.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Where the files of an export come from: a directory on disk or a folder on the class path. */
public interface TaxonomySource {

	/** How the source is named in reports and in the import history. */
	String name();

	/** The file's content, or empty when the export has no such file. */
	Optional<InputStream> open(String file) throws IOException;

	static TaxonomySource directory(Path directory) {
		return new TaxonomySource() {

			@Override
			public String name() {
				return directory.toAbsolutePath().normalize().toString();
			}

			@Override
			public Optional<InputStream> open(String file) throws IOException {
				Path path = directory.resolve(file);
				return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
			}

		};
	}

	static TaxonomySource classpath(String folder) {
		return new TaxonomySource() {

			@Override
			public String name() {
				return "classpath:" + folder;
			}

			@Override
			public Optional<InputStream> open(String file) {
				@Nullable
				InputStream in = TaxonomySource.class.getClassLoader().getResourceAsStream(folder + "/" + file);
				return Optional.ofNullable(in);
			}

		};
	}

	/** Reads the whole file or fails unchecked; used where absence was already checked. */
	default byte[] readAll(String file) {
		try (InputStream in = open(file).orElseThrow()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
