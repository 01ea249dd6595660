package de.itas.platform.helpdesk;

/** Something an advisor can pick for a recommendation. */
public record RecommendationOption(RecommendationKind kind, String reference, String title, String url) {
}
