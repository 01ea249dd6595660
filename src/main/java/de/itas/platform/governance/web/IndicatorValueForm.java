package de.itas.platform.governance.web;

import org.jspecify.annotations.Nullable;

import de.itas.platform.governance.IndicatorValueView;

/** An entered value as its form sends it: the period code, the district (blank: the whole region), the number as typed. */
class IndicatorValueForm {

	private String period = "";
	private String district = "";
	private String value = "";
	private String sourceNote = "";
	private long version;

	static IndicatorValueForm of(IndicatorValueView value) {
		IndicatorValueForm form = new IndicatorValueForm();
		form.period = value.period().code();
		form.district = value.districtCode() == null ? "" : value.districtCode();
		form.value = IndicatorForm.text(value.value());
		form.sourceNote = value.sourceNote();
		form.version = value.version();
		return form;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getDistrict() {
		return district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public @Nullable String getSourceNote() {
		return sourceNote;
	}

	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
