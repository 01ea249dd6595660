package de.itas.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The course editor through its pages: each rule refused with its message and nothing saved, stale saves refused,
 * providers limited to their own courses, publishing only with lesson and quiz, and a course built here taken by a
 * learner.
 */
@PlatformTest
class CourseEditorIntegrationTests {

	private static final String BASE = "/lernen/verwaltung/kurse";

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseStore store;

	@Autowired
	TestAccounts accounts;

	/** A browser announces an upload's length; the kernel refuses unannounced uploads (MockMvc sends none). */
	private static RequestPostProcessor announced() {
		return request -> {
			request.setContent(new byte[512]);
			return request;
		};
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private UUID createCourse(RequestPostProcessor as, String title) throws Exception {
		mvc.perform(post(BASE + "/neu").with(as).with(csrf()).param("title", title).param("summary", "Worum es geht")
			.param("durationMinutes", "30").param("status", "DRAFT")).andExpect(status().is3xxRedirection());
		return store.editable(null).stream().filter(course -> course.title().equals(title)).findFirst().orElseThrow()
			.id();
	}

	private CourseContent saved(UUID id) {
		return store.content(store.find(id).orElseThrow());
	}

	@Test
	void courseRulesAreRefusedWithTheirMessagesAndNothingIsSaved() throws Exception {
		RequestPostProcessor coordinator = accounts.as(Role.COORDINATOR);
		String title = unique("Unvollständig");
		mvc.perform(post(BASE + "/neu").with(coordinator).with(csrf()).param("title", title).param("summary", " ")
			.param("durationMinutes", "0").param("status", "PUBLISHED").param("actionFields", "gibt-es-nicht"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte ausfüllen.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte eine Dauer zwischen 1 und 10000")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Veröffentlichen geht erst")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("gibt es in dieser Region nicht")));
		assertThat(store.editable(null)).noneMatch(course -> course.title().equals(title));

		UUID id = createCourse(coordinator, unique("Kurs"));
		long version = store.find(id).orElseThrow().version();
		// publish without lessons and quiz is refused
		mvc.perform(post(BASE + "/" + id + "/beschreibung").with(coordinator).with(csrf()).param("title", "Neu")
			.param("summary", "S").param("durationMinutes", "30").param("status", "PUBLISHED")
			.param("version", String.valueOf(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Veröffentlichen geht erst")));
		assertThat(store.find(id).orElseThrow().status()).isEqualTo(CourseStatus.DRAFT);
		// a stale save is refused and the typed title kept
		mvc.perform(post(BASE + "/" + id + "/beschreibung").with(coordinator).with(csrf()).param("title", "Erster")
			.param("summary", "S").param("durationMinutes", "30").param("status", "DRAFT")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		mvc.perform(post(BASE + "/" + id + "/beschreibung").with(coordinator).with(csrf()).param("title", "Zweiter Stand")
			.param("summary", "S").param("durationMinutes", "30").param("status", "DRAFT")
			.param("version", String.valueOf(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("inzwischen von jemand anderem")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Zweiter Stand\"")));
		assertThat(store.find(id).orElseThrow().title()).isEqualTo("Erster");
	}

	@Test
	void lessonImageAndQuizRulesAreRefused() throws Exception {
		RequestPostProcessor coordinator = accounts.as(Role.COORDINATOR);
		UUID id = createCourse(coordinator, unique("Regeln"));
		mvc.perform(post(BASE + "/" + id + "/module").with(coordinator).with(csrf()).param("title", " "))
			.andExpect(status().isUnprocessableContent());
		assertThat(saved(id).modules()).isEmpty();
		mvc.perform(post(BASE + "/" + id + "/module").with(coordinator).with(csrf()).param("title", "Grundlagen"))
			.andExpect(status().is3xxRedirection());
		long module = saved(id).modules().get(0).id();
		mvc.perform(post(BASE + "/" + id + "/module/" + module + "/lektionen/neu").with(coordinator).with(csrf())
			.param("title", "Video").param("body", "Text").param("videoUrl", "http://video.example/1")
			.param("transcript", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("vollständigen https-Link")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Zu einem Video gehört ein Transkript.")));
		assertThat(saved(id).lessons()).isEmpty();

		mvc.perform(multipart(BASE + "/" + id + "/bilder")
			.file(new MockMultipartFile("file", "bild.png", "image/png", "GIF89a-nicht-png".getBytes()))
			.param("altText", "").with(coordinator).with(csrf()).with(announced()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("kein PNG-, JPEG- oder WebP-Bild")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte ausfüllen.")));
		assertThat(store.imageAltTexts(id)).isEmpty();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
		mvc.perform(multipart(BASE + "/" + id + "/bilder").file(new MockMultipartFile("file", "x", "text/plain", png))
			.param("altText", "Ein Diagramm").with(coordinator).with(csrf()).with(announced())).andExpect(status().is3xxRedirection());
		assertThat(store.imageAltTexts(id)).containsValue("Ein Diagramm");

		mvc.perform(post(BASE + "/" + id + "/quiz/fragen").with(coordinator).with(csrf()).param("text", "Frage?")
			.param("options[0].text", "Nur eine"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("mindestens zwei Antworten")));
		mvc.perform(post(BASE + "/" + id + "/quiz/fragen").with(coordinator).with(csrf()).param("text", "Frage?")
			.param("options[0].text", "A").param("options[1].text", "B"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("mindestens eine Antwort als richtig")));
		mvc.perform(post(BASE + "/" + id + "/quiz/fragen").with(coordinator).with(csrf()).param("text", "Frage?")
			.param("options[0].text", "A").param("options[0].correct", "true").param("options[1].text", "B")
			.param("options[1].correct", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("genau eine Antwort richtig")));
		mvc.perform(post(BASE + "/" + id + "/quiz/bestehensgrenze").with(coordinator).with(csrf()).param("passMark", "101"))
			.andExpect(status().isUnprocessableContent());
		assertThat(saved(id).finalQuiz().map(quiz -> quiz.questions().size()).orElse(0)).isZero();
	}

	@Test
	void aProviderCannotEditAnotherOrganisationsCourse() throws Exception {
		PlatformUser owner = accounts.user(Role.PROVIDER);
		PlatformUser other = accounts.user(Role.PROVIDER, Role.COMPANY_MEMBER);
		UUID id = createCourse(user(owner), unique("Eigener Kurs"));
		mvc.perform(get(BASE + "/" + id).with(user(owner))).andExpect(status().isOk());
		// a draft of another provider does not exist for them
		mvc.perform(get(BASE + "/" + id).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post(BASE + "/" + id + "/module").with(user(other)).with(csrf()).param("title", "Fremd"))
			.andExpect(status().isNotFound());
		assertThat(saved(id).modules()).isEmpty();
		mvc.perform(get(BASE).with(user(other)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(id.toString()))));
		mvc.perform(get(BASE).with(accounts.as(Role.EMPLOYEE))).andExpect(status().isForbidden());
	}

	@Test
	void aCourseBuiltInTheEditorIsPublishedAndTakenByALearner() throws Exception {
		RequestPostProcessor coordinator = accounts.as(Role.COORDINATOR);
		UUID id = createCourse(coordinator, unique("Gebaut"));
		mvc.perform(post(BASE + "/" + id + "/module").with(coordinator).with(csrf()).param("title", "Teil 1"));
		long module = saved(id).modules().get(0).id();
		mvc.perform(post(BASE + "/" + id + "/module/" + module + "/lektionen/neu").with(coordinator).with(csrf())
			.param("title", "Erste Lektion").param("body", "Ein **wichtiger** Satz."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(BASE + "/" + id + "/quiz/fragen").with(coordinator).with(csrf()).param("text", "Richtig?")
			.param("options[0].text", "Ja").param("options[0].correct", "true").param("options[0].feedback", "Gut")
			.param("options[1].text", "Nein").param("options[1].feedback", "Leider nicht"))
			.andExpect(status().is3xxRedirection());
		Course course = store.find(id).orElseThrow();
		mvc.perform(post(BASE + "/" + id + "/beschreibung").with(coordinator).with(csrf()).param("title", course.title())
			.param("summary", "S").param("durationMinutes", "30").param("status", "PUBLISHED")
			.param("version", String.valueOf(course.version()))).andExpect(status().is3xxRedirection());
		course = store.find(id).orElseThrow();
		assertThat(course.published()).isTrue();

		PlatformUser learner = accounts.person(unique("Lernende"));
		mvc.perform(post(course.path() + "/einschreiben").with(user(learner)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long lesson = saved(id).lessons().get(0).id();
		mvc.perform(get(course.path() + "/lektionen/" + lesson).with(user(learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<strong>wichtiger</strong>")));
	}

}
