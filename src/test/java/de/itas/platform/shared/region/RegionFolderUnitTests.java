package de.itas.platform.shared.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The region folder: found by name, its files resolved below it, an unknown name refused with the choices. */
class RegionFolderUnitTests {

	@Test
	void theRegionsOnTheClassPathAreTheFoldersWithTexts() {
		assertThat(RegionFolder.available()).contains("leipzig", "suedwestsachsen");
	}

	@Test
	void filesAreResolvedBelowTheRegionsFolder() throws IOException {
		RegionFolder region = new RegionFolder("leipzig");
		assertThat(region.name()).isEqualTo("leipzig");
		assertThat(region.path("demo/companies.json")).isEqualTo("region/leipzig/demo/companies.json");
		try (InputStream in = region.open("districts.json")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("14730");
		}
		assertThat(region.file("nothing.json").exists()).isFalse();
		assertThatThrownBy(() -> region.open("nothing.json")).isInstanceOf(IOException.class)
			.hasMessageContaining("region/leipzig/nothing.json");
	}

	@Test
	void anUnknownRegionIsRefusedWithTheRegionsThatExist() {
		assertThatThrownBy(() -> new RegionFolder("atlantis")).isInstanceOfSatisfying(UnknownRegionException.class,
				ex -> {
					assertThat(ex).hasMessageContaining("'atlantis'");
					assertThat(ex.available()).contains("leipzig", "suedwestsachsen");
					FailureAnalysis analysis = new UnknownRegionFailureAnalyzer().analyze(ex);
					assertThat(analysis.getAction()).contains("ITAS_REGION").contains("leipzig, ").contains("suedwestsachsen");
				});
		// a name is a folder name, never a path
		assertThatThrownBy(() -> new RegionFolder("../region/leipzig")).isInstanceOf(UnknownRegionException.class);
	}

}
