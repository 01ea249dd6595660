package de.itas.platform.skills.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A complete taxonomy as read from an export or loaded from the database: the unit that an import
 * writes and an index is built from.
 */
public record TaxonomySnapshot(List<Occupation> occupations, List<Skill> skills, List<Relation> relations,
		List<IscoGroup> iscoGroups, List<SkillGroup> skillGroups, List<Broader> skillHierarchy,
		List<String> warnings) {

	public record Occupation(String uri, @Nullable String code, @Nullable String iscoGroup, String preferredLabel,
			List<String> altLabels, List<String> hiddenLabels, @Nullable String description,
			@Nullable Double greenShare) {
	}

	public record Skill(String uri, @Nullable String labelDe, String labelEn, @Nullable String type,
			@Nullable String reuseLevel, @Nullable String description, boolean green, boolean digital,
			boolean transversal) {

		/** The German label, or the English one where the German export has none. */
		public String label() {
			return labelDe != null ? labelDe : labelEn;
		}

	}

	public record Relation(String occupationUri, String skillUri, boolean essential) {
	}

	public record IscoGroup(String code, String uri, String label) {
	}

	public record SkillGroup(String uri, @Nullable String code, String label) {
	}

	public record Broader(String conceptUri, String broaderUri) {
	}

}
