package de.itas.platform.learning.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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

import de.itas.platform.learning.ContentKind;
import de.itas.platform.learning.ContentStatus;
import de.itas.platform.learning.ContentTargetGroup;
import de.itas.platform.learning.LibraryAccess;
import de.itas.platform.learning.LibraryItem;
import de.itas.platform.learning.LibraryService;
import de.itas.platform.learning.LibraryUpload;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.SkillRequirement;

/**
 * The editors' library pages: their partners' items, the form for all four kinds (a study's PDF in the same
 * form, skills found through the taxonomy with htmx suggestions or, without script, a search button), handing
 * a draft to review and the review by a second person. Items of other partners answer 404. A refused save
 * shows the form again with everything typed; only a chosen file has to be chosen again, as browsers do not
 * let a page fill a file field.
 */
@Controller
@RequestMapping(LibraryPaths.EDITOR)
class LibraryEditorController {

	private static final String BASE = LibraryPaths.EDITOR + "/";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final int SUGGESTIONS = 12;

	private final LibraryService library;
	private final LibraryAccess access;
	private final Region region;
	private final Occupations occupations;

	LibraryEditorController(LibraryService library, LibraryAccess access, Region region, Occupations occupations) {
		this.library = library;
		this.access = access;
		this.region = region;
		this.occupations = occupations;
	}

	/** The reviewer's decision as typed. */
	public static class ReviewForm {

		private String note = "";
		private long version;

