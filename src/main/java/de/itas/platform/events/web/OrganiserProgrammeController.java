package de.itas.platform.events.web;

import java.time.LocalDateTime;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.events.AgendaItem;
import de.itas.platform.events.EventProgramme;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventView;
import de.itas.platform.events.RegistrationQuestion;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * An event's programme (agenda items within the event's time: add, edit, remove) and the organiser's own
 * registration questions (add, remove; locked once a registration has answered them).
 */
@Controller
@RequestMapping("/veranstaltungen/verwaltung/{id}")
class OrganiserProgrammeController {

	private static final String BASE = "/veranstaltungen/verwaltung/";

	private final OrganisedEvents organised;
	private final EventStore store;
	private final EventProgramme programme;

	OrganiserProgrammeController(OrganisedEvents organised, EventStore store, EventProgramme programme) {
		this.organised = organised;
		this.store = store;
		this.programme = programme;
	}

	/** An agenda item as typed. */
	static class ItemForm {

		private String day = "";
		private String startTime = "";
		private String endTime = "";
		private String title = "";
		private String speakers = "";
		private String room = "";

		static ItemForm of(AgendaItem item) {
			ItemForm form = new ItemForm();
			LocalDateTime start = LocalDateTime.ofInstant(item.startsAt(), EventForm.BERLIN);
			form.day = start.toLocalDate().toString();
			form.startTime = start.toLocalTime().toString();
			form.endTime = item.endsAt() == null ? "" : LocalDateTime.ofInstant(item.endsAt(), EventForm.BERLIN).toLocalTime().toString();
			form.title = item.title();
			form.speakers = item.speakers();
			form.room = item.room();
			return form;
		}

		EventProgramme.ItemInput input() {
			return new EventProgramme.ItemInput(day, startTime, endTime, title, speakers, room);
		}

		public String getDay() { return day; }
		public void setDay(@Nullable String day) { this.day = day == null ? "" : day; }
		public String getStartTime() { return startTime; }
		public void setStartTime(@Nullable String startTime) { this.startTime = startTime == null ? "" : startTime; }
		public String getEndTime() { return endTime; }
		public void setEndTime(@Nullable String endTime) { this.endTime = endTime == null ? "" : endTime; }
		public String getTitle() { return title; }
		public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
		public String getSpeakers() { return speakers; }
		public void setSpeakers(@Nullable String speakers) { this.speakers = speakers == null ? "" : speakers; }
		public String getRoom() { return room; }
		public void setRoom(@Nullable String room) { this.room = room == null ? "" : room; }

	}

	/** A registration question as typed. */
	static class QuestionForm {

		private String label = "";
		private @Nullable String kind;
		private String choices = "";
		private boolean required;

		EventProgramme.QuestionInput input() {
			return new EventProgramme.QuestionInput(label, kind, choices, required);
		}

		public String getLabel() { return label; }
		public void setLabel(@Nullable String label) { this.label = label == null ? "" : label; }
		public @Nullable String getKind() { return kind; }
		public void setKind(@Nullable String kind) { this.kind = kind; }
		public String getChoices() { return choices; }
		public void setChoices(@Nullable String choices) { this.choices = choices == null ? "" : choices; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean required) { this.required = required; }

	}

	// ---- programme

	@GetMapping("/programm")
	String programmePage(@PathVariable UUID id, Model model) {
		EventView event = organised.event(id);
		ItemForm form = new ItemForm();
		form.setDay(LocalDateTime.ofInstant(event.startsAt(), EventForm.BERLIN).toLocalDate().toString());
		model.addAttribute("itemForm", form);
		return programme(event, null, model);
	}

	@PostMapping("/programm")
	String addItem(@PathVariable UUID id, @ModelAttribute("itemForm") ItemForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		EventView event = organised.event(id);
		try {
			programme.addItem(event, form.input());
			redirect.addFlashAttribute("message", "events.organiser.agenda.added");
			return "redirect:" + BASE + id + "/programm";
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return programme(event, null, model);
		}
	}

	@GetMapping("/programm/{item}")
	String itemPage(@PathVariable UUID id, @PathVariable long item, Model model) {
		EventView event = organised.event(id);
		AgendaItem current = store.agenda(id).stream().filter(i -> i.id() == item).findFirst()
			.orElseThrow(NotFoundException::new);
		model.addAttribute("itemForm", ItemForm.of(current));
		return programme(event, current, model);
	}

	@PostMapping("/programm/{item}")
	String editItem(@PathVariable UUID id, @PathVariable long item, @ModelAttribute("itemForm") ItemForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		EventView event = organised.event(id);
		AgendaItem current = store.agenda(id).stream().filter(i -> i.id() == item).findFirst()
			.orElseThrow(NotFoundException::new);
		try {
			programme.editItem(event, item, form.input());
			redirect.addFlashAttribute("message", "events.organiser.agenda.saved");
			return "redirect:" + BASE + id + "/programm";
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return programme(event, current, model);
		}
	}

	@PostMapping("/programm/{item}/entfernen")
	String removeItem(@PathVariable UUID id, @PathVariable long item, RedirectAttributes redirect) {
		EventView event = organised.event(id);
		if (!programme.removeItem(event, item)) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("message", "events.organiser.agenda.removed");
		return "redirect:" + BASE + id + "/programm";
	}

	private String programme(EventView event, @Nullable AgendaItem editing, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("items", store.agenda(event.id()));
		model.addAttribute("editing", editing);
		return "events/organiser/programme";
	}

	// ---- questions

	@GetMapping("/fragen")
	String questionsPage(@PathVariable UUID id, Model model) {
		EventView event = organised.event(id);
		model.addAttribute("questionForm", new QuestionForm());
		return questions(event, model);
	}

	@PostMapping("/fragen")
	String addQuestion(@PathVariable UUID id, @ModelAttribute("questionForm") QuestionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		EventView event = organised.event(id);
		try {
			programme.addQuestion(event, form.input());
			redirect.addFlashAttribute("message", "events.organiser.questions.added");
			return "redirect:" + BASE + id + "/fragen";
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return questions(event, model);
		}
	}

	@PostMapping("/fragen/{question}/entfernen")
	String removeQuestion(@PathVariable UUID id, @PathVariable long question, Model model,
			RedirectAttributes redirect) {
		EventView event = organised.event(id);
		try {
			programme.removeQuestion(event, question);
			redirect.addFlashAttribute("message", "events.organiser.questions.removed");
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
		}
		return "redirect:" + BASE + id + "/fragen";
	}

	private String questions(EventView event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("questions", store.questions(event.id()));
		model.addAttribute("locked", programme.questionsLocked(event.id()));
		model.addAttribute("max", EventProgramme.MAX_QUESTIONS);
		model.addAttribute("kinds", RegistrationQuestion.Kind.values());
		return "events/organiser/questions";
	}

}
