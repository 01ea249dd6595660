package de.itas.platform.helpdesk;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a person submits. For visitors {@code name} and {@code email} are required (the address is
 * confirmed by a link before the inquiry is routed); signed-in people are known.
 */
public record InquiryRequest(@Nullable Topic topic, @Nullable String districtCode, @Nullable String description,
		@Nullable ContactChannel contactChannel, @Nullable String contactTimes, @Nullable String name,
		@Nullable String email, @Nullable String phone, boolean consent, List<Upload> attachments) {
}
