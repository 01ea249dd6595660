package de.itas.platform.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.ReturnPath;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.security.SingleSignOn;
import de.itas.platform.shared.security.SsoRefusedException;

/** Pages of the shell: home, sign-in, the personal start page and the legal pages. */
@Controller
class ShellController {

	private static final Logger log = LoggerFactory.getLogger(ShellController.class);

	/** A start-page section with the values read for this request. */
	record RenderedSection(String template, String fragment, Map<String, Object> model) {
	}

	private final Shell shell;
	private final LegalSettings legal;
	private final List<StartPageSection> sections;
	private final SingleSignOn singleSignOn;

	ShellController(Shell shell, LegalSettings legal, List<StartPageSection> sections, SingleSignOn singleSignOn) {
		this.shell = shell;
		this.singleSignOn = singleSignOn;
		this.legal = legal;
		this.sections = sections.stream().sorted(Comparator.comparingInt(StartPageSection::order)).toList();
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		model.addAttribute("tiles", shell.homeTiles());
		PlatformUser viewer = CurrentUser.get().orElse(null);
		List<RenderedSection> upper = new ArrayList<>();
		List<RenderedSection> lower = new ArrayList<>();
		for (StartPageSection section : sections) {
			Map<String, Object> values;
			try {
				values = section.model(viewer, locale);
			}
			catch (RuntimeException ex) {
				log.warn("Start page section {} :: {} left out: {}", section.template(), section.fragment(),
						ex.toString());
				continue;
			}
			if (!values.isEmpty()) {
				(section.order() < 100 ? upper : lower)
					.add(new RenderedSection(section.template(), section.fragment(), values));
			}
		}
		model.addAttribute("upperSections", upper);
		model.addAttribute("lowerSections", lower);
		return "shell/home";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String blocked,
			@RequestParam(required = false) @Nullable String sso,
			@RequestParam(name = ReturnPath.PARAMETER, required = false) @Nullable String returnTo, Model model) {
		model.addAttribute("problem", blocked != null ? "blocked" : error != null ? "error" : null);
		// the form carries the page the person came from; the link to registration passes it on
		model.addAttribute("returnTo", ReturnPath.of(returnTo).orElse(null));
		model.addAttribute("registerUrl", ReturnPath.append("/registrieren", returnTo));
		model.addAttribute("ssoButtons", singleSignOn.buttons(returnTo));
		model.addAttribute("ssoProblem", java.util.Arrays.stream(SsoRefusedException.Reason.values())
			.map(SsoRefusedException.Reason::parameter)
			.filter(reason -> reason.equals(sso))
			.findFirst()
			.orElse(null));
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
