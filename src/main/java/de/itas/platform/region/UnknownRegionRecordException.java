package de.itas.platform.region;

/** A district, partner, action field or help desk with this code does not exist. */
public class UnknownRegionRecordException extends RuntimeException {

	public UnknownRegionRecordException(String code) {
		super("No region record with code " + code);
	}

}
