package de.itas.platform.shared.backup;

/** A backup or restore that cannot go on; the message tells the operator what happened and what to do. */
class BackupException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	BackupException(String message) {
		super(message);
	}

}
