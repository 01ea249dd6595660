package de.itas.platform.trainings.search;

import java.util.List;
import java.util.Map;

import de.itas.platform.trainings.Format;

/**
 * How many offers each filter value would find, given the other filters.
 *
 * @param districts offers with an upcoming run per district code
 * @param skills the most frequent skills taught
 */
public record SearchFacets(Map<String, Long> districts, Map<Format, Long> formats, Map<DurationClass, Long> durations,
		long azav, long fundable, List<SkillCount> skills) {

	public SearchFacets {
		districts = Map.copyOf(districts);
		formats = Map.copyOf(formats);
		durations = Map.copyOf(durations);
		skills = List.copyOf(skills);
	}

	public record SkillCount(String uri, String label, long count) {
	}

	public long district(String code) {
		return districts.getOrDefault(code, 0L);
	}

	public long format(Format format) {
		return formats.getOrDefault(format, 0L);
	}

	public long duration(DurationClass duration) {
		return durations.getOrDefault(duration, 0L);
	}

}
