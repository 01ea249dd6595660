package de.itas.platform.shared.mail.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.web.NotFoundException;

/** "Postausgang": the mails of the local outbox, for admins of a platform without mail server. */
@Controller
@RequestMapping("/admin/postausgang")
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

	static final int PAGE_SIZE = 20;

	private final Outbox outbox;
	private final AccessAudit audit;

	OutboxController(Outbox outbox, AccessAudit audit) {
		this.outbox = outbox;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(0, page);
		long total = outbox.count();
		List<Outbox.StoredMail> mails = outbox.list(current * PAGE_SIZE, PAGE_SIZE);
		// the list shows whom each mail went to and what about: staff access to those people's data
		String pageNumber = String.valueOf(current + 1);
		mails.stream().map(Outbox.StoredMail::to).distinct()
			.forEach(to -> audit.personalDataViewedByEmail(to, "shell.audit.outbox-list", pageNumber));
		model.addAttribute("mails", mails);
		model.addAttribute("page", current);
		model.addAttribute("total", total);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
		return "shell/outbox/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		Outbox.StoredMail mail = outbox.find(id).orElseThrow(NotFoundException::new);
		audit.personalDataViewedByEmail(mail.to(), "shell.audit.outbox-mail", mail.subject());
		model.addAttribute("mail", mail);
		return "shell/outbox/show";
	}

}
