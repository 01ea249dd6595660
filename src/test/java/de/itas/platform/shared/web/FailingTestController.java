package de.itas.platform.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/** Test-only endpoints: one fails with an exception carrying internal details, one binds a form without errors. */
@Controller
class FailingTestController {

	@GetMapping("/test/fehler")
	String fail() {
		throw new IllegalStateException("internal detail that must never reach a user");
	}

	/** A form whose binding errors nobody looks at: refused input ends in the 400 page. */
	@GetMapping("/test/formular")
	@ResponseBody
	String form(@ModelAttribute("textForm") TextForm form) {
		return "bound: " + form.text();
	}

	record TextForm(String text) {
	}

}
