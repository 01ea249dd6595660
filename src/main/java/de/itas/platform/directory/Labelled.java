package de.itas.platform.directory;

/** A value that users see by a message key (enum labels come from the bundles, never from code). */
public interface Labelled {

	String messageKey();

}
