package de.itas.platform.shared.loaddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The command line of {@code generate-load-data}. */
class LoadDataCommandTests {

	@Test
	void nationalIsScaleOneAndNamedSizesWin() {
		LoadDataRun run = LoadDataCommand.parse(new String[] { "generate-load-data", "--scale", "national", "--seed=abc1",
				"--persons=5000", "--demo-password" });
		assertThat(run.scale()).isEqualTo(1.0);
		assertThat(run.seed()).isEqualTo("abc1");
		assertThat(run.demoPassword()).isTrue();
		assertThat(run.size("persons", 1_000_000)).isEqualTo(5000);
		assertThat(run.size("offers", 100_000)).isEqualTo(100_000);
	}

	@Test
	void aFactorScalesEveryKind() {
		LoadDataRun run = LoadDataCommand.parse(new String[] { "generate-load-data", "--scale=0.1" });
		assertThat(run.size("persons", 1_000_000)).isEqualTo(100_000);
		assertThat(run.demoPassword()).isFalse();
		assertThat(run.seed()).matches("[a-z0-9]{6}");
	}

	@Test
	void theOldFormMakesOnlyTheNamedKinds() {
		LoadDataRun run = LoadDataCommand.parse(new String[] { "generate-load-data", "--offers", "100000", "--runs",
				"250000" });
		assertThat(run.size("offers", 100_000)).isEqualTo(100_000);
		assertThat(run.size("runs", 250_000)).isEqualTo(250_000);
		assertThat(run.size("persons", 1_000_000)).isZero();
		assertThat(run.unusedSizes()).isEmpty();
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadDataCommand.parse(new String[] { "generate-load-data" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadDataCommand.parse(new String[] { "generate-load-data", "--scale", "many" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadDataCommand.parse(new String[] { "generate-load-data", "--scale", "-1" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadDataCommand.parse(new String[] { "generate-load-data", "--persons", "1.5" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadDataCommand.parse(new String[] { "generate-load-data", "--scale", "1", "--seed", "Bad!" }));
	}

	@Test
	void idsAreComputedFromSeedKindAndNumber() {
		GeneratedIds ids = new GeneratedIds("person", "abc1", 10);
		assertThat(ids.sql("g % 10")).isEqualTo("CAST(md5('abc1:person:' || (g % 10)) AS uuid)");
		assertThat(ids.id(3)).isEqualTo(ids.id(3)).isNotEqualTo(ids.id(4));
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratedIds("person'; --", "abc1", 1));
	}

}
