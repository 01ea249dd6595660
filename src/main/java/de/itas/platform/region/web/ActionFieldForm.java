package de.itas.platform.region.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;

import de.itas.platform.region.ActionFieldDetails;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.LocalizedText;

/** Admin form for an action field; goals are entered one per line. */
class ActionFieldForm {

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String nameDe = "";

	@Size(max = 200, message = "{common.validation.max-length}")
	private String nameEn = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 4000, message = "{common.validation.max-length}")
	private String descriptionDe = "";

	@Size(max = 4000, message = "{common.validation.max-length}")
	private String descriptionEn = "";

	@NotBlank(message = "{common.validation.required}")
	private String leadPartnerCode = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 4000, message = "{common.validation.max-length}")
	private String goalsDe = "";

	@Size(max = 4000, message = "{common.validation.max-length}")
	private String goalsEn = "";

	private long version;

	static ActionFieldForm of(ActionFieldSummary field) {
		ActionFieldDetails details = field.details();
		ActionFieldForm form = new ActionFieldForm();
		form.nameDe = details.name().de();
		form.nameEn = FormText.orEmpty(details.name().en());
		form.descriptionDe = details.description().de();
		form.descriptionEn = FormText.orEmpty(details.description().en());
		form.leadPartnerCode = details.leadPartnerCode();
		form.goalsDe = String.join("\n", details.goals().stream().map(LocalizedText::de).toList());
		form.goalsEn = String.join("\n", details.goals().stream().map(goal -> FormText.orEmpty(goal.en())).toList()).strip();
		form.version = field.version();
		return form;
	}

	/** English goals translate the German ones line by line, so there cannot be more of them. */
	@AssertTrue(message = "{region.admin.goals-en-too-many}")
	public boolean isGoalsEnMatching() {
		return FormText.lines(goalsEn).size() <= FormText.lines(goalsDe).size();
	}

	ActionFieldDetails toDetails() {
		List<String> german = FormText.lines(goalsDe);
		List<String> english = FormText.lines(goalsEn);
		List<LocalizedText> goals = new ArrayList<>();
		for (int i = 0; i < german.size(); i++) {
			goals.add(new LocalizedText(german.get(i), i < english.size() ? english.get(i) : null));
		}
		return new ActionFieldDetails(FormText.localized(nameDe, nameEn), FormText.localized(descriptionDe, descriptionEn),
				leadPartnerCode, goals);
	}

	public String getNameDe() {
		return nameDe;
	}

	public void setNameDe(String nameDe) {
		this.nameDe = nameDe == null ? "" : nameDe;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn == null ? "" : nameEn;
	}

	public String getDescriptionDe() {
		return descriptionDe;
	}

	public void setDescriptionDe(String descriptionDe) {
		this.descriptionDe = descriptionDe == null ? "" : descriptionDe;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
	}

	public String getLeadPartnerCode() {
		return leadPartnerCode;
	}

	public void setLeadPartnerCode(String leadPartnerCode) {
		this.leadPartnerCode = leadPartnerCode == null ? "" : leadPartnerCode;
	}

	public String getGoalsDe() {
		return goalsDe;
	}

	public void setGoalsDe(String goalsDe) {
		this.goalsDe = goalsDe == null ? "" : goalsDe;
	}

	public String getGoalsEn() {
		return goalsEn;
	}

	public void setGoalsEn(String goalsEn) {
		this.goalsEn = goalsEn == null ? "" : goalsEn;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
