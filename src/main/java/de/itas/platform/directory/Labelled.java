package de.itas.platform.directory;

import org.springframework.modulith.NamedInterface;

/** A value that users see by a message key (enum labels come from the bundles, never from code). */
@NamedInterface("api")
public interface Labelled {

	String messageKey();

}
