/**
 * Database bootstrap: the embedded PostgreSQL used when no external datasource is configured.
 * Internal to the kernel; modules only see a {@link javax.sql.DataSource}.
 */
@NullMarked
package de.itas.platform.shared.persistence;

import org.jspecify.annotations.NullMarked;
