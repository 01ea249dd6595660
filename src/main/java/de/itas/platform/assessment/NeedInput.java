package de.itas.platform.assessment;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a person enters for a new need; occupation and skills are taxonomy URIs. Head count, horizon and
 * urgency are absent when not given (or not understood); {@link QualificationNeeds} reports them with the rest.
 */
public record NeedInput(String occupationUri, @Nullable Integer employeesAffected, List<String> skillUris,
		@Nullable Horizon horizon, @Nullable Urgency urgency, Set<TrainingFormat> formats, @Nullable String comment) {

	public static final int MAX_COMMENT = 2000;
	public static final int MAX_SKILLS = 20;
	public static final int MAX_EMPLOYEES = 100000;

}
