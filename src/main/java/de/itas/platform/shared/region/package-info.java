/**
 * The region the platform serves, chosen by configuration ({@code platform.region}, environment variable
 * {@code ITAS_REGION}): the folder {@code region/<name>/} on the class path that holds the region's data
 * files, texts and settings. Every module reads its own files from that folder through its own code; the
 * kernel reads only the region's texts ({@code messages*.properties}) and settings.
 */
@NullMarked
@NamedInterface("region")
package de.itas.platform.shared.region;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
