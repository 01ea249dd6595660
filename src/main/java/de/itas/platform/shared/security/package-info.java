/**
 * Security baseline: the filter chain with strict headers and CSRF, the platform's roles, login
 * throttling and access to the current user.
 */
@NullMarked
@NamedInterface("security")
package de.itas.platform.shared.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
