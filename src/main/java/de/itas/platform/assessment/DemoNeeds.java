package de.itas.platform.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The demo needs file ({@code region/<name>/demo/assessment-needs.json}): templates and how often they occur. */
record DemoNeeds(List<Template> needs) {

	record Occupation(String uri, String label, String group, String groupLabel) {
	}

	record Template(Occupation occupation, List<NeedDetails.Skill> skills, int share, int minEmployees,
			int maxEmployees, Horizon horizon, Urgency urgency, Set<TrainingFormat> formats, @Nullable String comment) {
	}

	/** The templates one company gets: each with its share as the chance, at least one. */
	List<Template> needsFor(int index, Random random) {
		List<Template> chosen = new ArrayList<>();
		for (Template template : needs) {
			if (random.nextInt(100) < template.share()) {
				chosen.add(template);
			}
		}
		if (chosen.isEmpty()) {
			chosen.add(needs.get(index % needs.size()));
		}
		return chosen;
	}

}
