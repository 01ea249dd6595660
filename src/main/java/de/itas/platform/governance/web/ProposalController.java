package de.itas.platform.governance.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.governance.Consultation;
import de.itas.platform.governance.ConsultationViews.ProposalPage;
import de.itas.platform.governance.Outcome;
import de.itas.platform.governance.UnknownCharterException;
import de.itas.platform.governance.web.ConsultationForms.ProposalDecisionForm;
import de.itas.platform.governance.web.ConsultationForms.LinkForm;
import de.itas.platform.governance.web.ConsultationForms.ReplyForm;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;

/**
 * A change proposal's page: the proposal as a word-level diff against the wording it was written for, its
 * supports and replies, the decision and what became of it; for the coordination the decision form and the link
 * to the section of a draft.
 */
@Controller
class ProposalController {

	private static final String PROPOSAL = "/charta/vorschlaege/{code}";

	private final Consultation consultation;
	private final MessageSource messages;

	ProposalController(Consultation consultation, MessageSource messages) {
		this.consultation = consultation;
		this.messages = messages;
	}

	@GetMapping(PROPOSAL)
	String proposal(@PathVariable String code, Model model, Locale locale) {
		model.addAttribute("replyForm", new ReplyForm());
		model.addAttribute("decisionForm", decisionForm(code));
		model.addAttribute("linkForm", new LinkForm());
		return page(code, model, locale);
	}

	private ProposalDecisionForm decisionForm(String code) {
		ProposalDecisionForm form = new ProposalDecisionForm();
		consultation.proposalByCode(code).map(p -> p.decision()).ifPresent(decision -> {
			if (decision != null) {
				form.setOutcome(decision.outcome());
				form.setReason(decision.reason());
			}
		});
		return form;
	}

	@PostMapping(PROPOSAL + "/unterstuetzen")
	String support(@PathVariable String code, RedirectAttributes redirect) {
		try {
			consultation.support(code);
			redirect.addFlashAttribute("message", "governance.proposal.support.saved");
		}
		catch (FieldProblems ex) {
			redirect.addFlashAttribute("problem", ex.problems().get(0).messageKey());
			redirect.addFlashAttribute("problemArgs", ex.problems().get(0).arguments().toArray());
		}
		return "redirect:/charta/vorschlaege/" + code;
	}

	@PostMapping(PROPOSAL + "/antwort")
	String reply(@PathVariable String code, @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				consultation.reply(code, form.getReplyBody(), form.isReplyNamed());
				redirect.addFlashAttribute("message", "governance.comment.reply.saved");
				return "redirect:/charta/vorschlaege/" + code + "#antworten";
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex.problems().stream()
					.map(p -> "body".equals(p.field())
							? de.itas.platform.shared.web.FieldProblem.of("replyBody", p.messageKey(), p.arguments().toArray())
							: p)
					.toList());
			}
		}
		model.addAttribute("decisionForm", decisionForm(code));
		model.addAttribute("linkForm", new LinkForm());
		return page(code, model, locale);
	}

	@PostMapping(PROPOSAL + "/entscheidung")
	String decide(@PathVariable String code, @ModelAttribute("decisionForm") ProposalDecisionForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!Consultation.mayDecide()) {
			throw new AccessDeniedException("Only the coordination decides on proposals");
		}
		Outcome outcome = form.getOutcome();
		if (outcome == null && !errors.hasFieldErrors("outcome")) {
			errors.rejectValue("outcome", "governance.proposal.decision.outcome.required");
		}
		if (!errors.hasErrors() && outcome != null) {
			try {
				consultation.decide(code, outcome, form.getReason(),
						outcome == Outcome.MERGED ? form.getMergedInto() : null);
				redirect.addFlashAttribute("message", "governance.proposal.decision.saved");
				return "redirect:/charta/vorschlaege/" + code + "#entscheidung";
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		model.addAttribute("replyForm", new ReplyForm());
		model.addAttribute("linkForm", new LinkForm());
		return page(code, model, locale);
	}

	@PostMapping(PROPOSAL + "/verknuepfen")
	String link(@PathVariable String code, @ModelAttribute("linkForm") LinkForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!Consultation.mayDecide()) {
			throw new AccessDeniedException("Only the coordination links proposals");
		}
		try {
			consultation.linkToDraft(code, form.getDraft());
			redirect.addFlashAttribute("message", "governance.proposal.link.saved");
			return "redirect:/charta/vorschlaege/" + code + "#ergebnis";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		model.addAttribute("replyForm", new ReplyForm());
		model.addAttribute("decisionForm", decisionForm(code));
		return page(code, model, locale);
	}

	private String page(String code, Model model, Locale locale) {
		ProposalPage page = consultation.proposal(code, messages.getMessage("governance.proposal.diff.deleted", null, locale),
				messages.getMessage("governance.proposal.diff.inserted", null, locale))
			.orElseThrow(() -> new UnknownCharterException(code));
		model.addAttribute("page", page);
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("mayDecide", Consultation.mayDecide());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("drafts", Consultation.mayDecide() ? consultation.drafts() : java.util.List.of());
		model.addAttribute("commentMax", Consultation.MAX_COMMENT);
		return "governance/consultation/proposal";
	}

}
