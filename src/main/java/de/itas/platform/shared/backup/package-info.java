/**
 * The {@code backup} and {@code restore} commands: the platform's database (pg_dump's custom format) and
 * its stored files in one archive, restored into an empty database. They run without the application
 * context (see {@link de.itas.platform.shared.backup.BackupCommand}).
 */
@NullMarked
package de.itas.platform.shared.backup;

import org.jspecify.annotations.NullMarked;
