package de.itas.platform.helpdesk;

/** A file a person attaches to an inquiry, as received. */
public record Upload(String filename, byte[] data) {
}
