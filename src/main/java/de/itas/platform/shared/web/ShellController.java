package de.itas.platform.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.ReturnPath;
import de.itas.platform.shared.security.Role;

/** Pages of the shell: home, sign-in, the personal start page and the legal pages. */
@Controller
class ShellController {

	private final Shell shell;
	private final LegalSettings legal;

	ShellController(Shell shell, LegalSettings legal) {
		this.shell = shell;
		this.legal = legal;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tiles", shell.homeTiles());
		return "shell/home";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String blocked,
			@RequestParam(name = ReturnPath.PARAMETER, required = false) @Nullable String returnTo, Model model) {
		model.addAttribute("problem", blocked != null ? "blocked" : error != null ? "error" : null);
		// the form carries the page the person came from; the link to registration passes it on
		model.addAttribute("returnTo", ReturnPath.of(returnTo).orElse(null));
		model.addAttribute("registerUrl", ReturnPath.append("/registrieren", returnTo));
		return "shell/login";
	}

	@GetMapping("/mein-bereich")
	String myArea(Model model) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		model.addAttribute("user", user);
		model.addAttribute("roles", user.roles().stream().sorted().map(Role::messageKey).toList());
		model.addAttribute("tiles", shell.personalTiles(user.roles()));
		model.addAttribute("panels", shell.leadingPanels(user.roles()));
		model.addAttribute("furtherPanels", shell.furtherPanels(user.roles()));
		return "shell/my-area";
	}

	@GetMapping("/impressum")
	String imprint(Model model) {
		model.addAttribute("legal", legal);
		return "shell/imprint";
	}

	@GetMapping("/datenschutz")
	String privacy(Model model) {
		model.addAttribute("legal", legal);
		return "shell/privacy";
	}

	@GetMapping("/barrierefreiheit")
	String accessibility(Model model) {
		model.addAttribute("legal", legal);
		return "shell/accessibility";
	}

}
