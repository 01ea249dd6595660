package de.itas.platform.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.accounts.Consents;
import de.itas.platform.shared.security.CurrentUser;

/** Acceptance of a new version of the privacy notice. */
@Controller
class ConsentController {

	private final Consents consents;

	ConsentController(Consents consents) {
		this.consents = consents;
	}

	@GetMapping(ConsentInterceptor.PAGE)
	String page(Model model) {
		model.addAttribute("version", consents.currentVersion());
		return "accounts/consent";
	}

	@PostMapping(ConsentInterceptor.PAGE)
	String accept(@RequestParam(defaultValue = "false") boolean consent, HttpServletRequest request, Model model) {
		if (!consent) {
			model.addAttribute("version", consents.currentVersion());
			model.addAttribute("missing", true);
			return "accounts/consent";
		}
		consents.acceptCurrent(CurrentUser.get().orElseThrow().id());
		ConsentInterceptor.remember(request, consents.currentVersion());
		return "redirect:/mein-bereich";
	}

}
