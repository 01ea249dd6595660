package de.itas.platform.accounts.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.LinkState;
import de.itas.platform.accounts.PasswordPolicy;
import de.itas.platform.accounts.Registration;
import de.itas.platform.accounts.RegistrationRequest;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.security.ReturnPath;

/** Registration, e-mail verification and password reset: pages for visitors. */
@Controller
class RegistrationController {

	private final Registration registration;
	private final PasswordPolicy passwordPolicy;
	private final Region region;
	private final RateLimiter limiter;

	/** How many password resets one client address may ask for per hour (for any addresses). */
	static final int RESETS_PER_CLIENT = 30;

	RegistrationController(Registration registration, PasswordPolicy passwordPolicy, Region region,
			RateLimiter limiter) {
		this.registration = registration;
		this.passwordPolicy = passwordPolicy;
		this.region = region;
		this.limiter = limiter;
	}

	@GetMapping("/registrieren")
	String registrationForm(@RequestParam(defaultValue = "person") String art,
			@RequestParam(name = "email", defaultValue = "") String email,
			@RequestParam(name = ReturnPath.PARAMETER, required = false) @Nullable String returnTo, Model model) {
		RegistrationForm form = new RegistrationForm();
		form.setKind("unternehmen".equals(art) ? "company" : "person");
		// a link from an invitation (e.g. to a training run) fills in the invited address
		form.setEmail(email.strip());
		model.addAttribute("form", form);
		return registrationPage(model, returnTo);
	}

	@PostMapping("/registrieren")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			@RequestParam(name = ReturnPath.PARAMETER, required = false) @Nullable String returnTo, Model model,
			Locale locale) {
		PasswordChecks.check(passwordPolicy, form.getPassword(), form.getPasswordRepeat(), form.getEmail(), errors);
		if (form.isCompany()) {
			if (form.getCompanyName().isBlank()) {
				errors.rejectValue("companyName", "common.validation.required");
			}
			if (region.district(form.getDistrictCode()).isEmpty()) {
				errors.rejectValue("districtCode", "accounts.register.district.invalid");
			}
		}
		if (errors.hasErrors()) {
			form.setPassword("");
			form.setPasswordRepeat("");
			return registrationPage(model, returnTo);
		}
		registration.register(new RegistrationRequest(form.getDisplayName(), form.getEmail(), form.getPassword(),
				form.isCompany() ? form.getCompanyName() : null, form.isCompany() ? form.getDistrictCode() : null,
				locale.getLanguage(), ReturnPath.of(returnTo).orElse(null)));
		model.addAttribute("email", form.getEmail().trim());
		return "accounts/registered";
	}

	private String registrationPage(Model model, @Nullable String returnTo) {
		model.addAttribute("districts", region.districts());
		model.addAttribute("returnTo", ReturnPath.of(returnTo).orElse(null));
		model.addAttribute("loginUrl", ReturnPath.append("/login", returnTo));
		return "accounts/register";
	}

	@GetMapping("/konto/bestaetigen")
	String verificationPage(@RequestParam(defaultValue = "") String token,
			@RequestParam(name = ReturnPath.PARAMETER, required = false) @Nullable String returnTo, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("returnTo", ReturnPath.of(returnTo).orElse(null));
		model.addAttribute("state", registration.verificationLink(token));
		model.addAttribute("form", new EmailForm());
		return "accounts/verify";
	}

	@PostMapping("/konto/bestaetigen")
	String verify(@RequestParam(defaultValue = "") String token,
			@RequestParam(name = ReturnPath.PARAMETER, required = false) @Nullable String returnTo, Model model,
			RedirectAttributes redirect) {
		LinkState state = registration.verify(token);
		if (state == LinkState.VALID) {
			redirect.addFlashAttribute("message", "accounts.verify.done");
			return "redirect:" + ReturnPath.append("/login", returnTo);
		}
		model.addAttribute("token", token);
		model.addAttribute("state", state);
		model.addAttribute("form", new EmailForm());
		return "accounts/verify";
	}

	@PostMapping("/konto/bestaetigen/neu")
	String resendVerification(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, Model model,
			Locale locale) {
		if (errors.hasErrors()) {
			model.addAttribute("state", LinkState.UNKNOWN);
			model.addAttribute("token", "");
			return "accounts/verify";
		}
		registration.resendVerification(form.getEmail(), locale);
		model.addAttribute("email", form.getEmail().trim());
		return "accounts/link-sent";
	}

	@GetMapping("/passwort-vergessen")
	String forgotPassword(Model model) {
		model.addAttribute("form", new EmailForm());
		return "accounts/forgot-password";
	}

	@PostMapping("/passwort-vergessen")
	String requestReset(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, Model model,
			Locale locale, HttpServletRequest request) {
		if (!errors.hasErrors() && !limiter.tryAcquire(
				new RateLimiter.Limit("accounts.reset.client:" + request.getRemoteAddr(), RESETS_PER_CLIENT, Duration.ofHours(1)))) {
			errors.reject("accounts.forgot.too-many");
		}
		if (errors.hasErrors()) {
			return "accounts/forgot-password";
		}
		registration.requestPasswordReset(form.getEmail(), locale);
		model.addAttribute("email", form.getEmail().trim());
		return "accounts/link-sent";
	}

	@GetMapping("/passwort-neu")
	String resetPage(@RequestParam(defaultValue = "") String token, Model model) {
		LinkState state = registration.resetLink(token);
		PasswordForm form = new PasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		model.addAttribute("state", state);
		return "accounts/reset-password";
	}

	@PostMapping("/passwort-neu")
	String reset(@ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LinkState state = registration.resetLink(form.getToken());
		if (state == LinkState.VALID) {
			PasswordChecks.check(passwordPolicy, form.getPassword(), form.getPasswordRepeat(), "", errors);
			if (!errors.hasErrors()) {
				state = registration.resetPassword(form.getToken(), form.getPassword());
				if (state == LinkState.VALID) {
					redirect.addFlashAttribute("message", "accounts.reset.done");
					return "redirect:/login";
				}
			}
		}
		form.setPassword("");
		form.setPasswordRepeat("");
		model.addAttribute("state", state);
		return "accounts/reset-password";
	}

}
