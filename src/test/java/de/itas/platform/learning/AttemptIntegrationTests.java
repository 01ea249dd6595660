package de.itas.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.learning.scorm.CmiDataModel;
import de.itas.platform.learning.scorm.DemoScormPackage;
import de.itas.platform.shared.security.PlatformUser;

/**
 * Attempts on the server: the content's calls are stored per learner, SCO and attempt with the data model's rules
 * (status never drops, the mastery score decides, long suspend data kept), a closed tab resumes, and a new attempt
 * starts afresh while the old one stays.
 */
@PlatformTest
class AttemptIntegrationTests {

	@Autowired
	PackageImport importer;

	@Autowired
	PackageStore store;

	@Autowired
	Attempts attempts;

	@Autowired
	PackagesPersonalData personalData;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	private PackageView demoPackage() throws Exception {
		Path zip = java.nio.file.Files.createTempFile("demo", ".zip");
		DemoScormPackage.writeZip(zip);
		UUID id = importer.importZip(zip, "Demo " + UUID.randomUUID(), null, UUID.randomUUID());
		store.publish(id, java.time.Instant.now());
		return store.find(id).orElseThrow();
	}

	private static Attempts.Call call(String fn, String... args) {
		return new Attempts.Call(fn, Arrays.asList(args));
	}

	@Test
	void callsArePersistedAndTheStatusNeverDrops() throws Exception {
		PackageView pack = demoPackage();
		PackageItem lesson = pack.structure().launchable().get(0);
		PlatformUser learner = accounts.person("Lernende Status " + UUID.randomUUID().toString().substring(0, 8));
		Attempts.Launch launch = attempts.launch(pack, lesson, learner);
		Attempts.Outcome outcome = attempts.apply(pack.id(), launch.attemptId(), lesson.id(), launch.launchId(),
				List.of(call("LMSInitialize", ""), call("LMSSetValue", "cmi.core.lesson_location", "seite-3"),
						call("LMSSetValue", "cmi.core.lesson_status", "completed"),
						call("LMSSetValue", "cmi.core.lesson_status", "incomplete"),
						call("LMSSetValue", "cmi.core.lesson_status", "kaputt"), call("LMSGetLastError"),
						call("LMSCommit", "")),
				learner);
		assertThat(outcome.results()).containsExactly("true", "true", "true", "true", "false", "405", "true");
		assertThat(outcome.values()).containsEntry("cmi.core.lesson_status", "completed")
			.containsEntry("cmi.core.lesson_location", "seite-3");
		CmiDataModel stored = attempts.state(launch.attemptId(), lesson.id()).orElseThrow();
		assertThat(stored.lessonStatus()).isEqualTo("completed");
		assertThat(stored.lessonLocation()).isEqualTo("seite-3");
	}

	@Test
	void aLearnersAttemptsAreInTheirExportAndGoneAfterErasure() throws Exception {
		PackageView pack = demoPackage();
		PackageItem lesson = pack.structure().launchable().get(0);
		PlatformUser learner = accounts.person("Lernende Daten " + UUID.randomUUID().toString().substring(0, 8));
		Attempts.Launch launch = attempts.launch(pack, lesson, learner);
		attempts.apply(pack.id(), launch.attemptId(), lesson.id(), launch.launchId(),
				List.of(call("LMSInitialize", ""), call("LMSSetValue", "cmi.core.lesson_location", "seite-7"),
						call("LMSCommit", "")),
				learner);

		Map<String, Object> export = personalData.export(learner.id());
		assertThat(export).containsKey("attempts");
		assertThat(export.get("attempts").toString()).contains(pack.title(), "seite-7");
		personalData.erase(learner.id());
		assertThat(personalData.export(learner.id())).isEmpty();
		assertThat(attempts.state(launch.attemptId(), lesson.id())).isEmpty();

		UUID uploader = UUID.randomUUID();
		Path zip = java.nio.file.Files.createTempFile("demo", ".zip");
		DemoScormPackage.writeZip(zip);
		UUID uploaded = importer.importZip(zip, "Hochgeladen " + UUID.randomUUID(), null, uploader);
		assertThat(personalData.export(uploader).get("uploadedPackages").toString()).contains("Hochgeladen");
		personalData.erase(uploader);
		assertThat(personalData.export(uploader)).isEmpty();
		assertThat(store.find(uploaded)).as("the package stays, without its uploader").isPresent()
			.get().extracting(PackageView::uploadedBy).isNull();
	}

