package de.itas.platform.region.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.itas.platform.region.DistrictKind;
import de.itas.platform.region.DistrictSummary;

/** Admin form for a district. */
class DistrictForm {

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 120, message = "{common.validation.max-length}")
	private String name = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 120, message = "{common.validation.max-length}")
	private String seat = "";

	@NotNull(message = "{common.validation.required}")
	private DistrictKind kind = DistrictKind.LANDKREIS;

	private long version;

	static DistrictForm of(DistrictSummary district) {
		DistrictForm form = new DistrictForm();
		form.name = district.name();
		form.seat = district.seat();
		form.kind = district.kind();
		form.version = district.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSeat() {
		return seat;
	}

	public void setSeat(String seat) {
		this.seat = seat;
	}

	public DistrictKind getKind() {
		return kind;
	}

	public void setKind(DistrictKind kind) {
		this.kind = kind;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
