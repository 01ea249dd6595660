package de.itas.platform.assessment.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import de.itas.platform.assessment.Horizon;
import de.itas.platform.assessment.NeedInput;
import de.itas.platform.assessment.TrainingFormat;
import de.itas.platform.assessment.Urgency;

/** The needs form as posted: the search fields help pick occupation and skills from the taxonomy. */
class NeedForm {

	static final List<String> FIELDS = List.of("organisation", "occupationQuery", "occupationUri", "skillQuery",
			"skillUris", "employeesAffected", "horizon", "urgency", "formats", "comment");

	private @Nullable UUID organisation;
	private String occupationQuery = "";
	private String occupationUri = "";
	private String skillQuery = "";
	private List<String> skillUris = new ArrayList<>();
	private String employeesAffected = "";
	private String horizon = "";
	private String urgency = "";
	private List<String> formats = new ArrayList<>();
	private String comment = "";

	/**
	 * The input as far as it parses: a field that does not parse gets its error here and goes to the service
	 * as absent (or left out), so that the service's checks of all other fields come in the same round.
	 */
	NeedInput toInput(Errors errors) {
		Integer employees = null;
		if (!employeesAffected.isBlank()) {
			try {
				employees = Integer.valueOf(employeesAffected.strip());
			}
			catch (NumberFormatException ex) {
				errors.rejectValue("employeesAffected", "assessment.needs.error.employees");
			}
		}
		Horizon parsedHorizon = parse(Horizon.class, horizon);
		if (parsedHorizon == null && !horizon.isBlank()) {
			errors.rejectValue("horizon", "assessment.needs.error.horizon");
		}
		Urgency parsedUrgency = parse(Urgency.class, urgency);
		if (parsedUrgency == null && !urgency.isBlank()) {
			errors.rejectValue("urgency", "assessment.needs.error.urgency");
		}
		Set<TrainingFormat> parsedFormats = EnumSet.noneOf(TrainingFormat.class);
		for (String format : formats) {
			TrainingFormat parsed = parse(TrainingFormat.class, format);
			if (parsed == null) {
				if (!errors.hasFieldErrors("formats")) {
					errors.rejectValue("formats", "assessment.needs.error.formats");
				}
			}
			else {
				parsedFormats.add(parsed);
			}
		}
		return new NeedInput(occupationUri.strip(), employees, skillUris, parsedHorizon, parsedUrgency,
				parsedFormats, comment);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public @Nullable UUID getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable UUID organisation) {
		this.organisation = organisation;
	}

	public String getOccupationQuery() {
		return occupationQuery;
	}

	public void setOccupationQuery(@Nullable String occupationQuery) {
		this.occupationQuery = occupationQuery == null ? "" : occupationQuery;
	}

	public String getOccupationUri() {
		return occupationUri;
	}

	public void setOccupationUri(@Nullable String occupationUri) {
		this.occupationUri = occupationUri == null ? "" : occupationUri;
	}

	public String getSkillQuery() {
		return skillQuery;
	}

	public void setSkillQuery(@Nullable String skillQuery) {
		this.skillQuery = skillQuery == null ? "" : skillQuery;
	}

	public List<String> getSkillUris() {
		return skillUris;
	}

	public void setSkillUris(@Nullable List<String> skillUris) {
		this.skillUris = skillUris == null ? new ArrayList<>() : new ArrayList<>(skillUris);
	}

	public String getEmployeesAffected() {
		return employeesAffected;
	}

	public void setEmployeesAffected(@Nullable String employeesAffected) {
		this.employeesAffected = employeesAffected == null ? "" : employeesAffected;
	}

	public String getHorizon() {
		return horizon;
	}

	public void setHorizon(@Nullable String horizon) {
		this.horizon = horizon == null ? "" : horizon;
	}

	public String getUrgency() {
		return urgency;
	}

	public void setUrgency(@Nullable String urgency) {
		this.urgency = urgency == null ? "" : urgency;
	}

	public List<String> getFormats() {
		return formats;
	}

	public void setFormats(@Nullable List<String> formats) {
		this.formats = formats == null ? new ArrayList<>() : new ArrayList<>(formats);
	}

	public String getComment() {
		return comment;
	}

	public void setComment(@Nullable String comment) {
		this.comment = comment == null ? "" : comment;
	}

}
