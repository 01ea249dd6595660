package de.itas.platform.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.shared.privacy.PersonalData;

/**
 * A newsletter subscriber is not an account, but an account's owner may have subscribed with the account's
 * address: the export („Meine Daten“) shows that subscription with its proof, and deleting the account removes
 * it. A subscriber without an account asks the coordination, who find the address in the editor's subscriber
 * list and delete it there ({@link NewsletterSubscriptions#erase(String)}).
 */
@Component
class NewsletterPersonalData implements PersonalData {

	private final Accounts accounts;
	private final NewsletterSubscriptions subscriptions;

	NewsletterPersonalData(Accounts accounts, NewsletterSubscriptions subscriptions) {
		this.accounts = accounts;
		this.subscriptions = subscriptions;
	}

	@Override
	public String module() {
		return "newsletter";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Optional<NewsletterSubscriptions.Subscriber> subscriber = accounts.account(person)
			.flatMap(account -> subscriptions.findByEmail(account.email()));
		if (subscriber.isEmpty()) {
			return Map.of();
		}
		NewsletterSubscriptions.Subscriber found = subscriber.get();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("email", found.email());
		data.put("status", found.status());
		data.put("topics", found.topics().stream().map(Enum::name).sorted().toList());
		data.put("consentText", found.consentText());
		data.put("consentVersion", found.consentVersion());
		data.put("requestedAt", found.requestedAt().toString());
		if (found.confirmedAt() != null) {
			data.put("confirmedAt", found.confirmedAt().toString());
		}
		if (found.unsubscribedAt() != null) {
			data.put("unsubscribedAt", found.unsubscribedAt().toString());
		}
		return data;
	}

	@Override
	public void erase(UUID person) {
		accounts.account(person).ifPresent(account -> subscriptions.erase(account.email()));
	}

}
