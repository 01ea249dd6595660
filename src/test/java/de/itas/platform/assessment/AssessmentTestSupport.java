package de.itas.platform.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;


import de.itas.platform.SignedIn;
import de.itas.platform.shared.security.PlatformUser;

/** Helpers shared by the assessment module's integration tests. */
final class AssessmentTestSupport {

	private AssessmentTestSupport() {
	}

	static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** Runs service calls as this person, as a request of theirs would. */
	static <T> T as(PlatformUser user, Supplier<T> action) {
		return SignedIn.as(user, action::get);
	}

	static void as(PlatformUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	/** The answers of one step, every question answered with the option at this index (or "weiß nicht"). */
	static Map<String, String> step(Questionnaire questionnaire, int step, int optionIndex) {
		Map<String, String> answers = new HashMap<>();
		for (Questionnaire.Question question : questionnaire.dimensions().get(step).questions()) {
			var scale = questionnaire.scale(question);
			answers.put(question.key(), optionIndex < 0 ? Questionnaire.UNKNOWN
					: scale.get(Math.min(optionIndex, scale.size() - 1)).key());
		}
		return answers;
	}

}
