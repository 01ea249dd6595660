package de.itas.platform.learning;

/** A file an editor uploaded with the form: the name their browser sent and the bytes. */
public record LibraryUpload(String fileName, byte[] content) {

	public boolean empty() {
		return content.length == 0;
	}

}
