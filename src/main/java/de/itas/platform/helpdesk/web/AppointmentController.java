package de.itas.platform.helpdesk.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
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
import de.itas.platform.helpdesk.BookableSlots;
import de.itas.platform.helpdesk.SlotFilter;
import de.itas.platform.helpdesk.SlotSummary;
import de.itas.platform.helpdesk.CaseWork;
import de.itas.platform.helpdesk.SlotKind;
import de.itas.platform.helpdesk.SlotTakenException;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.PageOf;
import org.springframework.web.util.UriComponentsBuilder;
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

	/** Free slots per page on {@code /termine}. */
	static final int PAGE_SIZE = 20;

	@GetMapping("/termine")
	String mine(@RequestParam(name = "thema", required = false) @Nullable String topic,
			@RequestParam(name = "kanal", required = false) @Nullable String kind,
			@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "seite", required = false) @Nullable String page,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		SlotFilter filter = new SlotFilter(knownDistrict(district), kindOf(kind), Topic.fromKey(topic).orElse(null), null);
		BookableSlots bookable = appointments.bookable(filter, pageIndex(page), PAGE_SIZE);
		model.addAttribute("bookings", appointments.myBookings());
		model.addAttribute("alternatives", appointments.alternativesToMyBookings());
		model.addAttribute("now", Instant.now());
		model.addAttribute("deskNames", deskNames());
		model.addAttribute("bookable", bookable);
		model.addAttribute("freeSlots", bookable.page().items());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("kinds", SlotKind.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("topic", filter.topic());
		model.addAttribute("kind", filter.kind());
		model.addAttribute("district", filter.districtCode());
		model.addAttribute("districtName", filter.districtCode() == null ? null
				: region.district(filter.districtCode()).map(DistrictSummary::name).orElse(filter.districtCode()));
		PageOf<SlotSummary> shown = bookable.page();
		model.addAttribute("previousLink", shown.hasPrevious() ? link(filter, shown.number() - 1) : null);
		model.addAttribute("nextLink", shown.hasNext() ? link(filter, shown.number() + 1) : null);
		model.addAttribute("currentLink", link(filter, shown.number()));
		model.addAttribute("reasonMax", Appointments.REASON_MAX);
		// the pager's links ask with htmx for the list alone; without JavaScript they load the whole page
		return htmx != null ? "helpdesk/appointments :: results" : "helpdesk/appointments";
	}

	/** The link to a page of {@code /termine} with the filters kept. */
	static String link(SlotFilter filter, int pageNumber) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/termine");
		if (filter.topic() != null) {
			link.queryParam("thema", filter.topic().name());
		}
		if (filter.kind() != null) {
			link.queryParam("kanal", filter.kind().name());
		}
		if (filter.districtCode() != null) {
			link.queryParam("landkreis", filter.districtCode());
		}
		if (pageNumber > 1) {
			link.queryParam("seite", pageNumber);
		}
		return link.build().encode().toUriString();
	}

	private @Nullable String knownDistrict(@Nullable String code) {
		return code == null || code.isBlank() ? null
				: region.districts().stream().map(DistrictSummary::code).filter(code::equals).findFirst().orElse(null);
	}

	private static @Nullable SlotKind kindOf(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return SlotKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The 0-based index of a 1-based page number as typed; anything else is the first page. */
	private static int pageIndex(@Nullable String page) {
		try {
			return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private java.util.Map<String, String> deskNames() {
		return region.helpDesks(null, null).stream()
			.collect(java.util.stream.Collectors.toMap(desk -> desk.code(), desk -> desk.name()));
	}

	@PostMapping("/termine/buchen")
	String book(@RequestParam long slot, @RequestParam(name = "fall", required = false) @Nullable String caseNumber,
			@RequestParam(name = "grund", required = false) @Nullable String reason,
			@RequestParam(name = "zurueck", required = false) @Nullable String backTo, RedirectAttributes redirect) {
		// only a well-formed case number goes into the address (it is typed into the form by nobody, but sent by anybody)
		String back = caseNumber == null || !caseNumber.matches("HD-[0-9]+-[0-9]+") ? "redirect:" + backLink(backTo)
				: "redirect:/anliegen/" + caseNumber;
		try {
			appointments.book(slot, caseNumber == null || caseNumber.isBlank() ? null : caseNumber, reason);
			redirect.addFlashAttribute("booked", true);
		}
		catch (SlotTakenException ex) {
			redirect.addFlashAttribute("slotError", "helpdesk.slots.taken");
			redirect.addFlashAttribute("reason", reason);
		}
		catch (FieldProblems ex) {
			refused(ex, redirect);
			// nothing typed is lost: the reason comes back into its field
			redirect.addFlashAttribute("reason", reason);
		}
		return back;
	}

	/** Back to the filtered page of {@code /termine} the booking came from; nothing else. */
	private static String backLink(@Nullable String backTo) {
		return backTo != null && backTo.startsWith("/termine") && !backTo.startsWith("/termine/")
				&& !backTo.contains("//") && !backTo.contains("\\") ? backTo : "/termine";
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
		model.addAttribute("series", appointments.mySeries());
		hours(model);
		model.addAttribute("teams", caseWork.myTeams());
		model.addAttribute("kinds", SlotKind.values());
		model.addAttribute("desks", region.helpDesks(null, null));
		model.addAttribute("topics", Topic.values());
		return "helpdesk/slots";
	}

	private void hours(Model model) {
		model.addAttribute("hoursKey", appointments.saturdaySlots() ? "helpdesk.slots.hours-saturday" : "helpdesk.slots.hours");
		model.addAttribute("earliest", "7:00");
		model.addAttribute("latest", "20:00");
	}

	@GetMapping("/beratung/termine/serie")
	String seriesForm(Model model) {
		model.addAttribute("seriesForm", SeriesForm.fresh());
		return seriesPage(model);
	}

	private String seriesPage(Model model) {
		model.addAttribute("teams", caseWork.myTeams());
		model.addAttribute("kinds", SlotKind.values());
		model.addAttribute("desks", region.helpDesks(null, null));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("weekdays", weekdays());
		model.addAttribute("maxPerSeries", appointments.maxSlotsPerSeries());
		hours(model);
		return "helpdesk/series";
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

	/** The days a series may use: Monday to Friday, and Saturday where the operator allows it. */
	private List<DayOfWeek> weekdays() {
		List<DayOfWeek> days = new java.util.ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
		if (appointments.saturdaySlots()) {
			days.add(DayOfWeek.SATURDAY);
		}
		return days;
	}

	@PostMapping("/beratung/termine/serie")
	String publishSeries(@ModelAttribute("seriesForm") SeriesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return seriesPage(model);
		}
		try {
			appointments.publishSeries(form.request());
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return seriesPage(model);
		}
		redirect.addFlashAttribute("message", "helpdesk.series.published");
		return "redirect:/beratung/termine";
	}

	/** The confirmation before a series is cancelled: which free slots go, which booked ones stay. */
	@GetMapping("/beratung/termine/serie/{id:[0-9]+}/absagen")
	String confirmSeriesCancellation(@PathVariable long id, Model model) {
		List<SlotSummary> coming = appointments.slotsOfMySeries(id);
		model.addAttribute("seriesId", id);
		model.addAttribute("free", coming.stream().filter(slot -> !slot.booked()).toList());
		model.addAttribute("booked", coming.stream().filter(SlotSummary::booked).toList());
		return "helpdesk/series-cancel";
	}

	@PostMapping("/beratung/termine/serie/{id:[0-9]+}/absagen")
	String cancelSeries(@PathVariable long id, RedirectAttributes redirect) {
		// as plain text: flash attributes travel in the (serialised) session
		java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
		java.util.ArrayList<String> booked = new java.util.ArrayList<>(appointments.slotsOfMySeries(id)
			.stream()
			.filter(SlotSummary::booked)
			.map(slot -> when.format(slot.startsAt().atZone(java.time.ZoneId.of("Europe/Berlin"))) + " – "
					+ (slot.bookedName() == null ? "-" : slot.bookedName()))
			.toList());
		int cancelled = appointments.cancelSeries(id);
		redirect.addFlashAttribute("seriesCancelled", cancelled);
		redirect.addFlashAttribute("keptBookings", booked);
		return "redirect:/beratung/termine";
	}

}
