/**
 * The small kernel every module may use: persistence bootstrap (embedded PostgreSQL), the web shell
 * (layout, navigation built from {@link de.itas.platform.shared.web.ModuleDescriptor}s, error pages) and
 * the security baseline (filter chain, login throttling, roles), notifications to a person and the store of
 * uploaded files (file system or S3). It owns the
 * tables of the platform's infrastructure: HTTP sessions, event publications, login throttling and
 * notifications.
 */
@NullMarked
@ApplicationModule(displayName = "Shared kernel")
package de.itas.platform.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
