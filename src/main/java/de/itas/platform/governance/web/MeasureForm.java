package de.itas.platform.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.itas.platform.governance.MeasureDraft;
import de.itas.platform.governance.MeasureTargetGroup;
import de.itas.platform.governance.MeasureView;
import de.itas.platform.governance.ProgressMode;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/** A project or measure as its editor types it; numbers and dates as text, read by {@link #toDraft()}. */
class MeasureForm {

	private String title = "";
	private String description = "";
	private String leadPartnerCode = "";
	private String contractors = "";
	private List<String> targetGroups = new ArrayList<>();
	private List<String> districtCodes = new ArrayList<>();
	private String startsOn = "";
	private String endsOn = "";
	private String budgetEuro = "";
	private String progressMode = ProgressMode.ENTERED.name();
	private String weight = "1";
	private boolean isPublic = true;
	private String comment = "";
	private long version;

	static MeasureForm of(MeasureView measure) {
		MeasureForm form = new MeasureForm();
		form.title = measure.title();
		form.description = measure.description();
		form.leadPartnerCode = measure.leadPartnerCode();
		form.contractors = measure.contractors();
		form.targetGroups = new ArrayList<>(measure.targetGroups().stream().map(Enum::name).toList());
		form.districtCodes = new ArrayList<>(measure.districtCodes());
		form.startsOn = measure.startsOn() == null ? "" : measure.startsOn().toString();
		form.endsOn = measure.endsOn() == null ? "" : measure.endsOn().toString();
		form.budgetEuro = measure.budgetEuro() == null ? "" : measure.budgetEuro().toPlainString();
		form.progressMode = measure.progressMode().name();
		form.weight = String.valueOf(measure.weight());
		form.isPublic = measure.isPublic();
		form.version = measure.version();
		return form;
	}

	/** @throws FieldProblems when a number, date or choice cannot be read */
	MeasureDraft toDraft() {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate starts = SteeringInput.date("startsOn", startsOn, problems);
		LocalDate ends = SteeringInput.date("endsOn", endsOn, problems);
		BigDecimal budget = SteeringInput.amount("budgetEuro", budgetEuro, problems);
		Integer parsedWeight = SteeringInput.whole("weight", weight, problems);
		if (parsedWeight == null && problems.stream().noneMatch(p -> "weight".equals(p.field()))) {
			parsedWeight = 1;
		}
		ProgressMode mode = null;
		try {
			mode = ProgressMode.valueOf(progressMode);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(FieldProblem.of("progressMode", "governance.measure.progress-mode.required"));
		}
		Set<MeasureTargetGroup> groups = EnumSet.noneOf(MeasureTargetGroup.class);
		for (String group : targetGroups) {
			try {
				groups.add(MeasureTargetGroup.valueOf(group));
			}
			catch (IllegalArgumentException ex) {
				problems.add(FieldProblem.of("targetGroups", "governance.measure.target-groups.unknown"));
			}
		}
		FieldProblems.throwIfAny(problems);
		return new MeasureDraft(title.strip(), description.strip(), leadPartnerCode, contractors.strip(), groups,
				List.copyOf(districtCodes), starts, ends, budget, mode, parsedWeight, isPublic);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description;
	}

	public String getLeadPartnerCode() {
		return leadPartnerCode;
	}

	public void setLeadPartnerCode(String leadPartnerCode) {
		this.leadPartnerCode = leadPartnerCode == null ? "" : leadPartnerCode;
	}

	public String getContractors() {
		return contractors;
	}

	public void setContractors(String contractors) {
		this.contractors = contractors == null ? "" : contractors;
	}

	public List<String> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(List<String> targetGroups) {
		this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
	}

	public List<String> getDistrictCodes() {
		return districtCodes;
	}

	public void setDistrictCodes(List<String> districtCodes) {
		this.districtCodes = districtCodes == null ? new ArrayList<>() : districtCodes;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn == null ? "" : startsOn;
	}

	public String getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn == null ? "" : endsOn;
	}

	public String getBudgetEuro() {
		return budgetEuro;
	}

	public void setBudgetEuro(String budgetEuro) {
		this.budgetEuro = budgetEuro == null ? "" : budgetEuro;
	}

	public String getProgressMode() {
		return progressMode;
	}

	public void setProgressMode(String progressMode) {
		this.progressMode = progressMode == null ? "" : progressMode;
	}

	public String getWeight() {
		return weight;
	}

	public void setWeight(String weight) {
		this.weight = weight == null ? "" : weight;
	}

	public boolean getIsPublic() {
		return isPublic;
	}

	public void setIsPublic(boolean isPublic) {
		this.isPublic = isPublic;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment == null ? "" : comment;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
