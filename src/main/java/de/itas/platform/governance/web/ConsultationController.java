package de.itas.platform.governance.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.governance.Charter;
import de.itas.platform.governance.Considerations;
import de.itas.platform.governance.Consultation;
import de.itas.platform.governance.ConsultationViews.Discussion;
import de.itas.platform.governance.ConsultationViews.ProposalView;
import de.itas.platform.governance.UnknownCharterException;
import de.itas.platform.governance.VersionSummary;
import de.itas.platform.governance.web.ConsultationForms.CommentForm;
import de.itas.platform.governance.web.ConsultationForms.ProposalForm;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;

/**
 * The consultation of a charter version: a section's discussion (comments, replies, proposals, and the comments
 * carried forward from earlier versions), the consideration table of a version (page, PDF, XLSX) and a person's
 * own contributions. A refused contribution comes back with its problems at the fields and everything typed kept.
 */
@Controller
class ConsultationController {

	private static final String SECTION = "/charta/{number}/abschnitt/{anchor}";

	private final Consultation consultation;
	private final Considerations considerations;
	private final Charter charter;
	private final MessageSource messages;
	private final Clock clock;

	ConsultationController(Consultation consultation, Considerations considerations, Charter charter,
			MessageSource messages, Clock clock) {
		this.consultation = consultation;
		this.considerations = considerations;
		this.charter = charter;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(SECTION + "/diskussion")
	String discussion(@PathVariable String number, @PathVariable String anchor, Model model) {
		model.addAttribute("commentForm", new CommentForm());
		model.addAttribute("proposalForm", initialProposal(number, anchor));
		return page(number, anchor, model);
	}

	@PostMapping(SECTION + "/kommentar")
	String comment(@PathVariable String number, @PathVariable String anchor,
			@ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				consultation.comment(number, anchor, form.getPassage(), form.getBody(), form.isShowName(),
						form.getReplyTo());
				redirect.addFlashAttribute("message", form.getReplyTo() == null ? "governance.comment.saved"
						: "governance.comment.reply.saved");
				return "redirect:" + link(number, anchor) + "#kommentare";
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		if (form.getReplyTo() != null) {
			// an answer's form sits at the comment it answers: its problems are shown there
			model.addAttribute("replyErrors", errors.getAllErrors()
				.stream()
				.map(error -> messages.getMessage(error, locale))
				.toList());
		}
		model.addAttribute("proposalForm", initialProposal(number, anchor));
		return page(number, anchor, model);
	}

	@PostMapping(SECTION + "/vorschlag")
	String propose(@PathVariable String number, @PathVariable String anchor,
			@ModelAttribute("proposalForm") ProposalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ProposalView proposal = consultation.propose(number, anchor, form.getProposedBody(), form.getReason(),
						form.isNamed());
				redirect.addFlashAttribute("submitted", proposal.code());
				return "redirect:/charta/vorschlaege/" + proposal.code();
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		model.addAttribute("commentForm", new CommentForm());
		return page(number, anchor, model);
	}

	private ProposalForm initialProposal(String number, String anchor) {
		ProposalForm form = new ProposalForm();
		form.setProposedBody(consultation.discussion(number, anchor).section().body());
		return form;
	}

	private String page(String number, String anchor, Model model) {
		Discussion discussion = consultation.discussion(number, anchor);
		model.addAttribute("discussion", discussion);
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("periodEnd", discussion.version().consultationTo() == null ? null
				: Consultation.day(discussion.version().consultationTo().minusNanos(1)));
		model.addAttribute("periodStart", discussion.version().consultationFrom() == null ? null
				: Consultation.day(discussion.version().consultationFrom()));
		Instant end = discussion.version().consultationTo();
		model.addAttribute("ended", end != null && !clock.instant().isBefore(end));
		model.addAttribute("commentMax", Consultation.MAX_COMMENT);
		model.addAttribute("passageMax", Consultation.MAX_PASSAGE);
		return "governance/consultation/discussion";
	}

	static String link(String number, String anchor) {
		return "/charta/" + number + "/abschnitt/" + anchor + "/diskussion";
	}

	// ---- consideration table

	@GetMapping("/charta/{number}/abwaegung")
	String considerations(@PathVariable String number, Model model) {
		VersionSummary version = version(number);
		model.addAttribute("version", version);
		model.addAttribute("lines", considerations.of(version));
		return "governance/consultation/considerations";
	}

	@GetMapping("/charta/{number}/abwaegung.pdf")
	ResponseEntity<byte[]> considerationsPdf(@PathVariable String number, Locale locale) {
		VersionSummary version = version(number);
		return download(considerations.pdf(version, locale), MediaType.APPLICATION_PDF,
				"abwaegung-" + version.number() + ".pdf");
	}

	@GetMapping("/charta/{number}/abwaegung.xlsx")
	ResponseEntity<byte[]> considerationsXlsx(@PathVariable String number, Locale locale) {
		VersionSummary version = version(number);
		return download(considerations.xlsx(version, locale),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"abwaegung-" + version.number() + ".xlsx");
	}

	private VersionSummary version(String number) {
		return charter.version(number).orElseThrow(() -> new UnknownCharterException(number));
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

	// ---- my contributions

	@GetMapping("/charta/meine-beitraege")
	String mine(Model model) {
		if (CurrentUser.get().isEmpty()) {
			throw new AccessDeniedException("Not signed in");
		}
		model.addAttribute("mine", consultation.mine());
		model.addAttribute("anchors", consultation.anchors());
		return "governance/consultation/mine";
	}

}
