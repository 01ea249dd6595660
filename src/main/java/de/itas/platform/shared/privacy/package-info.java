/**
 * The contract through which every module takes part in a person's data export and account deletion.
 */
@NullMarked
@NamedInterface("privacy")
package de.itas.platform.shared.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
