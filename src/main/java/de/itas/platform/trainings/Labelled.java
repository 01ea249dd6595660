package de.itas.platform.trainings;

/** A taxonomy entry (skill or occupation) an offer refers to, with its label. */
public record Labelled(String uri, String label) {
}
