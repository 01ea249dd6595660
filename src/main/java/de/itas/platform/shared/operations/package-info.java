/**
 * Operational safeguards: the {@code prod} profile's start-up checks.
 */
@NullMarked
package de.itas.platform.shared.operations;

import org.jspecify.annotations.NullMarked;
