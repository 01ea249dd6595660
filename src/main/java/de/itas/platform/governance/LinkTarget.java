package de.itas.platform.governance;

/**
 * Where a forum input or topic led: a proposal or a section of a charter version, with its public address.
 *
 * @param section true for a charter section, false for a proposal
 * @param label the proposal's code, or the section's number and heading
 * @param href its page, e.g. {@code /charta/vorschlaege/V-2.0-001} or {@code /charta/2.0#vision}
 * @param versionNumber the charter version it belongs to
 */
public record LinkTarget(boolean section, String label, String href, String versionNumber) {
}
