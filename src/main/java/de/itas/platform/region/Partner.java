package de.itas.platform.region;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A consortium partner of the network. */
@Entity
@Table(schema = "region", name = "partner")
class Partner {

	@Id
	private String code;

	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "de", column = @Column(name = "focus_de")),
			@AttributeOverride(name = "en", column = @Column(name = "focus_en")) })
	private LocalizedText focus;

	private String email;

	private String phone;

	private String website;

	@Embedded
	private Address address;

	@Column(name = "sort_order")
	private int sortOrder;

	@Version
	private long version;

	protected Partner() {
	}

	Partner(String code, int sortOrder, PartnerDetails details) {
		this.code = code;
		this.sortOrder = sortOrder;
		change(details);
	}

	void change(PartnerDetails details) {
		this.name = details.name();
		this.shortName = details.shortName();
		this.focus = details.focus();
		this.email = details.email();
		this.phone = details.phone();
		this.website = details.website();
		this.address = details.address();
	}

	PartnerSummary toSummary() {
		return new PartnerSummary(code, new PartnerDetails(name, shortName, focus, email, phone, website, address),
				version);
	}

	String code() {
		return code;
	}

	String shortName() {
		return shortName;
	}

	int sortOrder() {
		return sortOrder;
	}

	long version() {
		return version;
	}

}
