package de.itas.platform.learning.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the platform's own small SCORM 1.2 demo package (two SCOs in German, written for the platform) from the
 * files under {@code learning/demo-scorm/} on the class path into a zip, as a provider would upload it. The demo
 * data of the learning module and the tests use it; nothing of the third-party test packages is shipped.
 */
public final class DemoScormPackage {

	/** The folder on the class path. */
	public static final String FOLDER = "learning/demo-scorm/";

	/** Every file of the package, relative to {@link #FOLDER}; a test keeps this list equal to the folder. */
	public static final List<String> FILES = List.of(ManifestParser.MANIFEST, "shared/scorm12.js", "shared/stil.css",
			"lektion1/index.html", "lektion1/lektion.js", "lektion2/index.html", "lektion2/quiz.js");

	/** A fixed time for the entries, so the same sources always give the same zip. */
	private static final FileTime TIME = FileTime.fromMillis(1_767_225_600_000L);

	private DemoScormPackage() {
	}

	/** Writes the package as a zip to {@code zip}, replacing it if it exists. */
	public static Path writeZip(Path zip) {
		try (OutputStream out = Files.newOutputStream(zip)) {
			writeZip(out);
			return zip;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the package as a zip to the stream (left open). */
	public static void writeZip(OutputStream target) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(target);
		for (String file : FILES) {
			try (InputStream in = DemoScormPackage.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
				if (in == null) {
					throw new IllegalStateException("demo package file missing on the class path: " + file);
				}
				ZipEntry entry = new ZipEntry(file);
				entry.setLastModifiedTime(TIME);
				zip.putNextEntry(entry);
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
		zip.finish();
	}

}
