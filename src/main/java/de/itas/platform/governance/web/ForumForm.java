package de.itas.platform.governance.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.itas.platform.governance.ForumDraft;
import de.itas.platform.governance.ForumView;

/** A forum as the coordination types it: date and input period as the browser's date and time fields send them. */
class ForumForm {

	private String title = "";
	private String districtCode = "";
	private String place = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private @Nullable LocalDateTime inputFrom;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private @Nullable LocalDateTime inputTo;
	private String description = "";

	static ForumForm of(ForumView forum) {
		ForumForm form = new ForumForm();
		form.title = forum.title();
		form.districtCode = forum.districtCode();
		form.place = forum.place() == null ? "" : forum.place();
		form.heldOn = forum.heldOn();
		form.inputFrom = LocalDateTime.ofInstant(forum.inputFrom(), ForumController.ZONE);
		form.inputTo = LocalDateTime.ofInstant(forum.inputTo(), ForumController.ZONE);
		form.description = forum.description();
		return form;
	}

	ForumDraft toDraft() {
		return new ForumDraft(title, districtCode, place, heldOn, inputFrom, inputTo, description);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public @Nullable LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(@Nullable LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public @Nullable LocalDateTime getInputFrom() {
		return inputFrom;
	}

	public void setInputFrom(@Nullable LocalDateTime inputFrom) {
		this.inputFrom = inputFrom;
	}

	public @Nullable LocalDateTime getInputTo() {
		return inputTo;
	}

	public void setInputTo(@Nullable LocalDateTime inputTo) {
		this.inputTo = inputTo;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
