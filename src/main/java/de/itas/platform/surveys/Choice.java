package de.itas.platform.surveys;

/** An option of a choice or ranking question, a row of a matrix, or a district: a stable code and a label. */
public record Choice(String code, String label) {
}
