package de.itas.platform.skills;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** An occupation with its description, other names and skills (essential first). */
@NamedInterface("api")
public record OccupationDetails(OccupationSummary summary, @Nullable String description, List<String> otherLabels,
		List<SkillRequirement> skills) {

	public String uri() {
		return summary.uri();
	}

	public String label() {
		return summary.label();
	}

	public List<SkillRequirement> essentialSkills() {
		return skills.stream().filter(SkillRequirement::essential).toList();
	}

	public List<SkillRequirement> optionalSkills() {
		return skills.stream().filter(skill -> !skill.essential()).toList();
	}

}
