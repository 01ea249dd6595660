package de.itas.platform.learning.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform's own demo package: zipped by {@link DemoScormPackage}, unpacked safely, accepted by the parser,
 * two SCOs that talk to the runtime API, and a session as its quiz would run it.
 */
class DemoScormPackageUnitTests {

	@TempDir
	Path temp;

	@Test
	void theFileListIsTheWholeFolder() throws IOException {
		Path folder = Path.of("src/main/resources", DemoScormPackage.FOLDER);
		try (Stream<Path> files = Files.walk(folder)) {
			assertThat(files.filter(Files::isRegularFile)
				.map(path -> folder.relativize(path).toString().replace('\\', '/'))
				.toList()).containsExactlyInAnyOrderElementsOf(DemoScormPackage.FILES);
		}
	}

	@Test
	void theZipUnpacksAndParsesAsTwoGermanScos() {
		Path zip = DemoScormPackage.writeZip(temp.resolve("demo.zip"));
		Path unpacked = new SafeUnzip(UnzipLimits.defaults()).unzip(zip, temp.resolve("demo")).directory();

		ScormManifest manifest = new ManifestParser().parsePackage(unpacked);

		assertThat(manifest.defaultOrganization().title()).isEqualTo("Kreislaufwirtschaft kompakt");
		assertThat(manifest.scoItems()).hasSize(2);
		assertThat(manifest.scoItems()).extracting(manifest::launchUrl)
			.containsExactly("lektion1/index.html", "lektion2/index.html");
		ScormItem quiz = manifest.scoItems().get(1);
		assertThat(quiz.title()).isEqualTo("Lektion 2: Wissenscheck");
		assertThat(quiz.masteryScore()).isEqualByComparingTo(new BigDecimal("70"));
		assertThat(quiz.prerequisites()).isEqualTo("lektion1_item");
		assertThat(quiz.launchData()).isEqualTo("fragen=3");
		assertThat(manifest.scoItems().get(0).maxTimeAllowed()).isEqualTo("00:30:00");
		assertThat(manifest.resources().get("gemeinsam").scormType()).isEqualTo(ScormType.ASSET);
	}

	@Test
	void theScosUseTheRuntimeCallsAndAreInGerman() throws IOException {
		Path folder = Path.of("src/main/resources", DemoScormPackage.FOLDER);
		String api = Files.readString(folder.resolve("shared/scorm12.js"));
		assertThat(api).contains("LMSInitialize(\"\")", "LMSSetValue(", "LMSFinish(\"\")", "LMSCommit(\"\")",
				"win.parent", "opener");
		for (String sco : List.of("lektion1", "lektion2")) {
			String page = Files.readString(folder.resolve(sco + "/index.html"));
			assertThat(page).contains("<html lang=\"de\">", "../shared/scorm12.js", "<h1>");
		}
		assertThat(Files.readString(folder.resolve("lektion1/lektion.js"))).contains("cmi.core.lesson_location",
				"cmi.core.exit", "pagehide", "Lernpaket.start()", "Lernpaket.beenden()");
		assertThat(Files.readString(folder.resolve("lektion2/quiz.js"))).contains("cmi.core.score.raw",
				"cmi.interactions.", "pagehide");
	}

	@Test
	void aQuizSessionAsTheContentRunsItIsJudgedByTheMasteryScore() throws IOException {
		Path unpacked = new SafeUnzip(UnzipLimits.defaults())
			.unzip(DemoScormPackage.writeZip(temp.resolve("demo.zip")), temp.resolve("demo"))
			.directory();
		ScormItem quiz = new ManifestParser().parsePackage(unpacked).scoItems().get(1);
		ScormApi api = new ScormApi(CmiDataModel.newAttempt(CmiLaunch.of("p-1", "Erika Muster", quiz)));

		assertThat(api.initialize("")).isEqualTo("true");
		assertThat(api.getValue("cmi.launch_data")).isEqualTo("fragen=3");
		assertThat(api.getValue("cmi.student_data.mastery_score")).isEqualTo("70");
		assertThat(api.setValue("cmi.interactions.0.id", "frage-1")).isEqualTo("true");
		assertThat(api.setValue("cmi.interactions.0.type", "choice")).isEqualTo("true");
		assertThat(api.setValue("cmi.interactions.0.result", "correct")).isEqualTo("true");
		assertThat(api.setValue("cmi.core.score.raw", "67")).isEqualTo("true");
		assertThat(api.setValue("cmi.core.lesson_status", "completed")).isEqualTo("true");
		assertThat(api.commit("")).isEqualTo("true");
		assertThat(api.getValue("cmi.core.lesson_status")).isEqualTo("failed");
		assertThat(api.setValue("cmi.core.session_time", "0000:04:12.30")).isEqualTo("true");
		assertThat(api.finish("")).isEqualTo("true");
		assertThat(api.model().totalTime()).isEqualTo("0000:04:12.30");
	}

}
