package de.itas.platform.surveys.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.surveys.AnswerForm;
import de.itas.platform.surveys.Eligibility;
import de.itas.platform.surveys.Participant;
import de.itas.platform.surveys.SurveyAnswering;
import de.itas.platform.surveys.SurveyDefinition;
import de.itas.platform.surveys.SurveyStore;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The surveys as participants see them: the list, a survey's start page with its privacy notice, one page per
 * section, the thanks page, and the invitation link. Works without JavaScript; the only script hides
 * conditional questions whose condition is not met on the same page.
 */
@Controller
class SurveyController {

	/** The browser's random key for public surveys without sign-in (no personal data, see the privacy notice). */
	static final String COOKIE = "itas-umfrage";

	/** New participations without sign-in per client address and hour (counted in memory only). */
	static final int STARTS_PER_HOUR = 30;

	private static final String INVITATION = "surveys.invitation.";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SurveyStore store;
	private final SurveyAnswering answering;
	private final RateLimiter limiter;
	private final Clock clock;

	SurveyController(SurveyStore store, SurveyAnswering answering, RateLimiter limiter, Clock clock) {
		this.store = store;
		this.answering = answering;
		this.limiter = limiter;
		this.clock = clock;
	}

	@GetMapping("/umfragen")
	String list(@RequestParam(defaultValue = "1") int seite, Model model) {
		model.addAttribute("surveys", store.listed(clock.instant(), seite - 1, 20));
		model.addAttribute("now", clock.instant());
		return "surveys/list";
	}

	@GetMapping("/umfragen/{slug:(?!verwaltung$|einladung$)[a-z0-9-]+}")
	String start(@PathVariable String slug, HttpServletRequest request, Model model) {
		SurveyDefinition survey = survey(slug);
		Participant participant = participant(survey, request, null);
		PlatformUser user = CurrentUser.get().orElse(null);
		model.addAttribute("survey", survey);
		model.addAttribute("phase", survey.phase(clock.instant()));
		model.addAttribute("eligibility", answering.eligibility(survey, user, participant));
		model.addAttribute("progress", participant == null ? null : answering.progress(survey, participant));
		model.addAttribute("questionCount", survey.questions().size());
		return "surveys/start";
	}

	@GetMapping("/umfragen/{slug:(?!verwaltung$|einladung$)[a-z0-9-]+}/seite/{number}")
	String page(@PathVariable String slug, @PathVariable int number, HttpServletRequest request, Model model) {
		SurveyDefinition survey = survey(slug);
		Participant participant = participant(survey, request, null);
		Eligibility eligibility = answering.eligibility(survey, CurrentUser.get().orElse(null), participant);
		if (eligibility != Eligibility.ALLOWED) {
			return "redirect:/umfragen/" + slug;
		}
		AnswerForm answers = participant == null ? new AnswerForm() : answering.progress(survey, participant).answers();
		return showPage(survey, page(survey, number), answers, List.of(), model, false);
	}

	@PostMapping("/umfragen/{slug:(?!verwaltung$|einladung$)[a-z0-9-]+}/seite/{number}")
	String savePage(@PathVariable String slug, @PathVariable int number, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SurveyDefinition survey = survey(slug);
		Participant participant = participant(survey, request, response);
		Eligibility eligibility = answering.eligibility(survey, CurrentUser.get().orElse(null), participant);
		int page = page(survey, number);
		AnswerForm typed = AnswerForm.of(request.getParameterMap());
		if (eligibility != Eligibility.ALLOWED || participant == null) {
			if (eligibility == Eligibility.ALLOWED) {
				model.addAttribute("limited", true);
				return showPage(survey, page, typed, List.of(FieldProblem.ofForm("surveys.answer.too-many-starts")), model,
						false);
			}
			model.addAttribute("survey", survey);
			model.addAttribute("eligibility", eligibility);
			return "surveys/refused";
		}
		try {
			int next = answering.savePage(survey, participant, page, typed);
			return next < 0 ? "redirect:/umfragen/" + slug + "/danke" : "redirect:/umfragen/" + slug + "/seite/" + (next + 1);
		}
		catch (FieldProblems refused) {
			AnswerForm shown = answering.progress(survey, participant).answers();
			survey.sections().get(page).questions().forEach(question -> {
				shown.removeQuestion(question);
				shown.takeQuestion(typed, question);
			});
			return showPage(survey, page, shown, refused.problems(), model, false);
		}
		catch (SurveyAnswering.IncompleteException incomplete) {
			return "redirect:/umfragen/" + slug + "/seite/" + (incomplete.page() + 1) + "?unvollstaendig";
		}
		catch (IllegalStateException answered) {
			return "redirect:/umfragen/" + slug;
		}
	}

