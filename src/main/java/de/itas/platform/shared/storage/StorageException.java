package de.itas.platform.shared.storage;

/** The store could not be read or written (disk full, S3 unreachable, a short upload). */
public class StorageException extends RuntimeException {

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

	public StorageException(String message) {
		super(message);
	}

}
