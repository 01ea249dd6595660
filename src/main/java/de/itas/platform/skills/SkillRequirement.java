package de.itas.platform.skills;

import org.springframework.modulith.NamedInterface;

/**
 * A skill as an occupation needs it (essential or optional), with its German label (English where the
 * taxonomy has no German one) and the collections it belongs to.
 */
@NamedInterface("api")
public record SkillRequirement(String uri, String label, String labelEn, boolean essential, boolean knowledge,
		boolean green, boolean digital, boolean transversal) {

	public String label(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? labelEn : label;
	}

}
