package de.itas.platform.skills;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to rank pathways for.
 *
 * @param from the occupations people come from (one for a person, several for a team)
 * @param skills the person's own skills replacing the occupations' default skills, or null
 * @param futureOnly only targets with a green share or digital share above the configured thresholds
 * @param excludeSameGroup leave out targets in the same ISCO unit group as a source occupation
 */
public record PathwayQuery(List<String> from, @Nullable List<String> skills, int limit, boolean futureOnly,
		boolean excludeSameGroup) {

	public static PathwayQuery from(String occupationUri, int limit) {
		return new PathwayQuery(List.of(occupationUri), null, limit, false, false);
	}

}
