package de.itas.platform.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files below one directory, one file per key ({@code <directory>/helpdesk/attachment/<uuid>}). Writes go to
 * a temporary file beside the target and are moved into place atomically, so that a reader never sees half a
 * file. Several instances need the same directory (a shared mount); otherwise use {@code s3}.
 */
public class FileSystemFileStore implements FileStore {

	/** Temporary files start with this; {@link #keys()} skips them. */
	static final String TEMP_PREFIX = ".upload-";

	private final Path root;

	public FileSystemFileStore(Path directory) {
		this.root = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(root);
		}
		catch (IOException ex) {
			throw new StorageException("Cannot create the storage directory " + root, ex);
		}
	}

	public Path directory() {
		return root;
	}

	@Override
	public String type() {
		return "filesystem";
	}

	/** The file of a key; checked twice (the key's syntax and the resolved path) against leaving the root. */
	Path path(String key) {
		Path path = root.resolve(FileStore.checkKey(key)).normalize();
		if (!path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

	@Override
	public String put(String key, InputStream content, long length, String contentType) {
		Path target = path(key);
		Path temp = null;
		try {
			Files.createDirectories(target.getParent());
			temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
			long written;
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
				written = content.transferTo(out);
				out.flush();
				// durable before the row that names it commits
				channel.force(true);
			}
			if (length >= 0 && written != length) {
				throw new StorageException("Expected " + length + " bytes for " + key + " but received " + written);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			temp = null;
			return key;
		}
		catch (IOException ex) {
			throw new StorageException("Cannot write " + key, ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// the temporary file stays; keys() never lists it
				}
			}
		}
	}

	@Override
	public InputStream open(String key) {
		try {
			return Files.newInputStream(path(key));
		}
		catch (NoSuchFileException ex) {
			throw new StoredFileNotFoundException(key);
		}
		catch (IOException ex) {
			throw new StorageException("Cannot read " + key, ex);
		}
	}

	@Override
	public long size(String key) {
		try {
			return Files.size(path(key));
		}
		catch (NoSuchFileException ex) {
			throw new StoredFileNotFoundException(key);
		}
		catch (IOException ex) {
			throw new StorageException("Cannot read " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(path(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new StorageException("Cannot delete " + key, ex);
		}
	}

	@Override
	public Stream<String> keys() {
		try {
			return Files.walk(root)
				.filter(Files::isRegularFile)
				.filter(path -> !path.getFileName().toString().startsWith(TEMP_PREFIX))
				.map(path -> root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"))
				.filter(key -> FileStore.KEY.matcher(key).matches())
				.sorted();
		}
		catch (IOException ex) {
			throw new StorageException("Cannot list " + root, ex);
		}
	}

}
