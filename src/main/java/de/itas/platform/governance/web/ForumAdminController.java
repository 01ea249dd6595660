package de.itas.platform.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.nayuki.qrcodegen.QrCode;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.governance.BatchView;
import de.itas.platform.governance.CardBatches;
import de.itas.platform.governance.ForumView;
import de.itas.platform.governance.Forums;
import de.itas.platform.governance.InputKind;
import de.itas.platform.governance.UnknownForumException;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The coordination's work on forums: creating and editing them, printing blank cards with reserved codes,
 * typing in a batch of paper cards (all or nothing) and publishing a batch entered by somebody else.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ForumAdminController {

	/** Cards printed when the print page is opened without a number. */
	static final int DEFAULT_PRINT = 8;

	private final Forums forums;
	private final CardBatches batches;
	private final Region region;
	private final Mailer mailer;

	ForumAdminController(Forums forums, CardBatches batches, Region region, Mailer mailer) {
		this.forums = forums;
		this.batches = batches;
		this.region = region;
		this.mailer = mailer;
	}

	// ---- forums

	@GetMapping("/zukunftsforen/neu")
	String newForum(Model model) {
		model.addAttribute("forumForm", new ForumForm());
		return forumPage(null, model);
	}

	@PostMapping("/zukunftsforen/neu")
	String create(@ModelAttribute("forumForm") ForumForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return forumPage(null, model);
		}
		try {
			return "redirect:/zukunftsforen/" + forums.create(form.toDraft());
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return forumPage(null, model);
		}
	}

	@GetMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/bearbeiten")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("forumForm", ForumForm.of(forum(id)));
		return forumPage(forum(id), model);
	}

	@PostMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/bearbeiten")
	String update(@PathVariable UUID id, @ModelAttribute("forumForm") ForumForm form, BindingResult errors, Model model) {
		ForumView forum = forum(id);
		if (errors.hasErrors()) {
			return forumPage(forum, model);
		}
		try {
			forums.update(id, form.toDraft());
			return "redirect:/zukunftsforen/" + id;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return forumPage(forum, model);
		}
	}

	private String forumPage(ForumView forum, Model model) {
		model.addAttribute("forum", forum);
		model.addAttribute("districts", region.districts());
		return "governance/forums/edit";
	}

	private ForumView forum(UUID id) {
		return forums.forum(id).orElseThrow(() -> new UnknownForumException(id.toString()));
	}

	// ---- paper cards

	/** A blank card to print: its code, its address and the QR code of the address as an SVG path. */
	record PrintCard(String code, String url, int size, String path) {
	}

	/**
	 * The print page: a form to reserve a new set of codes and, with {@code satz}, the cards of a set reserved
	 * before. Opening or reloading it reserves nothing; only the form's POST does.
	 */
	@GetMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/karten/druck")
	String print(@PathVariable UUID id, @RequestParam(name = "satz", required = false) @Nullable UUID set,
			Model model) {
		ForumView forum = forum(id);
		List<PrintCard> cards = new ArrayList<>();
		if (set != null) {
			List<String> codes = batches.printSet(id, set);
			if (codes.isEmpty()) {
				throw new NotFoundException();
			}
			String base = mailer.baseUrl();
			for (String code : codes) {
				String url = base + "/karte/" + code;
				QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
				cards.add(new PrintCard(code, url, qr.size, path(qr)));
			}
		}
		model.addAttribute("forum", forum);
		model.addAttribute("cards", cards);
		model.addAttribute("count", cards.isEmpty() ? DEFAULT_PRINT : cards.size());
		model.addAttribute("kinds", InputKind.values());
		model.addAttribute("maxPrint", CardBatches.MAX_PRINT);
		return "governance/forums/print";
	}

	/** Reserves a new set of codes (out-of-range counts are held to 1 to {@code MAX_PRINT}) and shows it. */
	@PostMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/karten/druck")
	String reservePrintSet(@PathVariable UUID id,
			@RequestParam(name = "anzahl", defaultValue = "" + DEFAULT_PRINT) String count) {
		forum(id);
		int n;
		try {
			n = Integer.parseInt(count.strip());
		}
		catch (NumberFormatException ex) {
			n = DEFAULT_PRINT;
		}
		UUID set = batches.reserve(id, n);
		return "redirect:/zukunftsforen/" + id + "/karten/druck?satz=" + set;
	}

	/** The dark modules of a QR code as one SVG path of unit squares. */
	static String path(QrCode qr) {
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		return path.toString();
	}

	@GetMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/karten")
	String batchForm(@PathVariable UUID id, Model model) {
		model.addAttribute("forumBatchForm", ForumBatchForm.empty());
		return batchPage(forum(id), model);
	}

	@PostMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/karten")
	String enter(@PathVariable UUID id, @ModelAttribute("forumBatchForm") ForumBatchForm form, BindingResult errors,
			@RequestParam(name = "more", required = false) String more, Model model, RedirectAttributes redirect) {
		ForumView forum = forum(id);
		if (more != null) {
			form.addRows();
			return batchPage(forum, model);
		}
		if (errors.hasErrors()) {
			return batchPage(forum, model);
		}
		try {
			UUID batch = batches.enter(id, form.toRows(), me().id());
			redirect.addFlashAttribute("entered", true);
			return "redirect:/zukunftsforen/karten/" + batch;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return batchPage(forum, model);
		}
	}

	private String batchPage(ForumView forum, Model model) {
		model.addAttribute("forum", forum);
		model.addAttribute("kinds", InputKind.values());
		model.addAttribute("actionFields", region.actionFields());
		return "governance/forums/batch";
	}

	@GetMapping("/zukunftsforen/karten")
	String batches(Model model) {
		model.addAttribute("batches", batches.all());
		model.addAttribute("me", me().id());
		return "governance/forums/batches";
	}

	@GetMapping("/zukunftsforen/karten/{batchId:[0-9a-f-]{36}}")
	String batch(@PathVariable UUID batchId, Model model) {
		BatchView batch = batches.batch(batchId).orElseThrow(() -> new UnknownForumException(batchId.toString()));
		model.addAttribute("batch", batch);
		model.addAttribute("cards", batches.cards(batchId));
		model.addAttribute("mine", batch.enteredBy().equals(me().id()));
		model.addAttribute("actionFieldNames", ForumController.actionFieldNames(region));
		return "governance/forums/batch-review";
	}

	@PostMapping("/zukunftsforen/karten/{batchId:[0-9a-f-]{36}}/veroeffentlichen")
	String publish(@PathVariable UUID batchId, Model model, RedirectAttributes redirect) {
		try {
			batches.publish(batchId, me().id());
			redirect.addFlashAttribute("published", true);
			return "redirect:/zukunftsforen/karten/" + batchId;
		}
		catch (FieldProblems ex) {
			model.addAttribute("refused", ex.problems().get(0).messageKey());
			return batch(batchId, model);
		}
	}

	private static PlatformUser me() {
		return CurrentUser.get().orElseThrow();
	}

}