	@GetMapping("/umfragen/{slug:(?!verwaltung$|einladung$)[a-z0-9-]+}/danke")
	String thanks(@PathVariable String slug, Model model) {
		SurveyDefinition survey = survey(slug);
		model.addAttribute("survey", survey);
		return "surveys/thanks";
	}

	/** An invitation link: remembers the invitation in the session and leads to the survey. */
	@GetMapping("/umfragen/einladung/{token}")
	String invitation(@PathVariable String token, HttpSession session) {
		Map.Entry<UUID, UUID> invitation = answering.invitation(token)
			.orElseThrow(() -> new NotFoundException());
		SurveyDefinition survey = store.find(invitation.getValue())
			.orElseThrow(() -> new NotFoundException());
		session.setAttribute(INVITATION + survey.id(), invitation.getKey());
		return "redirect:/umfragen/" + survey.slug();
	}

	String showPage(SurveyDefinition survey, int page, AnswerForm answers, List<FieldProblem> problems, Model model,
			boolean preview) {
		model.addAttribute("survey", survey);
		model.addAttribute("section", survey.sections().get(page));
		model.addAttribute("page", page + 1);
		model.addAttribute("pages", survey.sections().size());
		model.addAttribute("answers", answers);
		model.addAttribute("problems", QuestionView.problemsByField(problems));
		model.addAttribute("formProblems", problems.stream().filter(FieldProblem::formWide).toList());
		model.addAttribute("questions", QuestionView.of(survey, page, answers));
		model.addAttribute("preview", preview);
		return "surveys/page";
	}

	private SurveyDefinition survey(String slug) {
		SurveyDefinition survey = store.current(slug).orElseThrow(() -> new NotFoundException());
		if (survey.template()) {
			throw new NotFoundException();
		}
		return survey;
	}

	private static int page(SurveyDefinition survey, int number) {
		if (number < 1 || number > survey.sections().size()) {
			throw new NotFoundException();
		}
		return number - 1;
	}

	/**
	 * Who answers: the invitation held in this session for the survey, else the signed-in account, else, for a
	 * public survey, the browser's key (made when {@code response} is given and the address has not started
	 * too many participations this hour); {@code null} when nobody can be named yet.
	 */
	private @Nullable Participant participant(SurveyDefinition survey, HttpServletRequest request,
			@Nullable HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		Object invitation = session == null ? null : session.getAttribute(INVITATION + survey.id());
		if (invitation instanceof UUID id) {
			return Participant.invitation(id);
		}
		PlatformUser user = CurrentUser.get().orElse(null);
		if (user != null) {
			return Participant.account(user.id());
		}
		if (survey.audience() != de.itas.platform.surveys.SurveyAudience.PUBLIC) {
			return null;
		}
		String key = cookie(request);
		if (key == null && response != null) {
			if (!limiter.tryAcquire(new RateLimiter.Limit("surveys.start.client:" + request.getRemoteAddr(),
					STARTS_PER_HOUR, Duration.ofHours(1)))) {
				return null;
			}
			byte[] random = new byte[24];
			RANDOM.nextBytes(random);
			key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Cookie cookie = new Cookie(COOKIE, key);
			cookie.setPath("/umfragen");
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		return key == null ? null : Participant.browser(SurveyAnswering.browserKey(key, survey.id()));
	}

	private static @Nullable String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{32}")) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
