package de.itas.platform.skills.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The finder walks the model's trees as a {@link OccupationRanker.Forest} (complete trees in flat arrays): it
 * must give the same sum as {@link RankingModel.Tree#apply}, to the last bit, for trees of any shape.
 */
class RankingForestUnitTests {

	@Test
	void theForestAddsExactlyWhatTheTreesGive() {
		Random random = new Random(7);
		int d = 12;
		List<RankingModel.Tree> trees = new ArrayList<>();
		for (int t = 0; t < 60; t++) {
			trees.add(randomTree(random, d, 1 + random.nextInt(4)));
		}
		// a tree that is a single leaf, and a forest without trees
		trees.add(new RankingModel.Tree(new int[] { -1 }, new float[1], new int[1], new int[1], new float[] { 0.125f }));
		OccupationRanker.Forest forest = new OccupationRanker.Forest(trees);
		assertThat(new OccupationRanker.Forest(List.of()).add(1.5, new float[d])).isEqualTo(1.5);
		for (int sample = 0; sample < 2000; sample++) {
			float[] x = new float[d];
			for (int i = 0; i < d; i++) {
				// a few values exactly on a threshold, the rest anywhere
				x[i] = random.nextInt(5) == 0 ? (random.nextInt(4) - 1) / 4f : (float) random.nextGaussian();
			}
			double expected = 0.25;
			for (RankingModel.Tree tree : trees) {
				expected += tree.apply(x);
			}
			assertThat(forest.add(0.25, x)).isEqualTo(expected);
		}
	}

	@Test
	void theShippedModelScoresTheSameThroughTheForest() {
		RankingModel model = RankingModel.shipped();
		OccupationRanker.Forest forest = new OccupationRanker.Forest(model.trees());
		Random random = new Random(11);
		int d = model.features().size();
		for (int sample = 0; sample < 2000; sample++) {
			float[] x = new float[d];
			for (int i = 0; i < d; i++) {
				x[i] = (float) (model.mean()[i] + model.scale()[i] * random.nextGaussian());
			}
			double linear = 0;
			for (int i = 0; i < d; i++) {
				linear += model.weights()[i] * (x[i] - model.mean()[i]) / model.scale()[i];
			}
			assertThat(forest.add(linear, x)).isEqualTo(model.raw(x));
		}
	}

	/** A random tree of at most the given depth; children are numbered after their parent. */
	private static RankingModel.Tree randomTree(Random random, int d, int depth) {
		List<int[]> nodes = new ArrayList<>();
		List<Float> thresholds = new ArrayList<>();
		List<Float> values = new ArrayList<>();
		grow(random, d, depth, nodes, thresholds, values);
		int n = nodes.size();
		RankingModel.Tree tree = new RankingModel.Tree(new int[n], new float[n], new int[n], new int[n], new float[n]);
		for (int i = 0; i < n; i++) {
			tree.feature()[i] = nodes.get(i)[0];
			tree.left()[i] = nodes.get(i)[1];
			tree.right()[i] = nodes.get(i)[2];
			tree.threshold()[i] = thresholds.get(i);
			tree.value()[i] = values.get(i);
		}
		return tree;
	}

	private static int grow(Random random, int d, int depth, List<int[]> nodes, List<Float> thresholds,
			List<Float> values) {
		int node = nodes.size();
		nodes.add(new int[] { -1, 0, 0 });
		thresholds.add(0f);
		values.add((float) random.nextGaussian() / 10);
		if (depth > 0 && random.nextInt(5) > 0) {
			int feature = random.nextInt(d);
			thresholds.set(node, (random.nextInt(4) - 1) / 4f);
			int left = grow(random, d, depth - 1, nodes, thresholds, values);
			int right = grow(random, d, depth - 1, nodes, thresholds, values);
			nodes.set(node, new int[] { feature, left, right });
			values.set(node, 0f);
		}
		return node;
	}

}
