package de.itas.platform.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The platform's uploaded files, addressed by key. A key is a relative path of plain segments whose first
 * segment names the owning module ({@code helpdesk/attachment/…}); the same key names the same file in
 * every implementation, so that files can move between stores without touching the database.
 *
 * <p>Consistency with the database: {@link #add} writes the file before the row that names it commits and
 * removes it again when that transaction rolls back; {@link #deleteAfterCommit} removes a file only once the
 * transaction that dropped its row committed. A crash between the two steps leaves at most an unreferenced
 * file, never a row without its file.
 */
public interface FileStore {

	/** Letters, digits, dot, dash and underscore per segment; no empty, dot or dot-dot segments. */
	Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

	/** {@code filesystem} or {@code s3}. */
	String type();

	/**
	 * Stores a file under the given key, replacing one stored there before.
	 *
	 * @param length the number of bytes the stream delivers; a different number fails the write
	 * @param contentType the media type, kept where the store can (S3 metadata)
	 * @return the key
	 */
	String put(String key, InputStream content, long length, String contentType);

	/** The stored bytes as a stream that the caller closes; never the whole file in memory. */
	InputStream open(String key) throws StoredFileNotFoundException;

	/** The stored file's size in bytes. */
	long size(String key) throws StoredFileNotFoundException;

	boolean exists(String key);

	/** Removes the file; a missing file is not an error. */
	void delete(String key);

	/** Every stored key (for copying between stores and for checks); the caller closes the stream. */
	Stream<String> keys();

	/** A new key below {@code <module>/<kind>/}, unique without asking the store. */
	static String newKey(String module, String kind) {
		return checkKey(module + "/" + kind + "/" + UUID.randomUUID());
	}

	/**
	 * Stores bytes under a new key in the running transaction: written now, removed again if the
	 * transaction rolls back (so that a refused upload leaves nothing behind).
	 */
	default String add(String module, String kind, byte[] content, String contentType) {
		return add(module, kind, new ByteArrayInputStream(content), content.length, contentType);
	}

	/** Like {@link #add(String, String, byte[], String)} for a stream of known length. */
	default String add(String module, String kind, InputStream content, long length, String contentType) {
		String key = put(newKey(module, kind), content, length, contentType);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(key);
					}
				}
			});
		}
		return key;
	}

	/**
	 * Removes the file once the running transaction committed (at once without a transaction), so that a
	 * rolled-back deletion keeps a row that still names its file.
	 */
	default void deleteAfterCommit(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delete(key);
				}
			});
		}
		else {
			delete(key);
		}
	}

	/** The stored bytes at once, for the few callers that need them whole (small images). */
	default byte[] read(String key) {
		try (InputStream in = open(key)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Refuses keys that could leave the store's directory or that another store could not hold. */
	static String checkKey(String key) {
		if (!KEY.matcher(key).matches() || key.length() > 400) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return key;
	}

}
