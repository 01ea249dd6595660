package de.itas.platform.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.accounts.LinkState;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.Registration;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.NotFoundException;

/** The signed-in person's own account page, and the change of e-mail address. */
@Controller
class AccountController {

	private final Accounts accounts;
	private final Organisations organisations;
	private final Registration registration;
	private final Clock clock;

	AccountController(Accounts accounts, Organisations organisations, Registration registration, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.registration = registration;
		this.clock = clock;
	}

	@GetMapping("/konto")
	String account(Model model) {
		model.addAttribute("form", new EmailForm());
		return accountPage(model);
	}

	@PostMapping("/konto/email")
	String changeEmail(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			Registration.EmailChange result = registration.requestEmailChange(user().id(), form.getEmail(),
					form.getCurrentPassword(), locale);
			if (result == Registration.EmailChange.REQUESTED) {
				redirect.addFlashAttribute("message", "accounts.account.email-change-requested");
				return "redirect:/konto";
			}
			errors.rejectValue("currentPassword", "accounts.account.wrong-password");
		}
		form.setCurrentPassword("");
		return accountPage(model);
	}

	private String accountPage(Model model) {
		AccountSummary account = accounts.account(user().id()).orElseThrow(NotFoundException::new);
		model.addAttribute("account", account);
		model.addAttribute("since", LocalDate.ofInstant(account.createdAt(), clock.getZone()));
		model.addAttribute("roles", user().roles().stream().sorted().map(Role::messageKey).toList());
		model.addAttribute("memberships", organisations.membershipsOf(account.id()));
		return "accounts/account";
	}

	@GetMapping("/konto/email-bestaetigen")
	String emailChangePage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("state", registration.emailChangeLink(token));
		return "accounts/confirm-email";
	}

	@PostMapping("/konto/email-bestaetigen")
	String confirmEmailChange(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
		LinkState state = registration.confirmEmailChange(token);
		if (state == LinkState.VALID) {
			redirect.addFlashAttribute("message", "accounts.account.email-changed");
			return CurrentUser.get().isPresent() ? "redirect:/konto" : "redirect:/login";
		}
		model.addAttribute("token", token);
		model.addAttribute("state", state);
		return "accounts/confirm-email";
	}

	private static PlatformUser user() {
		return CurrentUser.get().orElseThrow();
	}

}
