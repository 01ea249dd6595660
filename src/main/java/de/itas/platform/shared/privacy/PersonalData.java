package de.itas.platform.shared.privacy;

import java.util.Map;
import java.util.UUID;

/**
 * A module's part of a person's personal data. Every module that stores data about a person registers
 * one bean: the accounts module collects them for the export ("Meine Daten") and calls them when an
 * account is finally deleted.
 */
public interface PersonalData {

	/** The module's name, the key of its part of the export. */
	String module();

	/** Everything the module stores about the person, as JSON-friendly values (maps, lists, strings, numbers). */
	Map<String, Object> export(UUID person);

	/**
	 * Removes the person's data; what must stay for statistics is kept without anything that identifies
	 * the person. Runs in the deleting transaction.
	 */
	void erase(UUID person);

}
