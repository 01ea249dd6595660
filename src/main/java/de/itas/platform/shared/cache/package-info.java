/**
 * Change counters in PostgreSQL that keep per-instance caches consistent across instances: a module raises
 * its counter when it changes what it caches, and every instance rebuilds its copy when it sees the counter
 * move (at most {@link de.itas.platform.shared.cache.ChangeCounters#MAX_AGE} later).
 */
@NullMarked
@NamedInterface("cache")
package de.itas.platform.shared.cache;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
