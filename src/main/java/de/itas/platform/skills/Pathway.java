package de.itas.platform.skills;

import java.util.List;

/**
 * An occupation within reach: how well the person's skills carry over (0–1), the target's skills the
 * person already has and those still missing (essential first, rarer first).
 */
public record Pathway(OccupationSummary target, double score, List<SkillRequirement> sharedSkills,
		List<SkillRequirement> missingSkills) {

	public String uri() {
		return target.uri();
	}

	public String label() {
		return target.label();
	}

	public int scorePercent() {
		return (int) Math.round(score * 100);
	}

	public long missingEssentialCount() {
		return missingSkills.stream().filter(SkillRequirement::essential).count();
	}

}
