package de.itas.platform.skills;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An occupation the finder suggests for a job title: the label that matched it best, the labels of its
 * skills that share words with the title (why it was suggested), its score (0 to 1, comparable across
 * titles) and whether that score is below the threshold under which no suggestion fits well.
 */
@NamedInterface("api")
public record OccupationMatch(String uri, String label, double score, String matchedLabel, List<String> matchedSkills,
		boolean weak) {

	public OccupationMatch {
		matchedSkills = List.copyOf(matchedSkills);
	}

	/**
	 * The label and skill texts that explain the match, the matched label first unless it only repeats the
	 * occupation's name (or one of its gendered forms, e.g. "Industriemechaniker" for
	 * "Industriemechaniker/Industriemechanikerin").
	 */
	public List<String> explanation() {
		List<String> reasons = new java.util.ArrayList<>();
		if (!matchedLabel.isBlank() && !repeatsName()) {
			reasons.add(matchedLabel);
		}
		reasons.addAll(matchedSkills);
		return reasons;
	}

	private boolean repeatsName() {
		String matched = matchedLabel.strip();
		return matched.equalsIgnoreCase(label.strip()) || java.util.Arrays.stream(label.split("/"))
			.map(String::strip)
			.anyMatch(matched::equalsIgnoreCase);
	}

}
