package de.itas.platform.accounts.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.NotFoundException;

/** The signed-in person's own account page. */
@Controller
class AccountController {

	private final Accounts accounts;
	private final Clock clock;

	AccountController(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/konto")
	String account(Model model) {
		AccountSummary account = CurrentUser.get()
			.flatMap(user -> accounts.account(user.id()))
			.orElseThrow(NotFoundException::new);
		model.addAttribute("account", account);
		model.addAttribute("since", LocalDate.ofInstant(account.createdAt(), clock.getZone()));
		model.addAttribute("roles", account.roles().stream().sorted().map(Role::messageKey).toList());
		return "accounts/account";
	}

}