	@Test
	void theMasteryScoreDecidesWhenTheContentReportsOnlyAScore() throws Exception {
		PackageView pack = demoPackage();
		PackageItem quiz = pack.structure().launchable().get(1);
		assertThat(quiz.masteryScore()).isEqualByComparingTo("70");
		PlatformUser passing = accounts.person("Lernende Bestehen " + UUID.randomUUID().toString().substring(0, 8));
		Attempts.Launch launch = attempts.launch(pack, quiz, passing);
		attempts.apply(pack.id(), launch.attemptId(), quiz.id(), launch.launchId(),
				List.of(call("LMSInitialize", ""), call("LMSSetValue", "cmi.core.score.raw", "85"), call("LMSCommit", ""),
						call("LMSFinish", "")),
				passing);
		CmiDataModel passed = attempts.state(launch.attemptId(), quiz.id()).orElseThrow();
		assertThat(passed.lessonStatus()).isEqualTo("passed");
		assertThat(passed.scoreRaw()).isEqualByComparingTo(new BigDecimal("85"));

		PlatformUser failing = accounts.person("Lernende Scheitern " + UUID.randomUUID().toString().substring(0, 8));
		Attempts.Launch other = attempts.launch(pack, quiz, failing);
		attempts.apply(pack.id(), other.attemptId(), quiz.id(), other.launchId(),
				List.of(call("LMSInitialize", ""), call("LMSSetValue", "cmi.core.score.raw", "40"), call("LMSFinish", "")),
				failing);
		assertThat(attempts.state(other.attemptId(), quiz.id()).orElseThrow().lessonStatus()).isEqualTo("failed");
	}

	@Test
	void aClosedTabResumesWithEntryResumeAndLongSuspendDataKept() throws Exception {
		PackageView pack = demoPackage();
		PackageItem lesson = pack.structure().launchable().get(0);
		PlatformUser learner = accounts.person("Lernende Fortsetzen " + UUID.randomUUID().toString().substring(0, 8));
		String suspendData = "x".repeat(20_000);
		Attempts.Launch first = attempts.launch(pack, lesson, learner);
		attempts.apply(pack.id(), first.attemptId(), lesson.id(), first.launchId(),
				List.of(call("LMSInitialize", ""), call("LMSSetValue", "cmi.suspend_data", suspendData),
						call("LMSSetValue", "cmi.core.lesson_location", "7"),
						call("LMSSetValue", "cmi.core.session_time", "00:05:00")),
				learner);
		// the tab is closed: no LMSFinish; the next launch ends the session as suspended
		Attempts.Launch second = attempts.launch(pack, lesson, learner);
		assertThat(second.attemptId()).isEqualTo(first.attemptId());
		Map<String, String> values = attempts.launchValues(second.launchId()).orElseThrow();
		assertThat(values).containsEntry("cmi.core.entry", "resume")
			.containsEntry("cmi.core.lesson_location", "7")
			.containsEntry("cmi.core.total_time", "0000:05:00.00");
		assertThat(values.get("cmi.suspend_data")).hasSize(20_000);
		// calls of the older launch are refused
		assertThatThrownBy(() -> attempts.apply(pack.id(), first.attemptId(), lesson.id(), first.launchId(),
				List.of(call("LMSInitialize", "")), learner)).isInstanceOf(Attempts.StaleLaunchException.class);
	}

	@Test
	void aNewAttemptStartsAfreshAndTheOldOneIsListed() throws Exception {
		PackageView pack = demoPackage();
		PackageItem lesson = pack.structure().launchable().get(0);
		PlatformUser learner = accounts.person("Lernende Versuche " + UUID.randomUUID().toString().substring(0, 8));
		Attempts.Launch first = attempts.launch(pack, lesson, learner);
		attempts.apply(pack.id(), first.attemptId(), lesson.id(), first.launchId(),
				List.of(call("LMSInitialize", ""), call("LMSSetValue", "cmi.core.lesson_status", "completed"),
						call("LMSFinish", "")),
				learner);
		mvc.perform(post("/lernen/pakete/" + pack.id() + "/versuche").with(user(learner)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Attempts.Launch second = attempts.launch(pack, lesson, learner);
		assertThat(second.attemptNumber()).isEqualTo(2);
		assertThat(attempts.launchValues(second.launchId()).orElseThrow()).containsEntry("cmi.core.lesson_status",
				"not attempted").containsEntry("cmi.core.entry", "ab-initio");
		List<Attempts.AttemptSummary> listed = attempts.attempts(pack, learner);
		assertThat(listed).extracting(Attempts.AttemptSummary::number).containsExactly(2, 1);
		assertThat(listed.get(1).scos()).singleElement()
			.satisfies(sco -> assertThat(sco.lessonStatus()).isEqualTo("completed"));
	}

	@Test
	void theCallEndpointAcceptsOnlyTheLearnersOwnAttempt() throws Exception {
		PackageView pack = demoPackage();
		PackageItem lesson = pack.structure().launchable().get(0);
		PlatformUser learner = accounts.person("Lernende Endpunkt " + UUID.randomUUID().toString().substring(0, 8));
		PlatformUser other = accounts.person("Andere Endpunkt " + UUID.randomUUID().toString().substring(0, 8));
		mvc.perform(get("/lernen/pakete/" + pack.id() + "/spielen").with(user(learner))).andExpect(status().isOk());
		Attempts.Launch launch = attempts.launch(pack, lesson, learner);
		String body = "{\"launch\":\"" + launch.launchId() + "\",\"item\":\"" + lesson.id()
				+ "\",\"calls\":[{\"fn\":\"LMSInitialize\",\"args\":[\"\"]}]}";
		String url = "/lernen/pakete/" + pack.id() + "/versuche/" + launch.attemptId() + "/aufrufe";
		mvc.perform(post(url).with(user(other)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isNotFound());
		mvc.perform(post(url).with(user(learner)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post(url).with(user(learner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("LMSInitialize", "eval"))).andExpect(status().isBadRequest());
		mvc.perform(post(url).with(user(learner)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

}
