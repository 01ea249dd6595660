package de.itas.platform.shared.security.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.shared.security.LoginThrottle;

/** "Anmeldeschutz": accounts under attack and running login blocks, for admins, who may lift a block. */
@Controller
@RequestMapping("/admin/anmeldeschutz")
@PreAuthorize("hasRole('ADMIN')")
class LoginProtectionController {

	private final LoginThrottle throttle;

	LoginProtectionController(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("attacks", throttle.attackedAccounts());
		model.addAttribute("blocks", throttle.blocks());
		return "shell/login-protection";
	}

	@PostMapping("/freigeben")
	String lift(@RequestParam String key, RedirectAttributes redirect) {
		throttle.lift(key);
		redirect.addFlashAttribute("message", "shell.login-protection.lifted");
		return "redirect:/admin/anmeldeschutz";
	}

}
