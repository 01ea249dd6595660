package de.itas.platform.events.web;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.events.DocumentView;
import de.itas.platform.events.EventDocumentation;
import de.itas.platform.events.EventFeedback;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventView;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;

/**
 * After the event: the documentation (minutes, recording link, files, publishing) and the feedback survey
 * sent to the attendees.
 */
@Controller
@RequestMapping("/veranstaltungen/verwaltung/{id}")
class OrganiserDocumentationController {

	private static final String BASE = "/veranstaltungen/verwaltung/";

	private final OrganisedEvents organised;
	private final EventStore store;
	private final EventDocumentation documentation;
	private final EventFeedback feedback;
	private final Clock clock;

	OrganiserDocumentationController(OrganisedEvents organised, EventStore store, EventDocumentation documentation,
			EventFeedback feedback, Clock clock) {
		this.organised = organised;
		this.store = store;
		this.documentation = documentation;
		this.feedback = feedback;
		this.clock = clock;
	}

	/** Minutes and recording link as typed. */
	static class TextForm {

		private String minutes = "";
		private String recordingUrl = "";

		public String getMinutes() { return minutes; }
		public void setMinutes(@Nullable String minutes) { this.minutes = minutes == null ? "" : minutes; }
		public String getRecordingUrl() { return recordingUrl; }
		public void setRecordingUrl(@Nullable String recordingUrl) { this.recordingUrl = recordingUrl == null ? "" : recordingUrl; }

	}

	/** An uploaded file with its kind, title and alternative text. */
	static class FileForm {

		private @Nullable String kind;
		private String title = "";
		private String altText = "";
		private @Nullable MultipartFile file;

		public @Nullable String getKind() { return kind; }
		public void setKind(@Nullable String kind) { this.kind = kind; }
		public String getTitle() { return title; }
		public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
		public String getAltText() { return altText; }
		public void setAltText(@Nullable String altText) { this.altText = altText == null ? "" : altText; }
		public @Nullable MultipartFile getFile() { return file; }
		public void setFile(@Nullable MultipartFile file) { this.file = file; }

	}

	@GetMapping("/dokumentation")
	String page(@PathVariable UUID id, Model model) {
		EventView event = organised.event(id);
		TextForm text = new TextForm();
		text.setMinutes(event.minutes());
		text.setRecordingUrl(event.recordingUrl());
		model.addAttribute("textForm", text);
		model.addAttribute("fileForm", new FileForm());
		return page(event, model);
	}

	@PostMapping("/dokumentation")
	String saveText(@PathVariable UUID id, @ModelAttribute("textForm") TextForm form, BindingResult errors,
			@RequestParam(name = "vorschau", required = false) String preview, Model model, RedirectAttributes redirect) {
		EventView event = organised.event(id);
		model.addAttribute("fileForm", new FileForm());
		if (preview != null) {
			model.addAttribute("preview", Markdown.toSafeHtml(form.getMinutes()));
			return page(event, model);
		}
		try {
			documentation.saveText(event, form.getMinutes(), form.getRecordingUrl());
			redirect.addFlashAttribute("message", "events.organiser.documentation.saved");
			return "redirect:" + BASE + id + "/dokumentation";
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return page(event, model);
		}
	}

	@PostMapping("/dokumentation/dateien")
	String upload(@PathVariable UUID id, @ModelAttribute("fileForm") FileForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) throws IOException {
		EventView event = organised.event(id);
		TextForm text = new TextForm();
		text.setMinutes(event.minutes());
		text.setRecordingUrl(event.recordingUrl());
		model.addAttribute("textForm", text);
		MultipartFile file = form.getFile();
		try {
			documentation.upload(event, new EventDocumentation.Upload(form.getKind(), form.getTitle(), form.getAltText(),
					file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file == null ? new byte[0] : file.getBytes()), organised.organiser().id());
			redirect.addFlashAttribute("message", "events.organiser.documents.added");
			return "redirect:" + BASE + id + "/dokumentation";
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return page(event, model);
		}
	}

	@GetMapping("/dokumentation/dateien/{document}/entfernen")
	String removePage(@PathVariable UUID id, @PathVariable UUID document, Model model) {
		EventView event = organised.event(id);
		model.addAttribute("event", event);
		model.addAttribute("document", documentation.file(id, document).orElseThrow(NotFoundException::new).document());
		return "events/organiser/remove-document";
	}

	@PostMapping("/dokumentation/dateien/{document}/entfernen")
	String remove(@PathVariable UUID id, @PathVariable UUID document, RedirectAttributes redirect) {
		EventView event = organised.event(id);
		if (!documentation.remove(event, document)) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("message", "events.organiser.documents.removed");
		return "redirect:" + BASE + id + "/dokumentation";
	}

	@PostMapping("/dokumentation/veroeffentlichen")
	String publish(@PathVariable UUID id, @RequestParam(name = "zuruecknehmen", required = false) String withdraw,
			RedirectAttributes redirect) {
		EventView event = organised.event(id);
		documentation.publish(event, withdraw == null);
		redirect.addFlashAttribute("message",
				withdraw == null ? "events.organiser.documentation.published" : "events.organiser.documentation.withdrawn");
		return "redirect:" + BASE + id + "/dokumentation";
	}

	private String page(EventView event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("documents", store.documents(event.id()));
		model.addAttribute("kinds", DocumentView.Kind.values());
		model.addAttribute("maxMegabytes", Math.max(1, documentation.maxBytes() / (1024 * 1024)));
		model.addAttribute("minutesHtml", Markdown.toSafeHtml(event.minutes()));
		return "events/organiser/documentation";
	}

	// ---- feedback survey

	@GetMapping("/feedback")
	String feedbackPage(@PathVariable UUID id, Model model) {
		EventView event = organised.event(id);
		model.addAttribute("event", event);
		model.addAttribute("survey", feedback.survey(event).orElse(null));
		model.addAttribute("attendees", feedback.attendees(event).size());
		model.addAttribute("over", !clock.instant().isBefore(event.endsAt()));
		return "events/organiser/feedback";
	}

	@PostMapping("/feedback")
	String sendFeedback(@PathVariable UUID id, RedirectAttributes redirect) {
		EventView event = organised.event(id);
		if (clock.instant().isBefore(event.endsAt())) {
			redirect.addFlashAttribute("problem", "events.organiser.feedback.error.not-yet");
			return "redirect:" + BASE + id + "/feedback";
		}
		try {
			EventFeedback.Sent sent = feedback.send(event, organised.organiser());
			redirect.addFlashAttribute("invited", sent.invited());
		}
		catch (IllegalArgumentException noTemplate) {
			// the surveys module has no feedback template (it comes with its demo data or is set up by the coordination)
			redirect.addFlashAttribute("problem", "events.organiser.feedback.error.no-template");
		}
		return "redirect:" + BASE + id + "/feedback";
	}

}
