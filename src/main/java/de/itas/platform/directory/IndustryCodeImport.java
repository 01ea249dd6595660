package de.itas.platform.directory;

import java.io.Serializable;
import java.util.Map;

/**
 * The outcome of an import of WZ 2008 codes.
 *
 * @param total rows in the file
 * @param inserted codes that were new
 * @param updated codes that existed and were overwritten with the file's version
 * @param perLevel rows in the file per level (1 to 5)
 */
// serializable: the admin page hands it over to the next request in the (database-backed) session
public record IndustryCodeImport(int total, int inserted, int updated, Map<Integer, Integer> perLevel)
		implements Serializable {

	public IndustryCodeImport {
		perLevel = Map.copyOf(perLevel);
	}

}
