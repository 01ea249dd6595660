package de.itas.platform.learning.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacking attacks, each with a zip built here: zip slip, absolute paths, symbolic links, a zip bomb (ratio), too
 * many bytes, too many entries, duplicate names; after each refusal nothing is left on disk. A clean package unpacks.
 */
class SafeUnzipUnitTests {

	@TempDir
	Path temp;

	private final SafeUnzip unzip = new SafeUnzip(UnzipLimits.defaults());

	@Test
	void aCleanPackageUnpacksWithItsFolders() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("course/", new byte[0]);
		entries.put("course/imsmanifest.xml", text("<manifest/>"));
		entries.put("course/pages/seite 1.html", text("<p>Grüße</p>"));
		Path zip = zip(entries);

		SafeUnzip.Result result = unzip.unzip(zip, temp.resolve("out"));

		assertThat(result.files()).isEqualTo(2);
		assertThat(result.bytes()).isEqualTo(text("<manifest/>").length + text("<p>Grüße</p>").length);
		assertThat(temp.resolve("out/course/pages/seite 1.html")).hasContent("<p>Grüße</p>");
		assertThat(leftovers()).containsExactly("out", "upload.zip");
	}

	@Test
	void zipSlipIsRefused() throws IOException {
		Path zip = zip(Map.of("ok.html", text("x"), "../evil.sh", text("rm -rf /")));

		assertRefused(zip, ScormProblem.ZIP_SLIP, "../evil.sh");
		assertThat(temp.getParent().resolve("evil.sh")).doesNotExist();
		assertRefused(zip(Map.of("a/../../evil.sh", text("x"))), ScormProblem.ZIP_SLIP, "a/../../evil.sh");
		assertRefused(zip(Map.of("a\\..\\..\\evil.sh", text("x"))), ScormProblem.ZIP_SLIP, "a\\..\\..\\evil.sh");
	}

	@Test
	void absolutePathsAreRefused() throws IOException {
		assertRefused(zip(Map.of("/etc/cron.d/evil", text("x"))), ScormProblem.ABSOLUTE_PATH, "/etc/cron.d/evil");
		assertRefused(zip(Map.of("C:/Windows/evil.dll", text("x"))), ScormProblem.ABSOLUTE_PATH,
				"C:/Windows/evil.dll");
	}

	@Test
	void symbolicLinksAreRefused() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("index.html", text("x"));
		entries.put("link", text("/etc/passwd"));
		Path zip = zip(entries);
		markAsSymlink(zip, "link");

		assertRefused(zip, ScormProblem.SYMLINK, "link");
	}

	@Test
	void aZipBombIsRefusedByItsCompressionRatio() throws IOException {
		Path zip = zip(Map.of("bomb.txt", new byte[20 * 1024 * 1024]));
		assertThat(Files.size(zip)).isLessThan(100_000);

		UnsafeZipException refusal = assertRefused(zip, ScormProblem.COMPRESSION_RATIO, "bomb.txt", "100");
		assertThat(ScormTestData.german(refusal)).contains("ZIP-Bombe");
	}

	@Test
	void manySmallWellCompressedFilesAreRefusedByTheRatioOfThePackage() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 20; i++) {
			entries.put("part" + i + ".txt", new byte[200 * 1024]);
		}
		SafeUnzip strict = new SafeUnzip(UnzipLimits.defaults().withMaxCompressionRatio(100, 1024 * 1024));

		UnsafeZipException refusal = catchThrowableOfType(UnsafeZipException.class,
				() -> strict.unzip(zip(entries), temp.resolve("out")));

		assertThat(refusal.problem()).isEqualTo(ScormProblem.PACKAGE_COMPRESSION_RATIO);
		assertThat(leftovers()).containsExactly("upload.zip");
	}

	@Test
	void thePackageMayNotUnpackToMoreThanTheTotalSize() throws IOException {
		byte[] random = new byte[3000];
		new Random(1).nextBytes(random);
		Path zip = zip(Map.of("a.bin", random));
		SafeUnzip small = new SafeUnzip(UnzipLimits.defaults().withMaxTotalBytes(2000));

		UnsafeZipException refusal = catchThrowableOfType(UnsafeZipException.class,
				() -> small.unzip(zip, temp.resolve("out")));

		assertThat(refusal.problem()).isEqualTo(ScormProblem.TOO_LARGE);
		assertThat(leftovers()).containsExactly("upload.zip");
		assertThat(UnzipLimits.defaults().maxTotalBytes()).isEqualTo(200L * 1024 * 1024);
		assertThat(ScormTestData.german(new UnsafeZipException(ScormProblem.TOO_LARGE, 200)))
			.isEqualTo("Das entpackte Paket wäre größer als 200 MB.");
	}

	@Test
	void theSizeIsCountedWhileUnpackingNotTakenFromTheHeaders() throws IOException {
		byte[] random = new byte[3000];
		new Random(2).nextBytes(random);
		Path zip = zip(Map.of("a.bin", random));
		patchCentralSize(zip, 10);
		SafeUnzip small = new SafeUnzip(UnzipLimits.defaults().withMaxTotalBytes(2000));

		UnsafeZipException refusal = catchThrowableOfType(UnsafeZipException.class,
				() -> small.unzip(zip, temp.resolve("out")));

		assertThat(refusal.problem()).isEqualTo(ScormProblem.TOO_LARGE);
		assertThat(leftovers()).containsExactly("upload.zip");
	}

	@Test
	void tooManyEntriesAreRefused() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 6; i++) {
			entries.put("f" + i + ".txt", text("x"));
		}
		SafeUnzip few = new SafeUnzip(UnzipLimits.defaults().withMaxEntries(5));

		UnsafeZipException refusal = catchThrowableOfType(UnsafeZipException.class,
				() -> few.unzip(zip(entries), temp.resolve("out")));

		assertThat(refusal.problem()).isEqualTo(ScormProblem.TOO_MANY_ENTRIES);
		assertThat(refusal.arguments()).containsExactly("5");
		assertThat(leftovers()).containsExactly("upload.zip");
	}

	@Test
	void aNameTwiceIsRefused() throws IOException {
		Path zip = temp.resolve("upload.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("index.html"));
			out.write(text("gut"));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("./index.html"));
			out.write(text("böse"));
			out.closeEntry();
		}

		assertRefused(zip, ScormProblem.DUPLICATE_ENTRY, "./index.html");
	}

	@Test
	void somethingElseThanAZipIsRefused() throws IOException {
		Path file = Files.writeString(temp.resolve("upload.zip"), "kein Archiv");

		UnsafeZipException refusal = catchThrowableOfType(UnsafeZipException.class,
				() -> unzip.unzip(file, temp.resolve("out")));

		assertThat(refusal.problem()).isEqualTo(ScormProblem.NOT_A_ZIP);
		assertThat(leftovers()).containsExactly("upload.zip");
	}

	// ------------------------------------------------------------------ helpers

	private UnsafeZipException assertRefused(Path zip, ScormProblem problem, String... arguments) throws IOException {
		UnsafeZipException refusal = catchThrowableOfType(UnsafeZipException.class,
				() -> unzip.unzip(zip, temp.resolve("out")));
		assertThat(refusal).as("refused").isNotNull();
		assertThat(refusal.problem()).isEqualTo(problem);
		assertThat(refusal.arguments()).containsExactly(arguments);
		assertThat(ScormTestData.german(refusal)).contains(arguments[0]);
		assertThat(leftovers()).as("nothing stays on disk").containsExactly("upload.zip");
		return refusal;
	}

	/** What is in the test folder (the upload and whatever the unpacking left). */
	private java.util.List<String> leftovers() throws IOException {
		try (Stream<Path> list = Files.list(temp)) {
			return list.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private Path zip(Map<String, byte[]> entries) throws IOException {
		Path zip = temp.resolve("upload.zip");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return Files.write(zip, bytes.toByteArray());
	}

	/** Sets the central directory record of {@code name} to a Unix host and the mode of a symbolic link. */
	private static void markAsSymlink(Path zip, String name) throws IOException {
		patchCentralRecord(zip, name, (buffer, at) -> {
			buffer.putShort(at + 4, (short) ((3 << 8) | 20));
			buffer.putInt(at + 38, 0120777 << 16);
		});
	}

	/** Makes the central directory claim a smaller uncompressed size than the data has. */
	private static void patchCentralSize(Path zip, int size) throws IOException {
		patchCentralRecord(zip, null, (buffer, at) -> buffer.putInt(at + 24, size));
	}

	private interface Patch {

		void apply(ByteBuffer buffer, int at);

	}

	private static void patchCentralRecord(Path zip, String name, Patch patch) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		boolean patched = false;
		for (int at = 0; at + 46 < bytes.length; at++) {
			if (buffer.getInt(at) != 0x02014b50) {
				continue;
			}
			int nameLength = buffer.getShort(at + 28) & 0xffff;
			String entry = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
			if (name == null || entry.equals(name)) {
				patch.apply(buffer, at);
				patched = true;
			}
		}
		assertThat(patched).as("central record patched").isTrue();
		Files.write(zip, bytes);
	}

}
