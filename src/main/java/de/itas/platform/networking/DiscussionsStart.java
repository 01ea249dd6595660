package de.itas.platform.networking;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.security.PlatformUser;

/**
 * Keeps the discussions in step with the platform: one space per action field of the region on every start, and
 * every coordinator or admin who signs in is known as a moderator (so that reports reach them even before they
 * first open the queue; the accounts API offers no list of role holders).
 */
@Component
class DiscussionsStart {

	private final Discussions discussions;
	private final ModerationStore store;
	private final TransactionTemplate transactions;

	DiscussionsStart(Discussions discussions, ModerationStore store, TransactionTemplate transactions) {
		this.discussions = discussions;
		this.store = store;
		this.transactions = transactions;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(20)
	void spaces() {
		discussions.ensureActionFieldSpaces();
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PlatformUser user) {
			transactions.executeWithoutResult(status -> store.remember(user));
		}
	}

}
