package de.itas.platform.skills;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/** The skills module's part of a person's data: the goal saved on "Mein Weg". */
@Component
class SkillsPersonalData implements PersonalData {

	private final PersonalGoals goals;

	SkillsPersonalData(PersonalGoals goals) {
		this.goals = goals;
	}

	@Override
	public String module() {
		return "skills";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		goals.goal(person).ifPresent(goal -> data.put("goal", Map.of("from", goal.from().label(), "fromUri",
				goal.from().uri(), "target", goal.target().label(), "targetUri", goal.target().uri(), "skills",
				goal.skillUris(), "savedAt", goal.savedAt().toString())));
		return data;
	}

	@Override
	public void erase(UUID person) {
		goals.delete(person);
	}

}
