package de.itas.platform.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.notifications.Recipient;
import de.itas.platform.shared.notifications.Recipients;

/** Where notifications of the kernel go: the account's current address, name and language. */
@Component
@Transactional(readOnly = true)
class AccountRecipients implements Recipients {

	private final UserAccountRepository accounts;

	AccountRecipients(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Recipient> recipient(UUID person) {
		return accounts.findById(person)
			.map(account -> new Recipient(account.email(), account.displayName(),
					Locale.forLanguageTag(account.language())));
	}

}
