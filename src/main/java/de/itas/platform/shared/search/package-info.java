/**
 * The site-wide search: the contract through which a module offers its searchable items
 * ({@link de.itas.platform.shared.search.SearchContribution}) and the kernel's {@link
 * de.itas.platform.shared.search.SiteSearch}, which asks every contribution and ranks all answers together on
 * one scale with German stemming. The search knows no module; a module joins it by registering a contribution
 * bean.
 */
@NullMarked
@NamedInterface("search")
package de.itas.platform.shared.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
