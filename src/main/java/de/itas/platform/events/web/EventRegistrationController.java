package de.itas.platform.events.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.MemberSummary;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.events.AttendanceMode;
import de.itas.platform.events.EventStatus;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventView;
import de.itas.platform.events.GroupMustWait;
import de.itas.platform.events.RegistrationRefused;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The registration form of an event (signed in: name and address come from the account) and the company
 * admin's group registration, with the step that asks before a group goes to the waiting list together.
 */
@Controller
class EventRegistrationController {

	/** The parameter of the button that accepts the waiting list for a group. */
	static final String WAITING_ACCEPTED = "warteliste";

	private final EventStore store;
	private final EventRegistrations registrations;
	private final Clock clock;

	EventRegistrationController(EventStore store, EventRegistrations registrations, Clock clock) {
		this.store = store;
		this.registrations = registrations;
		this.clock = clock;
	}

	@GetMapping("/veranstaltungen/{slug:[a-z0-9-]+}/anmeldung")
	String form(@PathVariable String slug, Model model) {
		EventView event = event(slug);
		RegistrationView own = store.activeRegistration(event.id(), CurrentUser.get().orElseThrow().id()).orElse(null);
		if (own != null) {
			return "redirect:/veranstaltungen/anmeldungen/" + own.id();
		}
		model.addAttribute("form", new RegistrationForm());
		return formPage(event, model);
	}

	@PostMapping("/veranstaltungen/{slug:[a-z0-9-]+}/anmeldung")
	String register(@PathVariable String slug, @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		EventView event = event(slug);
		try {
			RegistrationView registration = registrations.registerSelf(event.id(), mode(form.getMode()),
					form.getOrganisation(), form.answersById());
			redirect.addFlashAttribute("message", "events.registration.done." + registration.status().name());
			return "redirect:/veranstaltungen/anmeldungen/" + registration.id();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		catch (RegistrationRefused ex) {
			errors.reject(ex.messageKey());
		}
		response.setStatus(422);
		return formPage(event, model);
	}

	private String formPage(EventView event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("questions", store.questions(event.id()));
		model.addAttribute("open", event.takesRegistrations(clock.instant()));
		model.addAttribute("refusal", EventRegistrations.refusal(event, clock.instant()));
		model.addAttribute("user", CurrentUser.get().orElseThrow());
		return "events/registration/form";
	}

	@GetMapping("/veranstaltungen/{slug:[a-z0-9-]+}/gruppenanmeldung")
	String groupForm(@PathVariable String slug, Model model) {
		EventView event = event(slug);
		GroupForm form = GroupForm.empty();
		List<OrganisationSummary> companies = companies();
		form.setCompany(companies.get(0).id().toString());
		model.addAttribute("form", form);
		return groupPage(event, form, model);
	}

	@PostMapping("/veranstaltungen/{slug:[a-z0-9-]+}/gruppenanmeldung")
	String registerGroup(@PathVariable String slug, @ModelAttribute("form") GroupForm form, BindingResult errors,
			@RequestParam(name = WAITING_ACCEPTED, required = false) @Nullable String waitingAccepted,
			@RequestParam(name = "zeile", required = false) @Nullable String addRow, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		EventView event = event(slug);
		UUID company = company(form.getCompany());
		if (addRow != null) {
			form.getPeople().add(new GroupForm.Row());
			return groupPage(event, form, model);
		}
		List<EventRegistrations.Person> people = new ArrayList<>();
		for (GroupForm.Row row : form.getPeople()) {
			people.add(new EventRegistrations.Person(row.getName(), row.getEmail(), row.getOrganisation()));
		}
		List<MemberSummary> members = registrations.companyMembers(company);
		for (String chosen : form.getMembers()) {
			members.stream()
				.filter(member -> member.userId().toString().equals(chosen))
				.findFirst()
				.ifPresent(member -> people.add(new EventRegistrations.Person(member.displayName(), member.email(), "")));
		}
		try {
			List<RegistrationView> registered = registrations.registerGroup(event.id(), company, mode(form.getMode()),
					people, waitingAccepted != null);
			redirect.addFlashAttribute("message", "events.group.done." + registered.get(0).status().name());
			redirect.addFlashAttribute("messageCount", registered.size());
			return "redirect:/veranstaltungen/meine-anmeldungen";
		}
		catch (GroupMustWait ex) {
			model.addAttribute("mustWait", ex);
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			response.setStatus(422);
		}
		catch (RegistrationRefused ex) {
			errors.reject(ex.messageKey());
			response.setStatus(422);
		}
		return groupPage(event, form, model);
	}

	private String groupPage(EventView event, GroupForm form, Model model) {
		List<OrganisationSummary> companies = companies();
		model.addAttribute("event", event);
		model.addAttribute("companies", companies);
		UUID company = company(form.getCompany());
		model.addAttribute("members", registrations.companyMembers(company));
		model.addAttribute("open", event.takesRegistrations(clock.instant()));
		model.addAttribute("refusal", EventRegistrations.refusal(event, clock.instant()));
		return "events/registration/group";
	}

	private List<OrganisationSummary> companies() {
		List<OrganisationSummary> companies = registrations.companiesAdministered();
		if (companies.isEmpty()) {
			throw new AccessDeniedException("No company admin");
		}
		return companies;
	}

	private UUID company(String value) {
		List<OrganisationSummary> companies = companies();
		return companies.stream()
			.map(OrganisationSummary::id)
			.filter(id -> id.toString().equals(value))
			.findFirst()
			.orElse(companies.get(0).id());
	}

	private EventView event(String slug) {
		return store.bySlug(slug).filter(event -> event.status() != EventStatus.DRAFT).orElseThrow(NotFoundException::new);
	}

	static @Nullable AttendanceMode mode(String value) {
		for (AttendanceMode mode : AttendanceMode.values()) {
			if (mode.name().equals(value)) {
				return mode;
			}
		}
		return null;
	}

}
