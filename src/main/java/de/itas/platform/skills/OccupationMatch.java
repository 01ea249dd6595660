package de.itas.platform.skills;

import org.springframework.modulith.NamedInterface;

/** An occupation the finder suggests for a job title, with the label that matched it best. */
@NamedInterface("api")
public record OccupationMatch(String uri, String label, double score, String matchedLabel) {
}
