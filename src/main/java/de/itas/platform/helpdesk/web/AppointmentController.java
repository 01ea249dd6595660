package de.itas.platform.helpdesk.web;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.helpdesk.Appointments;
import de.itas.platform.helpdesk.CaseWork;
import de.itas.platform.helpdesk.SlotKind;
import de.itas.platform.helpdesk.SlotTakenException;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Appointments: "Meine Termine" with direct booking, booking for an inquiry, cancellation, the
 * {@code .ics} invitation, and the advisors' slot management.
 */
@Controller
class AppointmentController {

	private final Appointments appointments;
	private final CaseWork caseWork;
	private final Region region;

	AppointmentController(Appointments appointments, CaseWork caseWork, Region region) {
		this.appointments = appointments;
		this.caseWork = caseWork;
		this.region = region;
	}

	@GetMapping("/termine")
	String mine(@RequestParam(name = "thema", required = false) @Nullable String topic, Model model) {
		Topic chosen = Topic.fromKey(topic).orElse(null);
		model.addAttribute("bookings", appointments.myBookings());
		model.addAttribute("alternatives", appointments.alternativesToMyBookings());
		model.addAttribute("now", Instant.now());
		model.addAttribute("deskNames", region.helpDesks(null, null).stream()
			.collect(java.util.stream.Collectors.toMap(desk -> desk.code(), desk -> desk.name())));
		model.addAttribute("freeSlots", appointments.freeSlots(chosen));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("topic", chosen);
		return "helpdesk/appointments";
	}

	@PostMapping("/termine/buchen")
	String book(@RequestParam long slot, @RequestParam(name = "fall", required = false) @Nullable String caseNumber,
			RedirectAttributes redirect) {
		String back = caseNumber == null || caseNumber.isBlank() ? "redirect:/termine" : "redirect:/anliegen/" + caseNumber;
		try {
			appointments.book(slot, caseNumber == null || caseNumber.isBlank() ? null : caseNumber);
			redirect.addFlashAttribute("booked", true);
		}
		catch (SlotTakenException ex) {
			redirect.addFlashAttribute("slotError", "helpdesk.slots.taken");
		}
		catch (FieldProblems ex) {
			refused(ex, redirect);
		}
		return back;
	}

	@PostMapping("/termine/{id:[0-9]+}/absagen")
	String cancel(@PathVariable long id, @RequestParam(name = "zurueck", required = false) @Nullable String back,
			RedirectAttributes redirect) {
		try {
			appointments.cancel(id);
			redirect.addFlashAttribute("message", "helpdesk.slots.cancelled");
		}
		catch (FieldProblems ex) {
			refused(ex, redirect);
		}
		return "beratung".equals(back) ? "redirect:/beratung/termine" : "redirect:/termine";
	}

	@PostMapping("/termine/{id:[0-9]+}/verschieben")
	String rebook(@PathVariable long id, @RequestParam long to, RedirectAttributes redirect) {
		try {
			appointments.rebook(id, to);
			redirect.addFlashAttribute("booked", true);
		}
		catch (SlotTakenException ex) {
			redirect.addFlashAttribute("slotError", "helpdesk.slots.taken");
		}
		catch (FieldProblems ex) {
			refused(ex, redirect);
		}
		return "redirect:/termine";
	}

	/** The first refused input as a message above the page, with its (at most one) argument. */
	private static void refused(FieldProblems ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("slotError", ex.problems().get(0).messageKey());
		if (!ex.problems().get(0).arguments().isEmpty()) {
			redirect.addFlashAttribute("slotErrorArg", ex.problems().get(0).arguments().get(0));
		}
	}

	@GetMapping("/termine/{id:[0-9]+}/einladung.ics")
	ResponseEntity<String> invitation(@PathVariable long id, Locale locale) {
		String ics = appointments.invitation(id, locale).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"termin-" + id + ".ics\"")
			.body(ics);
	}

	@GetMapping("/beratung/termine")
	String slots(Model model) {
		model.addAttribute("slotForm", SlotForm.fresh());
		return slotsPage(model);
	}

	private String slotsPage(Model model) {
		model.addAttribute("slots", appointments.mySlots());
		model.addAttribute("teams", caseWork.myTeams());
		model.addAttribute("kinds", SlotKind.values());
		model.addAttribute("desks", region.helpDesks(null, null));
		model.addAttribute("topics", Topic.values());
		return "helpdesk/slots";
	}

	@PostMapping("/beratung/termine")
	String publish(@ModelAttribute("slotForm") SlotForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// a value that did not bind (control characters in a text, a number that is none) is at its field, as typed
			return slotsPage(model);
		}
		try {
			appointments.publish(form.getTeamCode(), form.getKind(), form.desk(), form.startsAt(), form.minutesValue(),
					form.topicSet());
		}
		catch (FieldProblems ex) {
			// the form comes back as typed, each problem at its field
			FormErrors.reject(errors, ex);
			return slotsPage(model);
		}
		redirect.addFlashAttribute("message", "helpdesk.slots.published");
		return "redirect:/beratung/termine";
	}

}
