package de.itas.platform.region;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A help desk (Anlaufstelle): a place where companies and people get first advice. */
@Entity
@Table(schema = "region", name = "help_desk")
class HelpDesk {

	@Id
	private String code;

	private String name;

	@Column(name = "partner_code")
	private String partnerCode;

	@Column(name = "district_code")
	private String districtCode;

	@Embedded
	private Address address;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "de", column = @Column(name = "opening_hours_de")),
			@AttributeOverride(name = "en", column = @Column(name = "opening_hours_en")) })
	private LocalizedText openingHours;

	private String phone;

	private String email;

	@Version
	private long version;

	protected HelpDesk() {
	}

	HelpDesk(String code, HelpDeskDetails details) {
		this.code = code;
		change(details);
	}

	void change(HelpDeskDetails details) {
		this.name = details.name();
		this.partnerCode = details.partnerCode();
		this.districtCode = details.districtCode();
		this.address = details.address();
		this.openingHours = details.openingHours();
		this.phone = details.phone();
		this.email = details.email();
	}

	HelpDeskDetails details() {
		return new HelpDeskDetails(name, partnerCode, districtCode, address, openingHours, phone, email);
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String partnerCode() {
		return partnerCode;
	}

	String districtCode() {
		return districtCode;
	}

	long version() {
		return version;
	}

}
