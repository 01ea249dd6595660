package de.itas.platform.learning.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks an uploaded zip into a new folder, refusing what could escape the folder or fill the disk: entries with
 * {@code ..} (zip slip), absolute paths, Unix symbolic links, duplicate names, too many entries, too many bytes in all
 * and a compression ratio that betrays a zip bomb. Sizes are counted while unpacking, never taken from the headers
 * alone. Everything is written to a temporary folder beside the target and moved into place at the end, so on a
 * refusal nothing stays on disk. Thread-safe.
 */
public final class SafeUnzip {

	/** What was unpacked. */
	public record Result(Path directory, int files, long bytes) {
	}

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

	private static final Charset DOS = Charset.forName("IBM437");

	private final UnzipLimits limits;

	public SafeUnzip(UnzipLimits limits) {
		this.limits = limits;
	}

	public UnzipLimits limits() {
		return limits;
	}

	/**
	 * Unpacks {@code zip} into {@code target}, which must not exist yet (its parent must).
	 *
	 * @throws UnsafeZipException when the package is refused; nothing is left on disk then
	 */
	public Result unzip(Path zip, Path target) {
		if (Files.exists(target)) {
			throw new IllegalArgumentException("the target must not exist yet: " + target);
		}
		List<ZipCentralDirectory.Entry> directory;
		try {
			directory = ZipCentralDirectory.read(zip);
		}
		catch (IOException ex) {
			throw new UnsafeZipException(ScormProblem.NOT_A_ZIP, String.valueOf(ex.getMessage()));
		}
		if (directory.size() > limits.maxEntries()) {
			throw new UnsafeZipException(ScormProblem.TOO_MANY_ENTRIES, limits.maxEntries());
		}
		for (ZipCentralDirectory.Entry entry : directory) {
			if (entry.symlink()) {
				throw new UnsafeZipException(ScormProblem.SYMLINK, entry.name());
			}
		}
		Path parent = target.toAbsolutePath().getParent();
		Path temporary;
		try {
			temporary = Files.createTempDirectory(parent, ".unzip-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean moved = false;
		try (ZipFile file = open(zip)) {
			List<ZipEntry> entries = checkedEntries(file);
			Result result = extract(file, entries, temporary);
			move(temporary, target);
			moved = true;
			return new Result(target, result.files(), result.bytes());
		}
		catch (ZipException ex) {
			throw new UnsafeZipException(ScormProblem.NOT_A_ZIP, String.valueOf(ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!moved) {
				deleteQuietly(temporary);
			}
		}
	}

	private static ZipFile open(Path zip) throws IOException {
		try {
			return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			// names of old Windows tools are in the DOS code page, which UTF-8 decoding rejects
			return new ZipFile(zip.toFile(), DOS);
		}
	}

	private List<ZipEntry> checkedEntries(ZipFile file) {
		List<ZipEntry> entries = new ArrayList<>();
		Set<String> names = new HashSet<>();
		long declared = 0;
		var enumeration = file.entries();
		while (enumeration.hasMoreElements()) {
			ZipEntry entry = enumeration.nextElement();
			if (entries.size() == limits.maxEntries()) {
				throw new UnsafeZipException(ScormProblem.TOO_MANY_ENTRIES, limits.maxEntries());
			}
			String name = entry.getName().replace('\\', '/');
			if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
				throw new UnsafeZipException(ScormProblem.ABSOLUTE_PATH, entry.getName());
			}
			for (String segment : name.split("/")) {
				if (segment.equals("..") || segment.indexOf('\0') >= 0) {
					throw new UnsafeZipException(ScormProblem.ZIP_SLIP, entry.getName());
				}
			}
			String normalised = normalise(name);
			if (!normalised.isEmpty() && !names.add(normalised + (entry.isDirectory() ? "/" : ""))) {
				throw new UnsafeZipException(ScormProblem.DUPLICATE_ENTRY, entry.getName());
			}
			if (entry.getSize() > 0) {
				declared += entry.getSize();
				if (declared > limits.maxTotalBytes()) {
					throw tooLarge();
				}
			}
			entries.add(entry);
		}
		return entries;
	}

	private Result extract(ZipFile file, List<ZipEntry> entries, Path root) throws IOException {
		long total = 0;
		long totalCompressed = 0;
		for (ZipEntry entry : entries) {
			totalCompressed += Math.max(entry.getCompressedSize(), 0);
		}
		int files = 0;
		byte[] buffer = new byte[64 * 1024];
		for (ZipEntry entry : entries) {
			String name = normalise(entry.getName().replace('\\', '/'));
			if (name.isEmpty()) {
				continue;
			}
			Path destination = root.resolve(name).normalize();
			if (!destination.startsWith(root) || destination.equals(root)) {
				throw new UnsafeZipException(ScormProblem.ZIP_SLIP, entry.getName());
			}
			if (entry.isDirectory()) {
				Files.createDirectories(destination);
				continue;
			}
			Files.createDirectories(destination.getParent());
			long compressed = Math.max(entry.getCompressedSize(), 1);
			long written = 0;
			try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					written += read;
					total += read;
					if (total > limits.maxTotalBytes()) {
						throw tooLarge();
					}
					if (written > limits.ratioThresholdBytes() && written > limits.maxCompressionRatio() * compressed) {
						throw new UnsafeZipException(ScormProblem.COMPRESSION_RATIO, entry.getName(), ratio());
					}
					out.write(buffer, 0, read);
				}
			}
			if (total > limits.ratioThresholdBytes() && total > limits.maxCompressionRatio() * Math.max(totalCompressed, 1)) {
				throw new UnsafeZipException(ScormProblem.PACKAGE_COMPRESSION_RATIO, ratio());
			}
			files++;
		}
		return new Result(root, files, total);
	}

	private UnsafeZipException tooLarge() {
		return new UnsafeZipException(ScormProblem.TOO_LARGE, limits.maxTotalBytes() / UnzipLimits.MEGABYTE);
	}

	private String ratio() {
		double ratio = limits.maxCompressionRatio();
		return ratio == Math.rint(ratio) ? Long.toString((long) ratio) : Double.toString(ratio);
	}

	/** Slashes collapsed, {@code .} segments dropped, no leading or trailing slash. */
	private static String normalise(String name) {
		List<String> segments = new ArrayList<>();
		for (String segment : name.split("/")) {
			if (!segment.isEmpty() && !segment.equals(".")) {
				segments.add(segment);
			}
		}
		return String.join("/", segments);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	private static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// best effort: the temporary folder starts with a dot and the caller's cleanup may sweep it
		}
	}

}
