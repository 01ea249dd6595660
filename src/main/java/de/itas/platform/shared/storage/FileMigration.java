package de.itas.platform.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies every file of one store to another under the same key and checks each copy by size and SHA-256
 * read back from the target. The database is not touched: keys are the same in every store, so switching
 * {@code platform.storage.type} afterwards is all that is left. Files the target already holds with the
 * same size and checksum are skipped, so an interrupted run can simply be repeated.
 */
public final class FileMigration {

	/** What a run did; {@code failed} lists the keys whose copy could not be verified. */
	public record Report(long files, long copied, long skipped, long bytes, List<String> failed) {

		public boolean ok() {
			return failed.isEmpty();
		}

	}

	private final FileStore source;
	private final FileStore target;
	private final PrintStream out;

	public FileMigration(FileStore source, FileStore target, PrintStream out) {
		this.source = source;
		this.target = target;
		this.out = out;
	}

	public Report run() {
		long files = 0;
		long copied = 0;
		long skipped = 0;
		long bytes = 0;
		List<String> failed = new ArrayList<>();
		long started = System.nanoTime();
		try (Stream<String> keys = source.keys()) {
			for (String key : (Iterable<String>) keys::iterator) {
				files++;
				try {
					long size = source.size(key);
					byte[] sourceSum = checksum(source, key);
					if (target.exists(key) && target.size(key) == size && Arrays.equals(checksum(target, key), sourceSum)) {
						skipped++;
					}
					else {
						try (InputStream in = source.open(key)) {
							target.put(key, in, size, "application/octet-stream");
						}
						if (target.size(key) != size || !Arrays.equals(checksum(target, key), sourceSum)) {
							throw new StorageException("The copy of " + key + " differs from the original");
						}
						copied++;
						bytes += size;
					}
				}
				catch (RuntimeException | IOException ex) {
					failed.add(key);
					out.println("FAILED " + key + ": " + ex.getMessage());
				}
				if (files % 100 == 0) {
					out.printf("%d files checked, %d copied (%d MB), %d already there, %d failed%n", files, copied,
							bytes / (1024 * 1024), skipped, failed.size());
				}
			}
		}
		out.printf("Done in %.1f s: %d files, %d copied (%d bytes), %d already there, %d failed%n",
				(System.nanoTime() - started) / 1e9, files, copied, bytes, skipped, failed.size());
		return new Report(files, copied, skipped, bytes, List.copyOf(failed));
	}

	/** SHA-256 of a stored file, streamed. */
	static byte[] checksum(FileStore store, String key) {
		try (InputStream in = new DigestInputStream(store.open(key), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return ((DigestInputStream) in).getMessageDigest().digest();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
