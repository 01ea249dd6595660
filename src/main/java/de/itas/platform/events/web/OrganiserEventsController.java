package de.itas.platform.events.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.events.EventAccess;
import de.itas.platform.events.EventEditor;
import de.itas.platform.events.EventStatus;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventType;
import de.itas.platform.events.EventView;
import de.itas.platform.events.TargetGroup;
import de.itas.platform.governance.Forums;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * The organiser's events: the list of the events one organises, the editor (one form for everything entered,
 * with a preview of the description), the overview with the status changes, and the deletion of a draft.
 * People who organise no event, or not this one, get 404.
 */
@Controller
@RequestMapping("/veranstaltungen/verwaltung")
class OrganiserEventsController {

	static final String BASE = "/veranstaltungen/verwaltung";

	private static final int PAGE_SIZE = 20;

	/** The roles the organisers' tile is shown to. */
	private static final List<Role> STAFF = List.of(Role.PROVIDER, Role.ADVISOR, Role.COORDINATOR, Role.ADMIN);

	private final EventStore store;
	private final EventAccess access;
	private final EventEditor editor;
	private final Region region;
	private final Forums forums;
	private final Clock clock;
	private final OrganisedEvents organised;

	OrganiserEventsController(EventStore store, EventAccess access, EventEditor editor, Region region, Forums forums,
			Clock clock, OrganisedEvents organised) {
		this.organised = organised;
		this.store = store;
		this.access = access;
		this.editor = editor;
		this.region = region;
		this.forums = forums;
		this.clock = clock;
	}

	/** A choice of a select or a group of checkboxes: its value and its visible name. */
	record Option(String value, String label) {
	}

	@GetMapping
	String list(@RequestParam(name = "seite", defaultValue = "1") int page, Model model) {
		// the staff roles see the list (possibly empty) like their tile promises; creating needs an organisation
		PlatformUser me = CurrentUser.get().filter(user -> access.mayOrganise(user) || STAFF.stream().anyMatch(user::hasRole))
			.orElseThrow(NotFoundException::new);
		model.addAttribute("mayCreate", access.mayOrganise(me));
		PageOf<EventView> events = store.organisedBy(access.organisers(me), Math.max(0, page - 1), PAGE_SIZE);
		model.addAttribute("events", events);
		model.addAttribute("now", clock.instant());
		model.addAttribute("previousLink", events.hasPrevious() ? BASE + "?seite=" + events.page() : null);
		model.addAttribute("nextLink", events.hasNext() ? BASE + "?seite=" + (events.number() + 1) : null);
		return "events/organiser/list";
	}

	@GetMapping("/neu")
	String createPage(Model model) {
		PlatformUser me = organiser();
		EventForm form = new EventForm();
		List<Option> organisers = organiserOptions(me);
		if (organisers.size() == 1) {
			form.setOrganiserId(organisers.get(0).value());
		}
		model.addAttribute("eventForm", form);
		return form(null, model);
	}

	@PostMapping("/neu")
	String create(@ModelAttribute("eventForm") EventForm form, BindingResult errors,
			@RequestParam(name = "vorschau", required = false) String preview, Model model, RedirectAttributes redirect) {
		PlatformUser me = organiser();
		if (preview != null) {
			model.addAttribute("preview", Markdown.toSafeHtml(form.getDescription()));
			return form(null, model);
		}
		List<FieldProblem> read = new ArrayList<>();
		try {
			EventView created = editor.create(form.draft(read, clock), form.seriesToCreate(), read, me);
			redirect.addFlashAttribute("message", "events.organiser.created");
			return "redirect:" + BASE + "/" + created.id();
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return form(null, model);
		}
	}

	@GetMapping("/{id}")
	String overview(@PathVariable UUID id, Model model) {
		EventView event = organised(id);
		if (!model.containsAttribute("eventForm")) {
			model.addAttribute("eventForm", EventForm.of(event));
		}
		return form(event, model);
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("eventForm") EventForm form, BindingResult errors,
			@RequestParam(name = "vorschau", required = false) String preview, Model model, RedirectAttributes redirect) {
		EventView event = organised(id);
		if (preview != null) {
			model.addAttribute("preview", Markdown.toSafeHtml(form.getDescription()));
			return form(event, model);
		}
		List<FieldProblem> read = new ArrayList<>();
		try {
			editor.update(id, form.getVersion(), form.draft(read, clock), form.seriesToCreate(), read, organiser());
			redirect.addFlashAttribute("message", "events.organiser.saved");
			return "redirect:" + BASE + "/" + id;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
		}
		catch (EventEditor.ChangedMeanwhile stale) {
			errors.reject("events.organiser.error.changed-meanwhile");
			model.addAttribute("changedMeanwhile", true);
		}
		return form(event, model);
	}

	private String form(EventView event, Model model) {
		PlatformUser me = organiser();
		model.addAttribute("event", event);
		model.addAttribute("now", clock.instant());
		model.addAttribute("types", EventType.values());
		model.addAttribute("organisers", organiserOptions(me));
		model.addAttribute("seriesList", store.allSeries());
		model.addAttribute("districts", region.districts());
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("actionFields", region.actionFields()
			.stream()
			.map(field -> new Option(field.code(), field.name().in(locale)))
			.toList());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("forums", forums.all());
		if (event != null) {
			model.addAttribute("nextStatuses", editor.nextStatuses(event));
			model.addAttribute("activeRegistrations", editor.activeRegistrations(event.id()));
			model.addAttribute("deletable", event.status() == EventStatus.DRAFT && editor.registrations(event.id()) == 0);
			model.addAttribute("descriptionHtml", Markdown.toSafeHtml(event.description()));
		}
		return "events/organiser/edit";
	}

	private List<Option> organiserOptions(PlatformUser me) {
		return editor.organiserChoices(me)
			.stream()
			.sorted(Comparator.comparing(organisation -> organisation.name()))
			.map(organisation -> new Option(organisation.id().toString(), organisation.name()))
			.toList();
	}

	@GetMapping("/{id}/status")
	String statusPage(@PathVariable UUID id) {
		organised(id);
		return "redirect:" + BASE + "/" + id + "#status";
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable UUID id, @RequestParam("status") String status, RedirectAttributes redirect) {
		EventView event = organised(id);
		EventStatus target;
		try {
			target = EventStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			target = EventStatus.CANCELLED;
		}
		try {
			editor.changeStatus(event, target);
			redirect.addFlashAttribute("message", "events.organiser.status.changed." + target.name());
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("statusProblem", refused.problems().get(0).messageKey());
		}
		return "redirect:" + BASE + "/" + id + "#status";
	}

	@GetMapping("/{id}/loeschen")
	String deletePage(@PathVariable UUID id, Model model) {
		model.addAttribute("event", organised(id));
		return "events/organiser/delete";
	}

	@PostMapping("/{id}/loeschen")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		EventView event = organised(id);
		try {
			editor.deleteDraft(event);
			redirect.addFlashAttribute("message", "events.organiser.deleted");
			return "redirect:" + BASE;
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("statusProblem", refused.problems().get(0).messageKey());
			return "redirect:" + BASE + "/" + id + "#status";
		}
	}

	private PlatformUser organiser() {
		return organised.organiser();
	}

	private EventView organised(UUID id) {
		return organised.event(id);
	}

}
