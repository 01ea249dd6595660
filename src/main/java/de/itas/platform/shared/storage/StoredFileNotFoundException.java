package de.itas.platform.shared.storage;

/** The store holds no file under the key (deleted, or never copied to this store). */
public class StoredFileNotFoundException extends RuntimeException {

	public StoredFileNotFoundException(String key) {
		super("No stored file " + key);
	}

}
