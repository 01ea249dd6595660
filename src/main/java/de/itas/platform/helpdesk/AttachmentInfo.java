package de.itas.platform.helpdesk;

/** An attachment's metadata (its content is served separately, to those who may see the case). */
public record AttachmentInfo(long id, String filename, String contentType, int sizeBytes) {
}
