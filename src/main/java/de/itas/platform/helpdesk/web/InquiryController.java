package de.itas.platform.helpdesk.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import de.itas.platform.helpdesk.CaseWork;
import de.itas.platform.helpdesk.ContactChannel;
import de.itas.platform.helpdesk.Inquiries;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Submitting an inquiry (signed in or as a visitor with e-mail confirmation), "Meine Anliegen" and one
 * inquiry with the messages from the help desk. A refused form comes back with every problem at its field
 * and everything typed kept (except the files, which the browser cannot refill).
 */
@Controller
class InquiryController {

	private final Inquiries inquiries;
	private final CaseWork caseWork;
	private final Appointments appointments;
	private final Region region;

	InquiryController(Inquiries inquiries, CaseWork caseWork, Appointments appointments, Region region) {
		this.inquiries = inquiries;
		this.caseWork = caseWork;
		this.appointments = appointments;
		this.region = region;
	}

	@GetMapping("/anliegen/neu")
	String form(@RequestParam(name = "thema", required = false) @Nullable String topic, Model model) {
		InquiryForm form = new InquiryForm();
		Topic.fromKey(topic).ifPresent(form::setTopic);
		model.addAttribute("inquiryForm", form);
		return formPage(model);
	}

	@PostMapping("/anliegen/neu")
	String submit(@ModelAttribute("inquiryForm") InquiryForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return formPage(model);
		}
		try {
			if (CurrentUser.get().isPresent()) {
				String caseNumber = inquiries.submit(form.toRequest());
				redirect.addFlashAttribute("submittedCase", caseNumber);
				return "redirect:/anliegen/" + caseNumber;
			}
			inquiries.submitAsVisitor(form.toRequest(), request.getRemoteAddr());
			return "redirect:/anliegen/gesendet";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return formPage(model);
		}
	}

	private String formPage(Model model) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("visitor", CurrentUser.get().isEmpty());
		return "helpdesk/new";
	}

	@GetMapping("/anliegen/gesendet")
	String sent() {
		return "helpdesk/sent";
	}

	@GetMapping("/anliegen/bestaetigen")
	String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "helpdesk/confirm";
	}

	@PostMapping("/anliegen/bestaetigen")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		inquiries.confirm(token).ifPresentOrElse(caseNumber -> model.addAttribute("caseNumber", caseNumber),
				() -> model.addAttribute("invalid", true));
		return "helpdesk/confirm";
	}

	@GetMapping("/anliegen")
	String mine(Model model) {
		model.addAttribute("inquiries", inquiries.mine());
		model.addAttribute("districtNames", districtNames());
		return "helpdesk/mine";
	}

	/** How many bookable slots an inquiry's page offers; the rest are a link to {@code /termine} away. */
	static final int INQUIRY_SLOTS = 20;

	@GetMapping("/anliegen/{caseNumber:HD-[0-9]+-[0-9]+}")
	String own(@PathVariable String caseNumber, Model model) {
		model.addAttribute("inquiry", inquiries.own(caseNumber).orElseThrow(NotFoundException::new));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("appointments", appointments.forOwnInquiry(caseNumber));
		// the team's bookable slots from the same query as /termine; beside them how many /termine shows for the
		// inquiry's topic and district, so the page never claims there are none while the list has some
		BookableSlots bookable = appointments.bookableForOwnInquiry(caseNumber, INQUIRY_SLOTS);
		SlotFilter wider = new SlotFilter(bookable.filter().districtCode(), null, bookable.filter().topic(), null);
		model.addAttribute("bookable", bookable);
		model.addAttribute("freeSlots", bookable.page().items());
		model.addAttribute("matchingTotal", appointments.bookable(wider, 0, 1).page().total());
		model.addAttribute("allSlotsLink", AppointmentController.link(wider, 1));
		model.addAttribute("reasonMax", Appointments.REASON_MAX);
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("deskNames", region.helpDesks(null, null).stream()
			.collect(java.util.stream.Collectors.toMap(desk -> desk.code(), desk -> desk.name())));
		return "helpdesk/inquiry";
	}

	@GetMapping("/anliegen/anhang/{id:[0-9]+}")
	ResponseEntity<Resource> attachment(@PathVariable long id) {
		CaseWork.AttachmentContent content = caseWork.attachment(id).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.info().contentType()))
			.contentLength(content.info().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(content.info().filename(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.content()));
	}

	private Map<String, String> districtNames() {
		return region.districts().stream().collect(Collectors.toMap(DistrictSummary::code, DistrictSummary::name));
	}

}
