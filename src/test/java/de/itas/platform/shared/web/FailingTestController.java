package de.itas.platform.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only endpoint that fails with an exception carrying internal details. */
@Controller
class FailingTestController {

	@GetMapping("/test/fehler")
	String fail() {
		throw new IllegalStateException("internal detail that must never reach a user");
	}

}
