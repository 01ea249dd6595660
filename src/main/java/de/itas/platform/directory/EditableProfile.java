package de.itas.platform.directory;

import java.util.UUID;

/**
 * A profile as its editor starts from.
 *
 * @param version the version the changes will be based on
 * @param filledIn whether the details were ever entered
 */
public record EditableProfile(UUID id, ProfileDetails details, long version, boolean filledIn) {
}
