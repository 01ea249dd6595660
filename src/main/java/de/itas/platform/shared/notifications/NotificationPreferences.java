package de.itas.platform.shared.notifications;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.Role;

/**
 * How each person wants to hear of each kind of notification by mail, changed on the settings page or by the
 * unsubscribe link of a mail (which needs no sign-in).
 */
@Service
@Transactional(readOnly = true)
public class NotificationPreferences {

	private final NotificationKindRegistry kinds;
	private final NotificationStore store;
	private final UnsubscribeLinks links;

	NotificationPreferences(NotificationKindRegistry kinds, NotificationStore store, UnsubscribeLinks links) {
		this.kinds = kinds;
		this.store = store;
		this.links = links;
	}

	/** A kind with the person's current choice. */
	public record Setting(String kind, String labelKey, Delivery delivery) {
	}

	/** What an unsubscribe link switches off: a kind, or a digest. */
	public record Unsubscription(String labelKey, boolean digest) {
	}

	/** The kinds the person may receive with their choices, in module order. */
	public List<Setting> settings(UUID person, Set<Role> roles) {
		Map<String, Delivery> chosen = store.preferences(person);
		return kinds.all()
			.stream()
			.filter(kind -> kind.audience().includes(true, roles))
			.map(kind -> new Setting(kind.id(), kind.labelKey(), chosen.getOrDefault(kind.id(), kind.defaultDelivery())))
			.toList();
	}

	public Delivery delivery(UUID person, String kind) {
		NotificationKind declared = kinds.require(kind);
		return store.preferences(person).getOrDefault(kind, declared.defaultDelivery());
	}

	/**
	 * Records the person's choice for a kind. Switching mails off also drops what waits for a digest.
	 *
	 * @throws IllegalArgumentException for an unknown kind
	 */
	@Transactional
	public void choose(UUID person, String kind, Delivery delivery) {
		kinds.require(kind);
		store.savePreference(person, kind, delivery);
		if (delivery == Delivery.OFF) {
			store.cancelDigest(person, kind, null);
		}
	}

	/**
	 * Records the person's choices for several kinds at once.
	 *
	 * @throws IllegalArgumentException for an unknown kind (and nothing is changed)
	 */
	@Transactional
	public void choose(UUID person, Map<String, Delivery> choices) {
		choices.keySet().forEach(kinds::require);
		choices.forEach((kind, delivery) -> choose(person, kind, delivery));
	}

	/** What the link of a mail would switch off, for the page that asks to confirm; nothing for a forged link. */
	public Optional<Unsubscription> unsubscription(@Nullable String token) {
		return links.verify(token).flatMap(this::describe);
	}

	/** Switches off what the link names: its kind, or every kind that goes into its digest. */
	@Transactional
	public Optional<Unsubscription> unsubscribe(@Nullable String token) {
		Optional<UnsubscribeLinks.Target> target = links.verify(token);
		target.ifPresent(found -> found.digest().ifPresentOrElse(frequency -> {
			Map<String, Delivery> chosen = store.preferences(found.person());
			kinds.all()
				.stream()
				.filter(kind -> chosen.getOrDefault(kind.id(), kind.defaultDelivery()) == frequency)
				.forEach(kind -> store.savePreference(found.person(), kind.id(), Delivery.OFF));
			store.cancelDigest(found.person(), null, frequency);
		}, () -> {
			if (kinds.find(found.scope()).isPresent()) {
				choose(found.person(), found.scope(), Delivery.OFF);
			}
		}));
		return target.flatMap(this::describe);
	}

	private Optional<Unsubscription> describe(UnsubscribeLinks.Target target) {
		Optional<Delivery> digest = target.digest();
		if (digest.isPresent()) {
			return Optional.of(new Unsubscription(
					"notifications.unsubscribe.digest." + digest.get().name().toLowerCase(java.util.Locale.ROOT), true));
		}
		return kinds.find(target.scope()).map(kind -> new Unsubscription(kind.labelKey(), false));
	}

}
