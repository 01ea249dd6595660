package de.itas.platform.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A district (Landkreis or kreisfreie Stadt) of the region. */
@Entity
@Table(schema = "region", name = "district")
class District {

	@Id
	private String code;

	private String name;

	private String seat;

	@Enumerated(EnumType.STRING)
	private DistrictKind kind;

	@Column(name = "regional_key")
	private @Nullable String regionalKey;

	@Column(name = "sort_order")
	private int sortOrder;

	@Version
	private long version;

	protected District() {
	}

	District(String code, String name, String seat, DistrictKind kind, @Nullable String regionalKey, int sortOrder) {
		this.code = code;
		this.name = name;
		this.seat = seat;
		this.kind = kind;
		this.regionalKey = regionalKey;
		this.sortOrder = sortOrder;
	}

	/** Takes the official key from the region's data while the district has none; answers whether it did. */
	boolean completeRegionalKey(@Nullable String key) {
		if (regionalKey != null || key == null) {
			return false;
		}
		regionalKey = key;
		return true;
	}

	void change(String name, String seat, DistrictKind kind) {
		this.name = name;
		this.seat = seat;
		this.kind = kind;
	}

	DistrictSummary toSummary() {
		return new DistrictSummary(code, name, seat, kind, regionalKey, version);
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	int sortOrder() {
		return sortOrder;
	}

	long version() {
		return version;
	}

}
