package de.itas.platform.learning.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.learning.Certificate;
import de.itas.platform.learning.Certificates;
import de.itas.platform.learning.CourseAccess;
import de.itas.platform.learning.CourseStore;
import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The public check of a certificate (no sign-in): a valid one shows holder and course — the least that lets a third
 * party compare it with the paper —, a revoked one only that it was revoked, an unknown code that it is unknown. And
 * the staff's page to revoke one, which shows the holder and is therefore recorded in the access audit.
 */
@Controller
class CertificateController {

	/** The parameter the confirming button sends; a POST without it only leads to the confirmation page. */
	static final String CONFIRMED = "verbindlich";

	private final Certificates certificates;
	private final CourseStore store;
	private final CourseAccess access;
	private final AccessAudit audit;

	CertificateController(Certificates certificates, CourseStore store, CourseAccess access, AccessAudit audit) {
		this.certificates = certificates;
		this.store = store;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/zertifikate/pruefen")
	String check(@RequestParam(name = "code", required = false) @Nullable String code, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		if (code != null && !code.isBlank()) {
			fill(model, certificates.find(code));
		}
		return "learning/certificate/check";
	}

	@GetMapping("/zertifikate/{code:[A-Za-z0-9-]+}")
	String certificate(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		fill(model, certificates.find(code));
		return "learning/certificate/check";
	}

	private static void fill(Model model, Optional<Certificate> found) {
		model.addAttribute("checked", true);
		found.ifPresent(certificate -> {
			model.addAttribute("certificate", certificate);
			model.addAttribute("issued", certificate.issuedAt().atZone(java.time.ZoneId.of("Europe/Berlin")));
		});
	}

	@GetMapping("/lernen/verwaltung/zertifikate")
	String manage(@RequestParam(name = "code", required = false) @Nullable String code, Model model) {
		if (!access.mayCreate()) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("code", code == null ? "" : code);
		if (code != null && !code.isBlank()) {
			model.addAttribute("checked", true);
			mayRevoke(code).ifPresent(certificate -> {
				audit.personalDataViewed(certificate.personId(), "learning.certificate.audit.viewed", certificate.code());
				model.addAttribute("certificate", certificate);
			});
		}
		return "learning/certificate/manage";
	}

	@PostMapping("/lernen/verwaltung/zertifikate/{code:[A-Za-z0-9-]+}/widerrufen")
	String revoke(@PathVariable String code, @RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = CONFIRMED, required = false) @Nullable String confirmed, Model model,
			RedirectAttributes redirect) {
		Certificate certificate = mayRevoke(code).orElseThrow(NotFoundException::new);
		if (reason.isBlank() || confirmed == null) {
			model.addAttribute("certificate", certificate);
			model.addAttribute("code", certificate.code());
			model.addAttribute("checked", true);
			model.addAttribute("reason", reason);
			model.addAttribute("reasonMissing", reason.isBlank());
			return reason.isBlank() ? "learning/certificate/manage" : "learning/certificate/revoke-confirm";
		}
		certificates.revoke(certificate.code(), CurrentUser.get().orElseThrow().id(), reason);
		redirect.addFlashAttribute("message", "learning.certificate.revoke.done");
		return "redirect:/lernen/verwaltung/zertifikate?code=" + certificate.code();
	}

	/** The certificate if the signed-in person may revoke it: staff every one, a provider those of their courses. */
	private Optional<Certificate> mayRevoke(String code) {
		return certificates.find(code)
			.filter(certificate -> store.find(certificate.courseId()).map(access::mayEdit).orElse(false));
	}

}
