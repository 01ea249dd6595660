package de.itas.platform.helpdesk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.helpdesk.Appointments;
import de.itas.platform.helpdesk.CaseWork;
import de.itas.platform.helpdesk.InvalidInputException;
import de.itas.platform.helpdesk.SlotKind;
import de.itas.platform.helpdesk.SlotSummary;
import de.itas.platform.helpdesk.SlotTakenException;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Appointments: "Meine Termine" with direct booking, booking for an inquiry, cancellation, the
 * {@code .ics} invitation, and the advisors' slot management.
 */
@Controller
class AppointmentController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

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
		List<SlotSummary> bookings = appointments.myBookings();
		Map<Long, List<SlotSummary>> alternatives = new HashMap<>();
		for (SlotSummary booking : bookings) {
			if (booking.startsAt().isAfter(Instant.now())) {
				alternatives.put(booking.id(), appointments.freeSlotsOfTeam(booking.teamCode()).stream().limit(10).toList());
			}
		}
		model.addAttribute("bookings", bookings);
		model.addAttribute("alternatives", alternatives);
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
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("slotError", ex.problems().get(0).messageKey());
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
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("slotError", ex.problems().get(0).messageKey());
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
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("slotError", ex.problems().get(0).messageKey());
		}
		return "redirect:/termine";
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
		model.addAttribute("slots", appointments.mySlots());
		model.addAttribute("teams", caseWork.myTeams());
		model.addAttribute("kinds", SlotKind.values());
		model.addAttribute("desks", region.helpDesks(null, null));
		model.addAttribute("topics", Topic.values());
		return "helpdesk/slots";
	}

	@PostMapping("/beratung/termine")
	String publish(@RequestParam(defaultValue = "") String teamCode, @RequestParam(defaultValue = "VIDEO") SlotKind kind,
			@RequestParam(required = false) @Nullable String deskCode, @RequestParam(defaultValue = "") String start,
			@RequestParam(defaultValue = "60") int minutes, @RequestParam(required = false) @Nullable List<Topic> topics,
			Model model, RedirectAttributes redirect) {
		Instant at = null;
		try {
			at = LocalDateTime.parse(start).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			// reported as a missing or past start below
		}
		Set<Topic> chosen = topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
		try {
			appointments.publish(teamCode, kind, deskCode == null || deskCode.isBlank() ? null : deskCode, at, minutes,
					chosen);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return slots(model);
		}
		redirect.addFlashAttribute("message", "helpdesk.slots.published");
		return "redirect:/beratung/termine";
	}

}
