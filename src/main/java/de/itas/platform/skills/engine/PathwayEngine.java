package de.itas.platform.skills.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.itas.platform.skills.engine.TaxonomySnapshot.Relation;

/**
 * Ranks the occupations a person can reach with the skills they have. A target's requirements are its
 * skills weighted by rarity (inverse occupation frequency: "Lichtbogenschweißen" says more than
 * "Teamarbeit") and by relation (essential counts twice as much as optional). The score blends how much
 * of the target's weighted requirements the person covers with how much of the person's own profile the
 * target uses, so that a tiny target that happens to share two common skills does not win.
 * <p>
 * Works on positions (occupation and skill indexes of the snapshot); immutable and thread-safe.
 */
public final class PathwayEngine {

	static final float OPTIONAL_WEIGHT = 0.5f;

	private static final double TARGET_COVERAGE_EXPONENT = 0.7;

	private final int occupationCount;
	private final int[][] occupationSkills;
	private final boolean[][] occupationEssential;
	private final float[] skillWeight;
	private final float[] occupationTotal;
	private final int[][] skillOccupations;
	private final boolean[][] skillEssential;

	public PathwayEngine(int occupationCount, int skillCount, List<Relation> relations,
			Map<String, Integer> occupationIndex, Map<String, Integer> skillIndex) {
		this.occupationCount = occupationCount;
		List<List<int[]>> byOccupation = new ArrayList<>(occupationCount);
		for (int i = 0; i < occupationCount; i++) {
			byOccupation.add(new ArrayList<>());
		}
		int[] frequency = new int[skillCount];
		for (Relation relation : relations) {
			Integer occupation = occupationIndex.get(relation.occupationUri());
			Integer skill = skillIndex.get(relation.skillUri());
			if (occupation != null && skill != null) {
				byOccupation.get(occupation).add(new int[] { skill, relation.essential() ? 1 : 0 });
				frequency[skill]++;
			}
		}
		int withSkills = (int) byOccupation.stream().filter(list -> !list.isEmpty()).count();
		this.skillWeight = new float[skillCount];
		for (int skill = 0; skill < skillCount; skill++) {
			skillWeight[skill] = (float) Math.log(1.0 + (double) Math.max(1, withSkills) / (1 + frequency[skill]));
		}
		this.occupationSkills = new int[occupationCount][];
		this.occupationEssential = new boolean[occupationCount][];
		this.occupationTotal = new float[occupationCount];
		List<List<int[]>> bySkill = new ArrayList<>(skillCount);
		for (int i = 0; i < skillCount; i++) {
			bySkill.add(new ArrayList<>());
		}
		for (int occupation = 0; occupation < occupationCount; occupation++) {
			List<int[]> list = byOccupation.get(occupation);
			list.sort(Comparator.comparingInt(pair -> pair[0]));
			occupationSkills[occupation] = list.stream().mapToInt(pair -> pair[0]).toArray();
			occupationEssential[occupation] = new boolean[list.size()];
			float total = 0;
			for (int k = 0; k < list.size(); k++) {
				boolean essential = list.get(k)[1] == 1;
				occupationEssential[occupation][k] = essential;
				total += relationWeight(list.get(k)[0], essential);
				bySkill.get(list.get(k)[0]).add(new int[] { occupation, list.get(k)[1] });
			}
			occupationTotal[occupation] = total;
		}
		this.skillOccupations = new int[skillCount][];
		this.skillEssential = new boolean[skillCount][];
		for (int skill = 0; skill < skillCount; skill++) {
			List<int[]> list = bySkill.get(skill);
			skillOccupations[skill] = list.stream().mapToInt(pair -> pair[0]).toArray();
			skillEssential[skill] = new boolean[list.size()];
			for (int k = 0; k < list.size(); k++) {
				skillEssential[skill][k] = list.get(k)[1] == 1;
			}
		}
	}

	private float relationWeight(int skill, boolean essential) {
		return skillWeight[skill] * (essential ? 1.0f : OPTIONAL_WEIGHT);
	}

	/** The skills of an occupation (positions) and whether each is essential. */
	public int[] skillsOf(int occupation) {
		return occupationSkills[occupation].clone();
	}

	public boolean isEssential(int occupation, int skill) {
		int k = Arrays.binarySearch(occupationSkills[occupation], skill);
		return k >= 0 && occupationEssential[occupation][k];
	}

	public boolean hasSkills(int occupation) {
		return occupationSkills[occupation].length > 0;
	}

	/** A ranked target with the person's skills it uses and the ones it still needs (essential first). */
	public record Target(int occupation, double score, int[] shared, int[] missing) {
	}

	/** Filters chosen by the caller; {@code null} accepts every target. */
	public interface TargetFilter {

