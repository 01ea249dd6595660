package de.itas.platform.trainings.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;
import de.itas.platform.trainings.AlreadyRegisteredException;
import de.itas.platform.trainings.OfferDetails;
import de.itas.platform.trainings.Offers;
import de.itas.platform.trainings.RegistrationClosedException;
import de.itas.platform.trainings.RegistrationStatus;
import de.itas.platform.trainings.RegistrationSummary;
import de.itas.platform.trainings.Registrations;
import de.itas.platform.trainings.RunDetails;

/**
 * Binding registrations and cancellations, each only after a page that shows what is booked or cancelled
 * (cost, dates, place, cancellation terms, funding hint) and asks to confirm; the company's invitations of
 * people without account and the invitees' page to confirm or decline; the person's courses and the company's
 * registrations with their status. Every step works without JavaScript (POST, then redirect).
 */
@Controller
class BookingController {

	/** The parameter the confirming button sends; a POST without it only leads to the confirmation page. */
	static final String CONFIRMED = "verbindlich";

	private static final int PAGE_SIZE = 20;

	private final Offers offers;
	private final Registrations registrations;

	BookingController(Offers offers, Registrations registrations) {
		this.offers = offers;
		this.registrations = registrations;
	}

	@GetMapping("/weiterbildung/termine/{runId}/anmelden")
	String confirmRegistration(@PathVariable long runId,
			@RequestParam(name = "employee", required = false) @Nullable String employee, Model model) {
		RunDetails run = course(runId, model);
		if (employee != null && !employee.isBlank()) {
			model.addAttribute("employee", registrations.employeeChoice(employee));
		}
		else {
			model.addAttribute("own", registrations.own(runId).orElse(null));
		}
		model.addAttribute("full", run.full());
		return "trainings/register-confirm";
	}

