package de.itas.platform.helpdesk.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.helpdesk.Appointments;
import de.itas.platform.helpdesk.CaseDetails;
import de.itas.platform.helpdesk.CaseRecommendations;
import de.itas.platform.helpdesk.CaseStatus;
import de.itas.platform.helpdesk.CaseWork;
import de.itas.platform.helpdesk.Inbox;
import de.itas.platform.helpdesk.InboxFilter;
import de.itas.platform.helpdesk.Outcome;
import de.itas.platform.helpdesk.TeamSummary;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.helpdesk.TransitionNotAllowedException;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The advisors' inbox with filters and counts, and one case with its actions. Every change names the
 * version the advisor saw; a change based on an old version is refused with a clear message.
 */
@Controller
@RequestMapping("/beratung")
class CaseController {

	private final CaseWork caseWork;
	private final Appointments appointments;
	private final CaseRecommendations recommendations;
	private final Region region;

	CaseController(CaseWork caseWork, Appointments appointments, CaseRecommendations recommendations, Region region) {
		this.caseWork = caseWork;
		this.appointments = appointments;
		this.recommendations = recommendations;
		this.region = region;
	}

	@GetMapping
	String inbox(@RequestParam(name = "bereich", required = false) InboxFilter.@Nullable Scope scope,
			@RequestParam(required = false) @Nullable CaseStatus status,
			@RequestParam(name = "thema", required = false) @Nullable Topic topic,
			@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "ueberfaellig", defaultValue = "false") boolean overdue,
			@RequestParam(name = "seite", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		if (!CaseWork.isStaff()) {
			throw new AccessDeniedException("Not staff");
		}
		InboxFilter filter = new InboxFilter(caseWork.inboxScope(scope), status, topic, district, overdue);
		model.addAttribute("filter", filter);
		Inbox inbox = caseWork.inbox(filter, pageIndex(page));
		model.addAttribute("inbox", inbox);
		model.addAttribute("previousLink", inbox.page().hasPrevious() ? link(filter, inbox.page().number() - 1) : null);
		model.addAttribute("nextLink", inbox.page().hasNext() ? link(filter, inbox.page().number() + 1) : null);
		model.addAttribute("scopes", caseWork.inboxScopes());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("teamNames", teamNames());
		model.addAttribute("myTeams", caseWork.myTeams());
		return Htmx.view(request, "helpdesk/inbox", "list");
	}

	/** The inbox page with this 1-based number, keeping the filters. */
	private static String link(InboxFilter filter, int pageNumber) {
		return UriComponentsBuilder.fromPath("/beratung")
			.queryParam("bereich", filter.scope().name())
			.queryParamIfPresent("status", Optional.ofNullable(filter.status()).map(CaseStatus::name))
			.queryParamIfPresent("thema", Optional.ofNullable(filter.topic()).map(Topic::name))
			.queryParamIfPresent("landkreis", Optional.ofNullable(filter.districtCode()))
			.queryParamIfPresent("ueberfaellig", filter.overdueOnly() ? Optional.of("true") : Optional.empty())
			.queryParam("seite", pageNumber)
			.encode()
			.build()
			.toUriString();
	}

	/** The 0-based page index of a typed page number; anything else is the first page. */
	static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	@GetMapping("/faelle/{caseNumber}")
	String show(@PathVariable String caseNumber, Model model) {
		CaseDetails details = caseWork.open(caseNumber).orElseThrow(NotFoundException::new);
		model.addAttribute("inquiry", details);
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("teamNames", teamNames());
		model.addAttribute("partnerNames", region.partners().stream().collect(Collectors.toMap(PartnerSummary::code, PartnerSummary::name)));
		model.addAttribute("colleagues", caseWork.assignableTo(caseNumber));
		model.addAttribute("teams", caseWork.teams());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("me", CurrentUser.get().orElseThrow().id());
		model.addAttribute("freeSlots", details.summary().teamCode() == null ? java.util.List.of()
				: appointments.freeSlotsOfTeam(details.summary().teamCode()));
		model.addAttribute("recommendations", recommendations.ofCase(caseNumber));
		model.addAttribute("deskNames", region.helpDesks(null, null).stream()
			.collect(java.util.stream.Collectors.toMap(desk -> desk.code(), desk -> desk.name())));
		return "helpdesk/case";
	}