		public String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note == null ? "" : note; }
		public long getVersion() { return version; }
		public void setVersion(long version) { this.version = version; }

	}

	@GetMapping
	String list(Model model) {
		PlatformUser editor = editor();
		model.addAttribute("items", library.forEditor(editor));
		return "learning/library/editor/list";
	}

	@GetMapping("/neu")
	String newForm(@RequestParam(name = "art", required = false) @Nullable String kind, Model model, Locale locale) {
		PlatformUser editor = editor();
		ContentForm form = new ContentForm();
		List<String> partners = access.partnerCodes(editor);
		if (partners.size() == 1) {
			form.setPartnerCode(partners.get(0));
		}
		form.setKind(kind == null ? "" : ContentKind.ofUrlName(kind).map(Enum::name).orElse(""));
		form.setDate(LocalDate.now(BERLIN).toString());
		model.addAttribute("contentForm", form);
		return form(editor, null, form, model, locale);
	}

	@PostMapping("/neu")
	String create(@ModelAttribute("contentForm") ContentForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "vorschau", required = false) @Nullable String preview,
			@RequestParam(name = "kompetenzen", required = false) @Nullable String findSkills, Model model,
			Locale locale, RedirectAttributes redirect) throws IOException {
		PlatformUser editor = editor();
		if (preview != null || findSkills != null) {
			return helpers(editor, null, form, preview != null, model, locale);
		}
		try {
			LibraryItem item = library.create(editor, form.draft(), upload(file));
			redirect.addFlashAttribute("message", "learning.library.editor.created");
			return "redirect:" + BASE + item.id();
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return form(editor, null, form, model, locale);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		PlatformUser editor = editor();
		LibraryItem item = library.editable(editor, id);
		ContentForm form = ContentForm.of(item);
		model.addAttribute("contentForm", form);
		return form(editor, item, form, model, locale);
	}

	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("contentForm") ContentForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "vorschau", required = false) @Nullable String preview,
			@RequestParam(name = "kompetenzen", required = false) @Nullable String findSkills,
			@RequestParam(name = "einreichen", required = false) @Nullable String submit, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		PlatformUser editor = editor();
		LibraryItem item = library.editable(editor, id);
		if (preview != null || findSkills != null) {
			return helpers(editor, item, form, preview != null, model, locale);
		}
		try {
			if (submit != null) {
				library.updateAndSubmit(editor, id, form.getVersion(), form.draft(), upload(file));
				redirect.addFlashAttribute("message", "learning.library.editor.submitted");
			}
			else {
				library.update(editor, id, form.getVersion(), form.draft(), upload(file));
				redirect.addFlashAttribute("message", "learning.library.editor.saved");
			}
			return "redirect:" + BASE + id;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return form(editor, item, form, model, locale);
		}
	}

	/** Skills whose label holds the typed words, as checkboxes to add (htmx swaps them below the search field). */
	@GetMapping("/kompetenzen")
	String skillSuggestions(@RequestParam(name = "skillQuery", defaultValue = "") String query,
			@RequestParam(name = "skills", required = false) @Nullable List<String> chosen, Model model,
			Locale locale) {
		editor();
		model.addAttribute("suggestions", suggestions(query, chosen == null ? List.of() : chosen));
		model.addAttribute("skillQuery", query);
		return "learning/library/editor/form :: suggestions";
	}

	@GetMapping("/{id}/pruefung")
	String review(@PathVariable UUID id, Model model, Locale locale) {
		PlatformUser editor = editor();
		LibraryItem item = library.editable(editor, id);
		ReviewForm form = new ReviewForm();
		form.setVersion(item.version());
		model.addAttribute("reviewForm", form);
		return review(editor, item, model, locale);
	}

	@PostMapping("/{id}/pruefung")
	String decide(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
			@RequestParam(name = "zurueck", required = false) @Nullable String giveBack, Model model, Locale locale,
			RedirectAttributes redirect) {
		PlatformUser editor = editor();
		LibraryItem item = library.editable(editor, id);
		try {
			if (giveBack != null) {
				library.returnToDraft(editor, id, form.getVersion(), form.getNote());
				redirect.addFlashAttribute("message", "learning.library.review.returned");
			}
			else {
				library.publish(editor, id, form.getVersion());
				redirect.addFlashAttribute("message", "learning.library.review.published");
			}
			return "redirect:" + LibraryPaths.EDITOR;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return review(editor, item, model, locale);
		}
	}

	private String review(PlatformUser editor, LibraryItem item, Model model, Locale locale) {
		model.addAttribute("item", item);
		model.addAttribute("bodyHtml", Markdown.toSafeHtml(item.body()));
		model.addAttribute("ownSubmission", editor.id().equals(item.submittedBy()));
		model.addAttribute("submitted", item.status() == ContentStatus.SUBMITTED);
		model.addAttribute("partnerName", region.partner(item.partnerCode()).map(p -> p.name()).orElse(item.partnerCode()));
		model.addAttribute("fieldNames", LibraryController.fieldNames(region, locale));
		model.addAttribute("skillNames", LibraryController.skillNames(occupations, item.skills(), locale));
		return "learning/library/editor/review";
	}

	private String helpers(PlatformUser editor, @Nullable LibraryItem item, ContentForm form, boolean preview,
			Model model, Locale locale) {
		if (preview) {
			model.addAttribute("preview", Markdown.toSafeHtml(form.getBody()));
		}
		else {
			model.addAttribute("suggestions", suggestions(form.getSkillQuery(), form.getSkills()));
		}
		return form(editor, item, form, model, locale);
	}

	private List<SkillRequirement> suggestions(String query, List<String> chosen) {
		String words = query.strip();
		if (words.length() < 2 || words.length() > Occupations.MAX_QUERY_LENGTH) {
			return List.of();
		}
		try {
			return occupations.searchSkills(words, SUGGESTIONS)
				.stream()
				.filter(skill -> !chosen.contains(skill.uri()))
				.toList();
		}
		catch (RuntimeException ex) {
			// a query the taxonomy refuses (only symbols) simply finds nothing
			return List.of();
		}
	}

	private String form(PlatformUser editor, @Nullable LibraryItem item, ContentForm form, Model model,
			Locale locale) {
		List<String> codes = access.partnerCodes(editor);
		model.addAttribute("item", item);
		model.addAttribute("kinds", ContentKind.values());
		model.addAttribute("partners", region.partners().stream().filter(p -> codes.contains(p.code())).toList());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("districts", region.districts());
		model.addAttribute("targetGroups", ContentTargetGroup.values());
		model.addAttribute("skillNames", LibraryController.skillNames(occupations, form.getSkills(), locale));
		model.addAttribute("maxMegabytes", library.maxPdfMegabytes());
		if (!model.containsAttribute("suggestions")) {
			model.addAttribute("suggestions", List.of());
		}
		return "learning/library/editor/form";
	}

	private static @Nullable LibraryUpload upload(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return new LibraryUpload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
	}

	private PlatformUser editor() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!access.mayEdit(user)) {
			throw new AccessDeniedException("Not an editor of the library");
		}
		return user;
	}

}
