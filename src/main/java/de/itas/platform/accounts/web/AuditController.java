package de.itas.platform.accounts.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.accounts.AuditEntry;
import de.itas.platform.accounts.AuditLog;

/** The audit log of staff access to personal data, for admins. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/protokoll")
	String log(@RequestParam(required = false) @Nullable String suche, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int current = Math.max(0, page);
		java.util.List<AuditEntry> entries = audit.all(suche, current * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_SIZE)));
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("search", suche == null ? "" : suche);
		return "accounts/audit";
	}

}
