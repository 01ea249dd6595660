/**
 * Synthetic data at scale for load tests (command {@code generate-load-data}): each module generates the rows
 * of its own tables by registering one {@link de.itas.platform.shared.loaddata.LoadDataGenerator} bean; the
 * command runs them in their {@link de.itas.platform.shared.loaddata.LoadDataGenerator#order() order} and
 * prints the count and seconds per kind.
 * <p>
 * Modules refer to each other's generated rows only through {@link de.itas.platform.shared.loaddata.GeneratedIds}
 * that the owning module hands out on the {@link de.itas.platform.shared.loaddata.LoadDataRun}: the ids of
 * the n-th generated row are computed from a seed of the run, so a later module can join on them in SQL
 * without reading a million ids into memory and without knowing the other module's tables.
 * <p>
 * Everything generated is made up (names from short lists, addresses under {@code example.org}); it is for
 * benchmark databases only, never for production.
 */
@NullMarked
@NamedInterface("loaddata")
package de.itas.platform.shared.loaddata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
