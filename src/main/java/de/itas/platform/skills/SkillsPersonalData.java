package de.itas.platform.skills;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/** The skills module's part of a person's data: the goal saved on "Mein Weg" and the current occupation. */
@Component
class SkillsPersonalData implements PersonalData {

	private final PersonalGoals goals;
	private final CurrentOccupations currentOccupations;
	private final AcquiredSkills acquired;

	SkillsPersonalData(PersonalGoals goals, CurrentOccupations currentOccupations, AcquiredSkills acquired) {
		this.goals = goals;
		this.currentOccupations = currentOccupations;
		this.acquired = acquired;
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
		currentOccupations.current(person)
			.ifPresentOrElse(current -> data.put("currentOccupation", Map.of("label", current.occupation().label(),
					"uri", current.occupation().uri(), "chosenAt", current.chosenAt().toString())),
					() -> currentOccupations.storedUri(person)
						.ifPresent(uri -> data.put("currentOccupation", Map.of("uri", uri))));
		List<Map<String, Object>> skills = acquired.of(person).stream()
			.map(skill -> Map.<String, Object>of("uri", skill.skillUri(), "source", skill.source(), "sourceTitle",
					skill.sourceTitle(), "acquiredAt", skill.acquiredAt().toString()))
			.toList();
		if (!skills.isEmpty()) {
			data.put("acquiredSkills", skills);
		}
		return data;
	}

	@Override
	public void erase(UUID person) {
		goals.delete(person);
		currentOccupations.forget(person);
		acquired.forget(person);
	}

}