		boolean accepts(int occupation);

	}

	/**
	 * The best targets for a person with these skills, excluding the occupations in {@code exclude}.
	 *
	 * @param personWeights optional weight per held skill (as the source occupation weighs them); null
	 * means all held skills weigh by rarity alone
	 */
	public List<Target> rank(int[] heldSkills, float @Nullable [] personWeights, int[] exclude,
			@Nullable TargetFilter filter, int limit) {
		if (heldSkills.length == 0 || limit <= 0) {
			return List.of();
		}
		float[] covered = new float[occupationCount];
		float[] usedOfPerson = new float[occupationCount];
		boolean[] held = new boolean[skillWeight.length];
		double personTotal = 0;
		for (int i = 0; i < heldSkills.length; i++) {
			int skill = heldSkills[i];
			if (held[skill]) {
				continue;
			}
			held[skill] = true;
			float personWeight = personWeights == null ? skillWeight[skill] : personWeights[i];
			personTotal += personWeight;
			int[] occupations = skillOccupations[skill];
			boolean[] essential = skillEssential[skill];
			for (int k = 0; k < occupations.length; k++) {
				covered[occupations[k]] += relationWeight(skill, essential[k]);
				usedOfPerson[occupations[k]] += personWeight;
			}
		}
		boolean[] excluded = new boolean[occupationCount];
		for (int occupation : exclude) {
			excluded[occupation] = true;
		}
		List<double[]> scored = new ArrayList<>();
		for (int occupation = 0; occupation < occupationCount; occupation++) {
			if (covered[occupation] <= 0 || excluded[occupation] || occupationTotal[occupation] <= 0) {
				continue;
			}
			if (filter != null && !filter.accepts(occupation)) {
				continue;
			}
			double targetCoverage = Math.min(1, covered[occupation] / occupationTotal[occupation]);
			double personCoverage = personTotal <= 0 ? 0 : Math.min(1, usedOfPerson[occupation] / personTotal);
			double score = Math.pow(targetCoverage, TARGET_COVERAGE_EXPONENT)
					* Math.pow(personCoverage, 1 - TARGET_COVERAGE_EXPONENT);
			scored.add(new double[] { occupation, score });
		}
		scored.sort((a, b) -> Double.compare(b[1], a[1]));
		List<Target> targets = new ArrayList<>(Math.min(limit, scored.size()));
		for (int i = 0; i < scored.size() && i < limit; i++) {
			int occupation = (int) scored.get(i)[0];
			targets.add(explain(occupation, Math.round(scored.get(i)[1] * 1000) / 1000.0, held));
		}
		return targets;
	}

	private Target explain(int occupation, double score, boolean[] held) {
		int[] skills = occupationSkills[occupation];
		boolean[] essential = occupationEssential[occupation];
		Integer[] order = new Integer[skills.length];
		for (int k = 0; k < skills.length; k++) {
			order[k] = k;
		}
		Arrays.sort(order, Comparator.comparing((Integer k) -> !essential[k])
			.thenComparing(k -> -skillWeight[skills[k]]));
		int[] shared = Arrays.stream(order).filter(k -> held[skills[k]]).mapToInt(k -> skills[k]).toArray();
		int[] missing = Arrays.stream(order).filter(k -> !held[skills[k]]).mapToInt(k -> skills[k]).toArray();
		return new Target(occupation, score, shared, missing);
	}

	/** The weight the source occupation gives each of its skills, for {@link #rank}. */
	public float[] weightsOf(int occupation) {
		int[] skills = occupationSkills[occupation];
		float[] weights = new float[skills.length];
		for (int k = 0; k < skills.length; k++) {
			weights[k] = relationWeight(skills[k], occupationEssential[occupation][k]);
		}
		return weights;
	}

	public float weightOfSkill(int skill) {
		return skillWeight[skill];
	}

	/** Share of an occupation's skills that are in a collection (e.g. digital), weighted by relation. */
	public double share(int occupation, boolean[] inCollection) {
		int[] skills = occupationSkills[occupation];
		if (skills.length == 0) {
			return 0;
		}
		double total = 0;
		double in = 0;
		for (int k = 0; k < skills.length; k++) {
			double weight = occupationEssential[occupation][k] ? 1.0 : OPTIONAL_WEIGHT;
			total += weight;
			if (inCollection[skills[k]]) {
				in += weight;
			}
		}
		return in / total;
	}

	static Map<String, Integer> positions(List<String> uris) {
		Map<String, Integer> positions = new HashMap<>(uris.size() * 2);
		for (int i = 0; i < uris.size(); i++) {
			positions.put(uris.get(i), i);
		}
		return positions;
	}

}
