package de.itas.platform.skills.web;

import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.shared.web.Htmx;
import de.itas.platform.skills.TaxonomyImports;

/** Admin page of the taxonomy: what is imported, start an import of an export on the server, follow it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TaxonomyAdminController {

	private final TaxonomyImports imports;

	TaxonomyAdminController(TaxonomyImports imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/taxonomie")
	String page(HttpServletRequest request, Model model) {
		model.addAttribute("status", imports.status().orElse(null));
		model.addAttribute("progress", imports.progress().orElse(null));
		if (!model.containsAttribute("directory")) {
			model.addAttribute("directory", imports.suggestedDirectory());
		}
		return Htmx.view(request, "skills/admin", "progress");
	}

	@PostMapping("/admin/taxonomie/import")
	String start(@RequestParam("verzeichnis") String directory, RedirectAttributes redirect) {
		boolean started;
		try {
			started = !directory.isBlank() && imports.start(Path.of(directory.strip()));
		}
		catch (java.nio.file.InvalidPathException ex) {
			started = false;
		}
		redirect.addFlashAttribute("message", started ? "skills.admin.started" : "skills.admin.not-started");
		redirect.addFlashAttribute("directory", directory);
		return "redirect:/admin/taxonomie";
	}

}