	@PostMapping("/faelle/{caseNumber}/zuweisen")
	String assign(@PathVariable String caseNumber, @RequestParam long version, @RequestParam UUID advisor,
			RedirectAttributes redirect) {
		return act(caseNumber, redirect, "helpdesk.case.assigned", () -> caseWork.assign(caseNumber, version, advisor));
	}

	@PostMapping("/faelle/{caseNumber}/status")
	String status(@PathVariable String caseNumber, @RequestParam long version, @RequestParam CaseStatus status,
			@RequestParam(required = false) @Nullable Outcome outcome, RedirectAttributes redirect) {
		return act(caseNumber, redirect, "helpdesk.case.status-changed",
				() -> caseWork.changeStatus(caseNumber, version, status, outcome));
	}

	@PostMapping("/faelle/{caseNumber}/notiz")
	String note(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String text, Model model,
			RedirectAttributes redirect) {
		return write(caseNumber, "note", text, model, redirect, "helpdesk.case.noted",
				() -> caseWork.note(caseNumber, text));
	}

	@PostMapping("/faelle/{caseNumber}/nachricht")
	String message(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String text, Model model,
			RedirectAttributes redirect) {
		return write(caseNumber, "message", text, model, redirect, "helpdesk.case.message-sent",
				() -> caseWork.message(caseNumber, text));
	}

	/**
	 * Saves a text the advisor wrote (a note or a message); a refused text comes back in its field, with the
	 * message at the field, rather than being lost in a redirect.
	 */
	private String write(String caseNumber, String form, String text, Model model, RedirectAttributes redirect,
			String doneKey, Runnable action) {
		List<FieldProblem> problems;
		try {
			action.run();
			redirect.addFlashAttribute("message", doneKey);
			return "redirect:/beratung/faelle/" + caseNumber;
		}
		catch (FieldProblems ex) {
			problems = ex.problems();
		}
		catch (OptimisticLockingFailureException ex) {
			problems = List.of(FieldProblem.ofForm("helpdesk.case.conflict"));
		}
		model.addAttribute(form + "Text", text);
		model.addAttribute(form + "Problems", problems);
		return show(caseNumber, model);
	}

	@PostMapping("/faelle/{caseNumber}/uebergeben")
	String handOver(@PathVariable String caseNumber, @RequestParam long version,
			@RequestParam(defaultValue = "") String team, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		boolean done = tryTo(redirect, "helpdesk.case.handed-over",
				() -> caseWork.handOver(caseNumber, version, team, reason));
		// the advisor may no longer see the case afterwards
		return done ? "redirect:/beratung" : "redirect:/beratung/faelle/" + caseNumber;
	}

	private String act(String caseNumber, RedirectAttributes redirect, String doneKey, Runnable action) {
		tryTo(redirect, doneKey, action);
		return "redirect:/beratung/faelle/" + caseNumber;
	}

	/** Runs the action; answers whether it succeeded, with the message for the next page either way. */
	private boolean tryTo(RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", doneKey);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("caseError", "helpdesk.case.conflict");
			redirect.addFlashAttribute("caseErrorArgs", new Object[0]);
		}
		catch (TransitionNotAllowedException ex) {
			redirect.addFlashAttribute("caseError", "helpdesk.case.status.not-allowed");
			redirect.addFlashAttribute("caseErrorArgs", new Object[0]);
		}
		catch (FieldProblems ex) {
			redirect.addFlashAttribute("caseError", ex.problems().get(0).messageKey());
			redirect.addFlashAttribute("caseErrorArgs", ex.problems().get(0).arguments().toArray());
		}
		return false;
	}

	private Map<String, String> districtNames() {
		return region.districts().stream().collect(Collectors.toMap(DistrictSummary::code, DistrictSummary::name));
	}

	private Map<String, String> teamNames() {
		return caseWork.teams().stream().collect(Collectors.toMap(TeamSummary::code, TeamSummary::name));
	}

}
