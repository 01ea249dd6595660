package de.itas.platform.assessment;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a person enters for a new need; occupation and skills are taxonomy URIs. */
public record NeedInput(String occupationUri, int employeesAffected, List<String> skillUris, Horizon horizon,
		Urgency urgency, Set<TrainingFormat> formats, @Nullable String comment) {

	public static final int MAX_COMMENT = 2000;
	public static final int MAX_SKILLS = 20;
	public static final int MAX_EMPLOYEES = 100000;

}
