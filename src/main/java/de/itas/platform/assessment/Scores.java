package de.itas.platform.assessment;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The scores of a completed check as stored with it: per dimension and overall, 0–100, {@code null} where
 * too many questions were answered with "weiß nicht" to give a score.
 */
public record Scores(List<DimensionScore> dimensions, @Nullable Integer overall) {

	/**
	 * @param answered questions answered on the scale
	 * @param unknown questions answered with "weiß nicht"
	 */
	public record DimensionScore(String dimension, @Nullable Integer score, int answered, int unknown) {

		public Light light() {
			return Light.of(score);
		}

	}

	public Optional<DimensionScore> of(String dimension) {
		return dimensions.stream().filter(score -> score.dimension().equals(dimension)).findFirst();
	}

	public @Nullable Integer score(String dimension) {
		return of(dimension).map(DimensionScore::score).orElse(null);
	}

	public Light overallLight() {
		return Light.of(overall);
	}

}
