package de.itas.platform.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.security.PlatformUser;

/**
 * The demo course „Circular Cars“ and one demo learner with the course in progress (two lessons read, the final quiz
 * not yet taken). Runs once, when the course does not exist yet.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class CourseDemoData {

	private static final Logger log = LoggerFactory.getLogger(CourseDemoData.class);

	static final String LEARNER = "beschaeftigte@demo.itas.local";

	private final CourseDemoContent content;
	private final CourseStore store;
	private final Enrolments enrolments;
	private final UserDetailsService users;
	private final TransactionTemplate transactions;

	CourseDemoData(CourseDemoContent content, CourseStore store, Enrolments enrolments, UserDetailsService users,
			TransactionTemplate transactions) {
		this.content = content;
		this.store = store;
		this.enrolments = enrolments;
		this.users = users;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(70)
	void load() {
		if (store.bySlug(content.slug()).isPresent()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			UUID id = content.create(null, null);
			Course course = store.find(id).orElseThrow();
			learner().ifPresent(learner -> {
				CourseContent loaded = store.content(course);
				enrolments.enrol(course, learner.id());
				List<Lesson> lessons = loaded.lessons();
				for (int i = 0; i < Math.min(2, lessons.size()); i++) {
					enrolments.lessonOpened(loaded, learner, lessons.get(i).id());
				}
			});
		});
		log.info("Created the demo course {}", content.slug());
	}

	private Optional<PlatformUser> learner() {
		try {
			return Optional.of((PlatformUser) users.loadUserByUsername(LEARNER));
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

}
