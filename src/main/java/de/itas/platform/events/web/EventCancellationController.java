package de.itas.platform.events.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.events.EventStatus;
import de.itas.platform.events.EventView;
import de.itas.platform.events.RegistrationRefused;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;

/**
 * The organiser cancels an event: a reason and a confirmation, then the event and every registration are
 * cancelled in one transaction and everybody registered gets a mail.
 */
@Controller
class EventCancellationController {

	private final EventRegistrations registrations;

	EventCancellationController(EventRegistrations registrations) {
		this.registrations = registrations;
	}

	/** The cancellation form: the reason told to everybody registered, and the confirmation box. */
	public static class CancelForm {

		private String reason = "";

		private boolean confirmed;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason == null ? "" : reason;
		}

		public boolean isConfirmed() {
			return confirmed;
		}

		public void setConfirmed(boolean confirmed) {
			this.confirmed = confirmed;
		}

	}

	@GetMapping("/veranstaltungen/verwaltung/{id:[0-9a-f-]{36}}/absagen")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new CancelForm());
		return page(registrations.organisedEvent(id), model);
	}

	@PostMapping("/veranstaltungen/verwaltung/{id:[0-9a-f-]{36}}/absagen")
	String cancel(@PathVariable UUID id, @ModelAttribute("form") CancelForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		EventView event = registrations.organisedEvent(id);
		if (!form.isConfirmed()) {
			errors.rejectValue("confirmed", "events.cancel.error.confirm");
		}
		if (form.getReason().isBlank()) {
			errors.rejectValue("reason", "events.cancel.error.reason");
		}
		if (!errors.hasErrors()) {
			try {
				int cancelled = registrations.cancelEvent(id, form.getReason());
				redirect.addFlashAttribute("message", "events.cancel.done");
				redirect.addFlashAttribute("messageCount", cancelled);
				return "redirect:/veranstaltungen/verwaltung/" + id + "/teilnehmende";
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
			catch (RegistrationRefused ex) {
				errors.reject(ex.messageKey());
			}
		}
		response.setStatus(422);
		return page(event, model);
	}

	private String page(EventView event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("cancelled", event.status() == EventStatus.CANCELLED);
		model.addAttribute("active", event.places().onsiteHeld() + event.places().onlineHeld()
				+ event.places().onsiteWaiting() + event.places().onlineWaiting());
		return "events/registration/event-cancel";
	}

}
