package de.itas.platform.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only page that sets the Open Graph values a news article sets (description, image path, alt text). */
@Controller
class OpenGraphTestController {

	@GetMapping("/test/open-graph")
	String page(Model model) {
		model.addAttribute("ogDescription", "Kurzer Anriss des Artikels");
		model.addAttribute("ogImage", "/aktuelles/bilder/7");
		model.addAttribute("ogImageAlt", "Menschen an einem Tisch");
		model.addAttribute("ogType", "article");
		return "shell/login";
	}

}
