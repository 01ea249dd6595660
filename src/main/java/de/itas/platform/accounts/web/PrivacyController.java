package de.itas.platform.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.AuditLog;
import de.itas.platform.accounts.Privacy;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;

/** "Meine Daten": what is stored, who looked at it, export and deletion of the own account. */
@Controller
class PrivacyController {

	private final Privacy privacy;
	private final AuditLog audit;
	private final Clock clock;

	PrivacyController(Privacy privacy, AuditLog audit, Clock clock) {
		this.privacy = privacy;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/meine-daten")
	String myData(Model model) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		model.addAttribute("accessLog", audit.about(user.id(), 0, 50));
		model.addAttribute("deletionDate", privacy.scheduledDeletion(user.id())
			.map(due -> LocalDate.ofInstant(due, clock.getZone()))
			.orElse(null));
		return "accounts/my-data";
	}

	/** Everything stored about the signed-in person, as a JSON download. */
	@GetMapping("/api/v1/me/export")
	@ResponseBody
	ResponseEntity<Map<String, Object>> export() {
		PlatformUser user = CurrentUser.get().orElseThrow();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meine-daten-itas.json\"")
			.body(privacy.export(user.id()));
	}

	@GetMapping("/meine-daten/loeschen")
	String confirmDeletion(Model model) {
		return "accounts/delete";
	}

	@PostMapping("/meine-daten/loeschen")
	String requestDeletion(@RequestParam(defaultValue = "") String password, Model model, Locale locale,
			RedirectAttributes redirect) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		if (!privacy.requestDeletion(user.id(), password, locale)) {
			model.addAttribute("wrongPassword", true);
			return "accounts/delete";
		}
		redirect.addFlashAttribute("message", "accounts.delete.requested");
		return "redirect:/meine-daten";
	}

	@PostMapping("/meine-daten/loeschen/abbrechen")
	String cancelDeletion(RedirectAttributes redirect) {
		privacy.cancelDeletion(CurrentUser.get().orElseThrow().id());
		redirect.addFlashAttribute("message", "accounts.delete.cancelled");
		return "redirect:/meine-daten";
	}

}
