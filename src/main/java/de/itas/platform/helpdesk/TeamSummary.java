package de.itas.platform.helpdesk;

import org.jspecify.annotations.Nullable;

/** A partner's advisory team, optionally at one of the region's help desks. */
public record TeamSummary(String code, String partnerCode, String name, @Nullable String deskCode) {
}
