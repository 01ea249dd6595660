/**
 * The web shell: page layout model, navigation and start-page tiles contributed by modules, htmx helpers
 * and error pages.
 */
@NullMarked
@NamedInterface("web")
package de.itas.platform.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
