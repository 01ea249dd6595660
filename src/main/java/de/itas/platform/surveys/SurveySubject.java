package de.itas.platform.surveys;

import org.springframework.modulith.NamedInterface;

/**
 * The thing of another module a survey belongs to, e.g. {@code governance / charter-version / 2.0} or
 * {@code events / event / <id>}. The surveys module stores it and never looks inside.
 */
@NamedInterface("api")
public record SurveySubject(String module, String type, String id) {
}
