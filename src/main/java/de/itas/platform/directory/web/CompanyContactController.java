package de.itas.platform.directory.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.directory.CompanyContact;
import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.CompanyView;
import de.itas.platform.directory.ContactMessage;
import de.itas.platform.directory.ContactRequestDetails;
import de.itas.platform.directory.ContactRequestSummary;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * Contacting a company: the contact form behind the company page's button (signed-in people), the list of
 * received requests for company admins ("Mein Bereich"), and one request with the answer form. A refused form
 * comes back with its problems at the fields and everything typed kept.
 */
@Controller
class CompanyContactController {

	private static final String REQUESTS = "/mein-unternehmen/kontaktanfragen";

	private final CompanyContact contact;
	private final CompanyProfiles profiles;

	CompanyContactController(CompanyContact contact, CompanyProfiles profiles) {
		this.contact = contact;
		this.profiles = profiles;
	}

	@GetMapping("/unternehmen/{id}/kontakt")
	String form(@PathVariable String id, Model model) {
		UUID companyId = DirectoryController.uuid(id);
		model.addAttribute("contactForm", new ContactForm());
		return formPage(companyId, model);
	}

	@PostMapping("/unternehmen/{id}/kontakt")
	String send(@PathVariable String id, @ModelAttribute("contactForm") ContactForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID companyId = DirectoryController.uuid(id);
		if (!contact.mayContact(companyId)) {
			throw new NotFoundException();
		}
		try {
			contact.send(companyId, new ContactMessage(form.getSubject(), form.getMessage(), null));
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return formPage(companyId, model);
		}
		redirect.addFlashAttribute("message", "directory.contact.sent");
		return "redirect:/unternehmen/" + companyId;
	}

	@GetMapping(REQUESTS)
	String received(@RequestParam(name = "seite", defaultValue = "1") String page, HttpServletRequest request,
			Model model) {
		PageOf<ContactRequestSummary> requests = contact.received(pageIndex(page));
		model.addAttribute("requests", requests);
		model.addAttribute("previousLink", requests.hasPrevious() ? REQUESTS + "?seite=" + requests.page() : null);
		model.addAttribute("nextLink", requests.hasNext() ? REQUESTS + "?seite=" + (requests.page() + 2) : null);
		return Htmx.view(request, "directory/contact-requests", "list");
	}

	/** The number of unopened requests for "Mein Bereich" (htmx); other requests go to the list. */
	@GetMapping(REQUESTS + "/neu")
	String unread(HttpServletRequest request, Model model) {
		if (!Htmx.isHtmxRequest(request)) {
			return "redirect:" + REQUESTS;
		}
		model.addAttribute("unread", CurrentUser.get().isPresent() ? contact.unread() : null);
		return "directory/contact-teaser :: teaser";
	}

	@GetMapping("/kontaktanfragen/{id}")
	String request(@PathVariable String id, Model model) {
		ContactRequestDetails details = contact.request(DirectoryController.uuid(id)).orElseThrow(NotFoundException::new);
		model.addAttribute("replyForm", new ReplyForm());
		return requestPage(details, model);
	}

	@PostMapping("/kontaktanfragen/{id}")
	String answer(@PathVariable String id, @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID requestId = DirectoryController.uuid(id);
		ContactRequestDetails details = contact.request(requestId).orElseThrow(NotFoundException::new);
		if (!details.companySide()) {
			throw new NotFoundException();
		}
		try {
			contact.answer(requestId, form.getReply());
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return requestPage(details, model);
		}
		catch (OptimisticLockingFailureException ex) {
			// another admin of the company answered in the same moment: theirs stands
			errors.reject("directory.contact.answered-already");
			return requestPage(contact.request(requestId).orElseThrow(NotFoundException::new), model);
		}
		redirect.addFlashAttribute("message", "directory.contact.answered");
		return "redirect:/kontaktanfragen/" + requestId;
	}

	private String formPage(UUID companyId, Model model) {
		CompanyView company = profiles.profile(companyId).orElseThrow(NotFoundException::new);
		if (!contact.mayContact(companyId)) {
			throw new NotFoundException();
		}
		model.addAttribute("company", company);
		model.addAttribute("maxSubject", ContactMessage.MAX_SUBJECT);
		model.addAttribute("maxMessage", ContactMessage.MAX_MESSAGE);
		return "directory/contact";
	}

	private String requestPage(ContactRequestDetails details, Model model) {
		model.addAttribute("request", details);
		model.addAttribute("maxReply", ContactMessage.MAX_MESSAGE);
		return "directory/contact-request";
	}

	private static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
