package de.itas.platform.surveys.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.surveys.AnswerForm;
import de.itas.platform.surveys.AnswerRules;
import de.itas.platform.surveys.Section;
import de.itas.platform.surveys.SurveyAccess;
import de.itas.platform.surveys.SurveyDefinition;
import de.itas.platform.surveys.SurveyStore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The participant's view for the survey's owners, with the same checks and conditions, at any time (also
 * before the period and after answers exist). The answers live only in the session and are never stored.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN','PROVIDER')")
class SurveyPreviewController {

	private static final String ANSWERS = "surveys.preview.";

	private final SurveyStore store;
	private final SurveyAccess access;
	private final SurveyController pages;

	SurveyPreviewController(SurveyStore store, SurveyAccess access, SurveyController pages) {
		this.store = store;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/umfragen/verwaltung/{id}/vorschau")
	String start(@PathVariable UUID id, HttpSession session) {
		owned(id);
		session.removeAttribute(ANSWERS + id);
		return "redirect:/umfragen/verwaltung/" + id + "/vorschau/1";
	}

	@GetMapping("/umfragen/verwaltung/{id}/vorschau/{number}")
	String page(@PathVariable UUID id, @PathVariable int number, HttpSession session, Model model) {
		SurveyDefinition survey = owned(id);
		return pages.showPage(survey, index(survey, number), answers(session, id), java.util.List.of(), model, true);
	}

	@PostMapping("/umfragen/verwaltung/{id}/vorschau/{number}")
	String savePage(@PathVariable UUID id, @PathVariable int number, HttpServletRequest request, HttpSession session,
			Model model) {
		SurveyDefinition survey = owned(id);
		int page = index(survey, number);
		Section section = survey.sections().get(page);
		AnswerForm answers = AnswerRules.withPage(section, answers(session, id), AnswerForm.of(request.getParameterMap()));
		java.util.List<FieldProblem> problems = AnswerRules.pageProblems(section, answers);
		if (!problems.isEmpty()) {
			return pages.showPage(survey, page, answers, problems, model, true);
		}
		session.setAttribute(ANSWERS + id, answers);
		if (page + 1 < survey.sections().size()) {
			return "redirect:/umfragen/verwaltung/" + id + "/vorschau/" + (page + 2);
		}
		session.removeAttribute(ANSWERS + id);
		return "redirect:/umfragen/verwaltung/" + id + "?vorschau-beendet";
	}

	private static AnswerForm answers(HttpSession session, UUID id) {
		return session.getAttribute(ANSWERS + id) instanceof AnswerForm stored ? stored.copy() : new AnswerForm();
	}

	private SurveyDefinition owned(UUID id) {
		PlatformUser user = CurrentUser.get().orElseThrow(NotFoundException::new);
		SurveyDefinition survey = store.find(id).orElseThrow(NotFoundException::new);
		if (!access.owns(user, survey) || survey.sections().isEmpty()) {
			throw new NotFoundException();
		}
		return survey;
	}

	private static int index(SurveyDefinition survey, int number) {
		if (number < 1 || number > survey.sections().size()) {
			throw new NotFoundException();
		}
		return number - 1;
	}

}
