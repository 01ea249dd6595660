package de.itas.platform.trainings.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import de.itas.platform.trainings.RunDetails;
import de.itas.platform.trainings.RunDraft;

/** A run's fields as typed; dates in ISO form (the date input sends them so). */
public class RunForm {

	private String startDate = "";
	private String endDate = "";
	private String schedule = "";
	private boolean online;
	private String placeName = "";
	private String street = "";
	private String postcode = "";
	private String city = "";
	private String districtCode = "";
	private String capacity = "";
	private long version;

	static RunForm of(RunDetails run) {
		RunForm form = new RunForm();
		form.startDate = run.startDate().toString();
		form.endDate = run.endDate().toString();
		form.schedule = run.schedule();
		form.online = run.online();
		form.placeName = run.placeName() == null ? "" : run.placeName();
		form.street = run.street() == null ? "" : run.street();
		form.postcode = run.postcode() == null ? "" : run.postcode();
		form.city = run.city() == null ? "" : run.city();
		form.districtCode = run.districtCode() == null ? "" : run.districtCode();
		form.capacity = Integer.toString(run.capacity());
		form.version = run.version();
		return form;
	}

	RunDraft toDraft(Errors errors) {
		Integer places = null;
		if (!capacity.isBlank()) {
			try {
				places = Integer.valueOf(capacity.strip());
			}
			catch (NumberFormatException ex) {
				errors.rejectValue("capacity", "trainings.error.number");
			}
		}
		return new RunDraft(date(errors, "startDate", startDate), date(errors, "endDate", endDate), schedule, online,
				placeName, street, postcode, city, districtCode.isBlank() ? null : districtCode, places);
	}

	static @Nullable LocalDate date(@Nullable Errors errors, String field, String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.strip(), java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
			}
			catch (DateTimeParseException again) {
				if (errors != null) {
					errors.rejectValue(field, "trainings.error.date");
				}
				return null;
			}
		}
	}

	public String getStartDate() { return startDate; }
	public void setStartDate(String startDate) { this.startDate = startDate; }
	public String getEndDate() { return endDate; }
	public void setEndDate(String endDate) { this.endDate = endDate; }
	public String getSchedule() { return schedule; }
	public void setSchedule(String schedule) { this.schedule = schedule; }
	public boolean isOnline() { return online; }
	public void setOnline(boolean online) { this.online = online; }
	public String getPlaceName() { return placeName; }
	public void setPlaceName(String placeName) { this.placeName = placeName; }
	public String getStreet() { return street; }
	public void setStreet(String street) { this.street = street; }
	public String getPostcode() { return postcode; }
	public void setPostcode(String postcode) { this.postcode = postcode; }
	public String getCity() { return city; }
	public void setCity(String city) { this.city = city; }
	public String getDistrictCode() { return districtCode; }
	public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
	public String getCapacity() { return capacity; }
	public void setCapacity(String capacity) { this.capacity = capacity; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

}
