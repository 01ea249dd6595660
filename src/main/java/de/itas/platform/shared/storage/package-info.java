/**
 * Where uploaded files live (issue 24): one {@link de.itas.platform.shared.storage.FileStore} contract with
 * a file-system default ({@code platform.storage.type=filesystem}, below {@code platform.storage.directory})
 * and an S3-compatible option ({@code platform.storage.type=s3}, {@code platform.storage.s3.*}). Rows in
 * the modules' tables name their files by key ({@code <module>/...}); a file is written before the row that
 * names it commits and deleted only after the deleting transaction committed. Files that older versions
 * kept in {@code bytea} columns move to the store through {@link de.itas.platform.shared.storage.LegacyFileColumn}s
 * that the modules declare.
 */
@NullMarked
@NamedInterface("storage")
package de.itas.platform.shared.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