	@PostMapping("/weiterbildung/termine/{runId}/anmelden")
	String register(@PathVariable long runId, @RequestParam(name = "employee", required = false) @Nullable String employee,
			@RequestParam(name = CONFIRMED, required = false) @Nullable String confirmed, RedirectAttributes redirect) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		boolean forEmployee = employee != null && !employee.isBlank();
		if (confirmed == null) {
			// nothing is booked without the confirmation page
			return "redirect:" + UriComponentsBuilder.fromPath("/weiterbildung/termine/{run}/anmelden")
				.queryParamIfPresent("employee", java.util.Optional.ofNullable(forEmployee ? employee : null))
				.buildAndExpand(runId)
				.encode()
				.toUriString();
		}
		try {
			RegistrationSummary registration = forEmployee ? registrations.registerEmployee(runId, employee)
					: registrations.registerSelf(runId);
			redirect.addFlashAttribute("message", registration.status() == RegistrationStatus.CONFIRMED
					? "trainings.register.confirmed" : "trainings.register.waiting");
		}
		catch (AlreadyRegisteredException ex) {
			redirect.addFlashAttribute("message", "trainings.register.already");
		}
		catch (RegistrationClosedException ex) {
			redirect.addFlashAttribute("message", "trainings.register.closed");
		}
		return "redirect:/weiterbildung/" + run.offerId();
	}

	@GetMapping("/weiterbildung/termine/{runId}/einladen")
	String invitation(@PathVariable long runId, Model model) {
		InvitationForm form = new InvitationForm();
		List<OrganisationSummary> companies = registrations.companiesAdministered();
		if (companies.size() == 1) {
			form.setCompany(companies.get(0).id().toString());
		}
		model.addAttribute("form", form);
		return invitationPage(runId, model);
	}

	@PostMapping("/weiterbildung/termine/{runId}/einladen")
	String invite(@PathVariable long runId, @Valid @ModelAttribute("form") InvitationForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				registrations.invite(runId, new Registrations.Invitee(company(form.getCompany()), form.getFirstName(),
						form.getLastName(), form.getEmail()));
				redirect.addFlashAttribute("message", "trainings.invite.sent");
				return "redirect:/meine-weiterbildungen";
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex.problems());
			}
			catch (RegistrationClosedException ex) {
				errors.reject("trainings.register.closed");
			}
		}
		response.setStatus(422);
		return invitationPage(runId, model);
	}

	private String invitationPage(long runId, Model model) {
		course(runId, model);
		List<OrganisationSummary> companies = registrations.companiesAdministered();
		if (companies.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("No company admin");
		}
		model.addAttribute("companies", companies);
		return "trainings/invite";
	}

	private static @Nullable UUID company(String value) {
		try {
			return value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@GetMapping("/weiterbildung/einladung/{token}")
	String invited(@PathVariable String token, Model model, HttpServletResponse response) {
		RegistrationSummary invitation = registrations.invitation(token).orElse(null);
		if (invitation == null) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "trainings/invitation-answered";
		}
		RunDetails run = course(invitation, model);
		model.addAttribute("invitation", invitation);
		model.addAttribute("until", invitation.invitedUntil() == null ? null
				: Registrations.lastDay(invitation.invitedUntil()));
		model.addAttribute("closed", !registrations.confirmable(run));
		model.addAttribute("token", token);
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		return "trainings/invitation";
	}

	@PostMapping("/weiterbildung/einladung/{token}")
	String answer(@PathVariable String token, @RequestParam(name = "antwort", defaultValue = "") String answer,
			RedirectAttributes redirect) {
		if (!answer.equals("zusagen") && !answer.equals("absagen")) {
			return "redirect:/weiterbildung/einladung/" + token;
		}
		boolean accept = answer.equals("zusagen");
		RegistrationSummary invitation = registrations.invitation(token).orElse(null);
		java.util.Optional<RegistrationSummary> answered;
		try {
			answered = accept ? registrations.acceptInvitation(token) : registrations.declineInvitation(token);
		}
		catch (RegistrationClosedException ex) {
			// the invitation page says why it can no longer be confirmed
			return "redirect:/weiterbildung/einladung/" + token;
		}
		if (answered.isEmpty() || invitation == null) {
			return "redirect:/weiterbildung/einladung/" + token;
		}
		redirect.addFlashAttribute("answer", accept ? "accepted" : "declined");
		redirect.addFlashAttribute("offerId", invitation.offerId());
		redirect.addFlashAttribute("linked", answered.get().personId() != null);
		redirect.addFlashAttribute("email", accept ? invitation.personEmail() : "");
		return "redirect:/weiterbildung/einladung/beantwortet";
	}

	@GetMapping("/weiterbildung/einladung/beantwortet")
	String answered() {
		return "trainings/invitation-answered";
	}

	@GetMapping("/meine-weiterbildungen")
	String mine(@RequestParam(name = "seite", defaultValue = "1") String page, Model model) {
		UUID me = CurrentUser.get().orElseThrow().id();
		registrations.claimInvitations();
		model.addAttribute("registrations", registrations.mine());
		int number;
		try {
			number = Math.max(0, Integer.parseInt(page) - 1);
		}
		catch (NumberFormatException ex) {
			number = 0;
		}
		PageOf<RegistrationSummary> others = registrations.madeForOthers(number, PAGE_SIZE);
		model.addAttribute("others", others);
		model.addAttribute("previousLink", others.hasPrevious() ? "/meine-weiterbildungen?seite=" + (others.page()) : null);
		model.addAttribute("nextLink", others.hasNext() ? "/meine-weiterbildungen?seite=" + (others.page() + 2) : null);
		model.addAttribute("me", me);
		return "trainings/mine";
	}

	@GetMapping("/meine-weiterbildungen/{registrationId}/stornieren")
	String confirmCancellation(@PathVariable long registrationId, Model model) {
		RegistrationSummary registration = registrations.cancellable(registrationId);
		course(registration, model);
		model.addAttribute("registration", registration);
		model.addAttribute("me", CurrentUser.get().orElseThrow().id());
		return "trainings/cancel-confirm";
	}

	@PostMapping("/meine-weiterbildungen/{registrationId}/stornieren")
	String cancel(@PathVariable long registrationId,
			@RequestParam(name = CONFIRMED, required = false) @Nullable String confirmed, RedirectAttributes redirect) {
		if (confirmed == null) {
			registrations.cancellable(registrationId);
			return "redirect:/meine-weiterbildungen/" + registrationId + "/stornieren";
		}
		registrations.cancel(registrationId);
		redirect.addFlashAttribute("message", "trainings.mine.cancelled");
		return "redirect:/meine-weiterbildungen";
	}

	/** Puts the run and its offer (with the funding calculator's link) on the page. */
	private RunDetails course(long runId, Model model) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		return course(run, offers.visible(run.offerId()).orElseThrow(NotFoundException::new), model);
	}

	/**
	 * Puts the registration's run and offer on the page whatever the offer's status: the registration proves the
	 * link, so that cancelling and answering an invitation work after the offer was archived, too.
	 */
	private RunDetails course(RegistrationSummary registration, Model model) {
		RunDetails run = offers.run(registration.runId()).orElseThrow(NotFoundException::new);
		return course(run, offers.ofRegistration(registration).orElseThrow(NotFoundException::new), model);
	}

	private static RunDetails course(RunDetails run, OfferDetails offer, Model model) {
		model.addAttribute("run", run);
		model.addAttribute("offer", offer);
		model.addAttribute("fundingLink", CatalogueController.fundingLink(offer));
		return run;
	}

}
