package de.itas.platform.portal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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

import de.itas.platform.portal.NewsAccess;
import de.itas.platform.portal.NewsArticle;
import de.itas.platform.portal.NewsService;
import de.itas.platform.portal.NewsStatus;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Markdown;

/**
 * The editors' news pages: the list of their partners' articles, writing a draft (texts, action fields,
 * image with alternative text, a preview), submitting it, the review by a second person (publish now or at a
 * time, or return with a note) and corrections of published articles. Articles of other partners answer 404.
 */
@Controller
@RequestMapping(PortalNewsPaths.EDITOR)
class NewsEditorController {

	private static final String BASE = PortalNewsPaths.EDITOR + "/";

	private final NewsService news;
	private final NewsAccess access;
	private final Region region;
	private final Clock clock;

	NewsEditorController(NewsService news, NewsAccess access, Region region, Clock clock) {
		this.news = news;
		this.access = access;
		this.region = region;
		this.clock = clock;
	}

	/** A correction as typed: the new text and the note. */
	public static class CorrectionForm {

		private String body = "";
		private String note = "";
		private long version;

		public String getBody() { return body; }
		public void setBody(@Nullable String body) { this.body = body == null ? "" : body; }
		public String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note == null ? "" : note; }
		public long getVersion() { return version; }
		public void setVersion(long version) { this.version = version; }

	}

	/** The reviewer's decision as typed. */
	public static class ReviewForm {

		private String publishAt = "";
		private String note = "";
		private long version;

		public String getPublishAt() { return publishAt; }
		public void setPublishAt(@Nullable String publishAt) { this.publishAt = publishAt == null ? "" : publishAt; }
		public String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note == null ? "" : note; }
		public long getVersion() { return version; }
		public void setVersion(long version) { this.version = version; }

	}

	@GetMapping
	String list(Model model) {
		PlatformUser editor = editor();
		model.addAttribute("articles", news.forEditor(editor));
		model.addAttribute("now", clock.instant());
		model.addAttribute("me", editor.id());
		return "portal/news/editor/list";
	}

	@GetMapping("/neu")
	String newForm(Model model) {
		PlatformUser editor = editor();
		NewsForm form = new NewsForm();
		List<String> partners = access.partnerCodes(editor);
		if (partners.size() == 1) {
			form.setPartnerCode(partners.get(0));
		}
		model.addAttribute("newsForm", form);
		return form(editor, null, model);
	}

	@PostMapping("/neu")
	String create(@ModelAttribute("newsForm") NewsForm form, BindingResult errors,
			@RequestParam(name = "vorschau", required = false) @Nullable String preview, Model model,
			RedirectAttributes redirect) {
		PlatformUser editor = editor();
		if (preview != null) {
			model.addAttribute("preview", Markdown.toSafeHtml(form.getBody()));
			return form(editor, null, model);
		}
		try {
			NewsArticle article = news.create(editor, form.draft());
			redirect.addFlashAttribute("message", "portal.news.editor.created");
			return "redirect:" + BASE + article.id();
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return form(editor, null, model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		PlatformUser editor = editor();
		NewsArticle article = news.editable(editor, id);
		model.addAttribute("newsForm", NewsForm.of(article));
		return form(editor, article, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("newsForm") NewsForm form, BindingResult errors,
			@RequestParam(name = "vorschau", required = false) @Nullable String preview,
			@RequestParam(name = "einreichen", required = false) @Nullable String submit, Model model,
			RedirectAttributes redirect) {
		PlatformUser editor = editor();
		NewsArticle article = news.editable(editor, id);
		if (preview != null) {
			model.addAttribute("preview", Markdown.toSafeHtml(form.getBody()));
			return form(editor, article, model);
		}
		try {
			if (submit != null) {
				news.updateAndSubmit(editor, id, form.getVersion(), form.draft());
				redirect.addFlashAttribute("message", "portal.news.editor.submitted");
			}
			else {
				news.update(editor, id, form.getVersion(), form.draft());
				redirect.addFlashAttribute("message", "portal.news.editor.saved");
			}
			return "redirect:" + BASE + id;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return form(editor, article, model);
		}
	}

	@PostMapping("/{id}/bild")
	String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "imageAlt", defaultValue = "") String altText, Model model, RedirectAttributes redirect)
			throws IOException {
		PlatformUser editor = editor();
		NewsArticle article = news.editable(editor, id);
		try {
			news.uploadImage(editor, id,
					file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file == null ? new byte[0] : file.getBytes(), altText);
			redirect.addFlashAttribute("message", "portal.news.editor.image-saved");
			return "redirect:" + BASE + id;
		}
		catch (FieldProblems refused) {
			model.addAttribute("newsForm", NewsForm.of(article));
			model.addAttribute("imageProblems", refused.problems());
			model.addAttribute("typedAlt", altText);
			return form(editor, article, model);
		}
	}

	@PostMapping("/{id}/bild/entfernen")
	String removeImage(@PathVariable UUID id, RedirectAttributes redirect) {
		PlatformUser editor = editor();
		try {
			news.removeImage(editor, id);
			redirect.addFlashAttribute("message", "portal.news.editor.image-removed");
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
		}
		return "redirect:" + BASE + id;
	}

	@PostMapping("/{id}/korrektur")
	String correct(@PathVariable UUID id, @ModelAttribute("correctionForm") CorrectionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		PlatformUser editor = editor();
		NewsArticle article = news.editable(editor, id);
		try {
			news.correct(editor, id, form.getVersion(), form.getBody(), form.getNote());
			redirect.addFlashAttribute("message", "portal.news.editor.corrected");
			return "redirect:" + BASE + id;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			model.addAttribute("newsForm", NewsForm.of(article));
			return form(editor, article, model);
		}
	}

	@GetMapping("/{id}/pruefung")
	String review(@PathVariable UUID id, Model model) {
		PlatformUser editor = editor();
		NewsArticle article = news.editable(editor, id);
		ReviewForm form = new ReviewForm();
		form.setVersion(article.version());
		model.addAttribute("reviewForm", form);
		return review(editor, article, model);
	}

	@PostMapping("/{id}/pruefung")
	String decide(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
			@RequestParam(name = "zurueck", required = false) @Nullable String giveBack, Model model,
			RedirectAttributes redirect) {
		PlatformUser editor = editor();
		NewsArticle article = news.editable(editor, id);
		try {
			if (giveBack != null) {
				news.returnToDraft(editor, id, form.getVersion(), form.getNote());
				redirect.addFlashAttribute("message", "portal.news.review.returned");
				return "redirect:" + PortalNewsPaths.EDITOR;
			}
			Instant when = publishAt(form.getPublishAt());
			NewsArticle published = news.publish(editor, id, form.getVersion(), when);
			redirect.addFlashAttribute("message", published.scheduledAt(clock.instant())
					? "portal.news.review.scheduled" : "portal.news.review.published");
			return "redirect:" + PortalNewsPaths.EDITOR;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return review(editor, article, model);
		}
	}

	private static @Nullable Instant publishAt(String typed) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(typed.strip()).atZone(NewsArticle.BERLIN).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new FieldProblems(FieldProblem.of("publishAt", "portal.news.error.date"));
		}
	}

	private String review(PlatformUser editor, NewsArticle article, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("bodyHtml", Markdown.toSafeHtml(article.body()));
		model.addAttribute("ownSubmission", editor.id().equals(article.submittedBy()));
		model.addAttribute("submitted", article.status() == NewsStatus.SUBMITTED);
		model.addAttribute("partnerName",
				region.partner(article.partnerCode()).map(PartnerSummary::name).orElse(article.partnerCode()));
		model.addAttribute("fieldNames", NewsController.fieldNames(region, LocaleContextHolder.getLocale()));
		return "portal/news/editor/review";
	}

	private String form(PlatformUser editor, @Nullable NewsArticle article, Model model) {
		List<String> codes = access.partnerCodes(editor);
		model.addAttribute("article", article);
		model.addAttribute("partners", region.partners().stream().filter(p -> codes.contains(p.code())).toList());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("maxMegabytes", Math.max(1, news.maxImageBytes() / (1024 * 1024)));
		model.addAttribute("now", clock.instant());
		if (article != null) {
			model.addAttribute("corrections", news.corrections(article.id()));
			if (!model.containsAttribute("correctionForm")) {
				CorrectionForm correction = new CorrectionForm();
				correction.setBody(article.body());
				correction.setVersion(article.version());
				model.addAttribute("correctionForm", correction);
			}
		}
		return "portal/news/editor/form";
	}

	private PlatformUser editor() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!access.mayEdit(user)) {
			throw new AccessDeniedException("Not an editor of news");
		}
		return user;
	}

}
