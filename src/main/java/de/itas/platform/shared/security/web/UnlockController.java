package de.itas.platform.shared.security.web;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.security.LoginDevices;

/**
 * The unlock link mailed to the owner of a throttled account: the browser that opens it becomes a known
 * device of the account, which signs in with the right password despite other people's failures. The link
 * grants nothing without the password, so it may be opened (and prefetched) any number of times.
 */
@Controller
class UnlockController {

	private final LoginDevices devices;

	UnlockController(LoginDevices devices) {
		this.devices = devices;
	}

	@GetMapping("/login/entsperren")
	String unlock(@RequestParam(required = false) @Nullable String token, HttpServletResponse response, Model model) {
		boolean valid = token != null && devices.isKnown(token);
		if (valid) {
			devices.setCookie(response, token);
		}
		model.addAttribute("valid", valid);
		return "shell/unlock";
	}

}
