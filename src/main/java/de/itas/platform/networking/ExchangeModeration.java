package de.itas.platform.networking;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Moderation acts on the exchange's posts through this: hide or show a post, replace its description. */
@Component
class ExchangeModeration implements Moderatable {

	static final String KIND = "exchange-post";

	private final ExchangeStore store;
	private final java.time.Clock clock;

	ExchangeModeration(ExchangeStore store, java.time.Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<ModeratedContent> content(UUID itemId) {
		return store.post(itemId)
			.map(post -> new ModeratedContent(KIND, post.id(), post.authorId(), post.title(), post.description(),
					"/kooperationsboerse/" + post.id(), post.hidden()));
	}

	@Override
	public void setHidden(UUID itemId, boolean hidden) {
		store.setHidden(itemId, hidden);
	}

	@Override
	public void replaceText(UUID itemId, String text) {
		store.replaceDescription(itemId, text, clock.instant());
	}

}
