package de.itas.platform.skills;

/** An occupation the finder suggests for a job title, with the label that matched it best. */
public record OccupationMatch(String uri, String label, double score, String matchedLabel) {
}
