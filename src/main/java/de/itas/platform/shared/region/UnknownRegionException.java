package de.itas.platform.shared.region;

import java.util.List;

/** The configured region ({@code platform.region}, {@code ITAS_REGION}) has no folder on the class path. */
public class UnknownRegionException extends IllegalStateException {

	private final List<String> available;

	UnknownRegionException(String name, List<String> available) {
		super("There is no region '" + name + "': no folder region/" + name + "/ with a messages.properties on the class path");
		this.available = List.copyOf(available);
	}

	/** The regions that exist. */
	public List<String> available() {
		return available;
	}

}
