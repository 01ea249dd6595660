package de.itas.platform.skills;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import de.itas.platform.skills.engine.TaxonomyIndex;
import org.springframework.modulith.NamedInterface;

/**
 * The skills module's API for reading the taxonomy: find occupations by job title, read an occupation
 * with its skills, rank the occupations within reach. Answers come from the in-memory index.
 */
@Service
@NamedInterface("api")
public class Occupations {

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_LIMIT = 50;

	private final TaxonomyIndexHolder index;

	Occupations(TaxonomyIndexHolder index) {
		this.index = index;
	}

	/**
	 * Occupations for a job title as people write it, best first.
	 *
	 * @throws InvalidQueryException for an empty, overlong (over 200 characters) or control-character
	 * query, one with fewer than two letters or digits, or a limit outside 1–50
	 */
	public List<OccupationMatch> search(String query, int limit) {
		checkTitle(query);
		checkLimit(limit);
		return index.current().search(query, limit);
	}

	/** The broadest groups of the ISCO-08 classification, for browsing occupations by group. */
	public List<OccupationGroup.GroupLink> topGroups() {
		return index.current().topGroups();
	}

	/** An ISCO group with the groups above and below it and, for a unit group, its occupations. */
	public Optional<OccupationGroup> group(String code) {
		return index.current().group(code);
	}

	public Optional<OccupationDetails> occupation(String uri) {
		return index.current().occupation(uri);
	}

	public Optional<OccupationSummary> summary(String uri) {
		return index.current().summary(uri);
	}

	public Optional<SkillRequirement> skill(String uri) {
		return index.current().skill(uri);
	}

	/** Skills whose label contains every word of the query, for people adding skills of their own. */
	public List<SkillRequirement> searchSkills(String query, int limit) {
		checkQuery(query);
		checkLimit(limit);
		return index.current().searchSkills(query, limit);
	}

	/**
	 * The skills under the headings of the skill hierarchy (headings in the hierarchy's order; skills in
	 * the given order within a heading; skills the hierarchy does not place last, in a group without uri).
	 */
	public List<SkillGroupSkills> groupByHierarchy(List<SkillRequirement> skills) {
		return index.current().group(skills);
	}

	/**
	 * Occupations within reach, best first.
	 *
	 * @throws UnknownOccupationException when a source occupation is not in the taxonomy
	 * @throws InvalidQueryException for a limit outside 1–50 or no source occupation
	 */
	public List<Pathway> pathways(PathwayQuery query) {
		checkLimit(query.limit());
		if (query.from().isEmpty()) {
			throw new InvalidQueryException("no-source");
		}
		TaxonomyIndex current = index.current();
		for (String uri : query.from()) {
			if (!current.contains(uri)) {
				throw new UnknownOccupationException(uri);
			}
		}
		return current.pathways(query);
	}

	public boolean isFutureOriented(OccupationSummary occupation) {
		return index.current().isFutureOriented(occupation);
	}

	public int occupationCount() {
		return index.current().occupationCount();
	}

	static void checkQuery(String query) {
		if (query.isBlank()) {
			throw new InvalidQueryException("empty");
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidQueryException("too-long");
		}
		if (query.codePoints().anyMatch(Occupations::isControl)) {
			throw new InvalidQueryException("control-characters");
		}
	}

	/** A job title needs at least two letters or digits: one letter or only symbols finds nothing sensible. */
	static void checkTitle(String query) {
		checkQuery(query);
		if (query.codePoints().filter(Character::isLetterOrDigit).limit(2).count() < 2) {
			throw new InvalidQueryException("too-short");
		}
	}

	private static boolean isControl(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.SURROGATE;
	}

	static void checkLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidQueryException("limit");
		}
	}

}
