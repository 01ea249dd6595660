package de.itas.platform.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import de.itas.platform.learning.scorm.ManifestParser;
import de.itas.platform.learning.scorm.SafeUnzip;
import de.itas.platform.learning.scorm.ScormItem;
import de.itas.platform.learning.scorm.ScormManifest;
import de.itas.platform.learning.scorm.ScormProblem;
import de.itas.platform.learning.scorm.UnsafeZipException;
import de.itas.platform.learning.scorm.UnzipLimits;

/**
 * Imports an uploaded SCORM 1.2 zip: unpacked with {@link SafeUnzip} into a temporary folder, checked with
 * {@link ManifestParser}, then stored with all its files in one transaction. A refused package throws the core's
 * {@code ScormPackageException} naming the problem; then no row and no file is left anywhere (the temporary folder
 * is always removed).
 */
@Service
public class PackageImport {

	private static final Logger log = LoggerFactory.getLogger(PackageImport.class);

	private final PackageStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long maxBytes;

	@Autowired
	PackageImport(PackageStore store, TransactionTemplate transactions,
			@Value("${platform.learning.max-package-size:200MB}") DataSize maxSize) {
		this(store, transactions, Clock.systemUTC(), maxSize.toBytes());
	}

	private PackageImport(PackageStore store, TransactionTemplate transactions, Clock clock, long maxBytes) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/** The same importer with another size limit (for tests of the limit without a second application context). */
	PackageImport withMaxBytes(long bytes) {
		return new PackageImport(store, transactions, clock, bytes);
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Imports the zip as a draft of the organisation.
	 *
	 * @param title the title to show, or null for the manifest's default organisation title
	 * @return the new package's id
	 * @throws de.itas.platform.learning.scorm.ScormPackageException when the package is refused
	 */
	public UUID importZip(Path zip, @Nullable String title, @Nullable UUID organisationId, UUID uploadedBy) {
		long size;
		try {
			size = Files.size(zip);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long megabytes = Math.max(1, maxBytes / UnzipLimits.MEGABYTE);
		if (size > maxBytes) {
			throw new UnsafeZipException(ScormProblem.TOO_LARGE, megabytes);
		}
		Path work;
		try {
			work = Files.createTempDirectory("itas-scorm-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Path root = work.resolve("package");
			SafeUnzip.Result unpacked = new SafeUnzip(UnzipLimits.defaults().withMaxTotalBytes(maxBytes)).unzip(zip, root);
			ScormManifest manifest = new ManifestParser().parsePackage(root);
			PackageStructure structure = structure(manifest);
			String shownTitle = title == null || title.isBlank() ? structure.organisationTitle() : title.strip();
			UUID id = UUID.randomUUID();
			List<Path> files = files(root);
			transactions.executeWithoutResult(status -> {
				store.insert(id, shownTitle, organisationId, uploadedBy, manifest.identifier(), structure, files.size(),
						unpacked.bytes(), clock.instant());
				for (Path file : files) {
					String path = root.relativize(file).toString().replace('\\', '/');
					store.insertFile(id, path, mediaType(path), read(file));
				}
			});
			log.info("SCORM package {} imported: {} files, {} bytes", id, files.size(), unpacked.bytes());
			return id;
		}
		finally {
			delete(work);
		}
	}

	static PackageStructure structure(ScormManifest manifest) {
		return new PackageStructure(manifest.defaultOrganization().title(),
				manifest.defaultOrganization().items().stream().map(item -> item(manifest, item)).toList());
	}

	private static PackageItem item(ScormManifest manifest, ScormItem item) {
		String launchUrl = null;
		boolean sco = false;
		if (item.identifierRef() != null) {
			launchUrl = manifest.launchUrl(item);
			sco = manifest.resource(item.identifierRef()).map(resource -> resource.sco()).orElse(false);
		}
		return new PackageItem(item.identifier(), item.title(), launchUrl, sco, item.visible(), item.masteryScore(),
				item.maxTimeAllowed(), item.timeLimitAction(), item.launchData(), item.prerequisites(),
				item.children().stream().map(child -> item(manifest, child)).toList());
	}

	static String mediaType(String path) {
		String lower = path.toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(".html") || lower.endsWith(".htm")) {
			return "text/html";
		}
		if (lower.endsWith(".js")) {
			return "text/javascript";
		}
		return MediaTypeFactory.getMediaType(path).map(Objects::toString).orElse("application/octet-stream");
	}

	private static List<Path> files(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
				.filter(path -> !root.relativize(path).toString().startsWith("__MACOSX"))
				.sorted(Comparator.naturalOrder())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		List<IOException> problems = new ArrayList<>();
		try {
			Files.walkFileTree(directory, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			problems.add(ex);
		}
		problems.forEach(problem -> log.warn("temporary SCORM folder {} not removed: {}", directory, problem.toString()));
	}

}
