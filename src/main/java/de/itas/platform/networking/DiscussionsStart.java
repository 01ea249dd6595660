package de.itas.platform.networking;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Keeps the discussions in step with the region: one space per action field of the region on every start. */
@Component
class DiscussionsStart {

	private final Discussions discussions;

	DiscussionsStart(Discussions discussions) {
		this.discussions = discussions;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(20)
	void spaces() {
		discussions.ensureActionFieldSpaces();
	}

}
