package de.itas.platform.events.web;

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

import de.itas.platform.events.EventAccess;
import de.itas.platform.events.EventSeriesEditor;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.SeriesView;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Series of events: every organiser sees them and creates new ones; the coordination changes their title
 * and description (a series is shared by the events of several organisers).
 */
@Controller
@RequestMapping("/veranstaltungen/verwaltung/reihen")
class OrganiserSeriesController {

	private static final String BASE = "/veranstaltungen/verwaltung/reihen";

	private final OrganisedEvents organised;
	private final EventSeriesEditor series;
	private final EventStore store;

	OrganiserSeriesController(OrganisedEvents organised, EventSeriesEditor series, EventStore store) {
		this.organised = organised;
		this.series = series;
		this.store = store;
	}

	/** A series as typed. */
	static class SeriesForm {

		private String title = "";
		private String description = "";

		public String getTitle() { return title; }
		public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
		public String getDescription() { return description; }
		public void setDescription(@Nullable String description) { this.description = description == null ? "" : description; }

	}

	@GetMapping
	String list(Model model) {
		organised.organiser();
		model.addAttribute("seriesForm", new SeriesForm());
		return list(null, model);
	}

	@PostMapping
	String create(@ModelAttribute("seriesForm") SeriesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		organised.organiser();
		try {
			series.create(form.getTitle(), form.getDescription());
			redirect.addFlashAttribute("message", "events.organiser.series.created");
			return "redirect:" + BASE;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return list(null, model);
		}
	}

	@GetMapping("/{id}")
	String editPage(@PathVariable UUID id, Model model) {
		SeriesView current = coordinated(id);
		SeriesForm form = new SeriesForm();
		form.setTitle(current.title());
		form.setDescription(current.description());
		model.addAttribute("seriesForm", form);
		return list(current, model);
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("seriesForm") SeriesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SeriesView current = coordinated(id);
		try {
			series.change(id, form.getTitle(), form.getDescription());
			redirect.addFlashAttribute("message", "events.organiser.series.saved");
			return "redirect:" + BASE;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return list(current, model);
		}
	}

	private String list(@Nullable SeriesView editing, Model model) {
		model.addAttribute("allSeries", series.all());
		model.addAttribute("editing", editing);
		model.addAttribute("coordination", EventAccess.coordination(organised.organiser()));
		return "events/organiser/series";
	}

	private SeriesView coordinated(UUID id) {
		if (!EventAccess.coordination(organised.organiser())) {
			throw new NotFoundException();
		}
		return store.series(id).orElseThrow(NotFoundException::new);
	}

}
