package de.itas.platform.skills;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Skills under one heading of the skill hierarchy (the group below the pillar, e.g. "Arbeiten mit
 * Maschinen und Spezialausrüstungen"). A null uri and label is the group of skills the hierarchy does not
 * place ("Weitere Kompetenzen").
 */
public record SkillGroupSkills(@Nullable String uri, @Nullable String label, List<SkillRequirement> skills) {

	public boolean other() {
		return uri == null;
	}

}
