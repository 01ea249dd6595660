/**
 * The web shell: page layout model, navigation and start-page tiles contributed by modules, htmx helpers
 * and error pages; and the contracts every module's forms and lists share: field problems of refused input
 * ({@link de.itas.platform.shared.web.FieldProblems}, put on a form by
 * {@link de.itas.platform.shared.web.FormErrors}) and pages of a list ({@link de.itas.platform.shared.web.PageOf}).
 */
@NullMarked
@NamedInterface("web")
package de.itas.platform.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
