package de.itas.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rules that give out the places of one attendance mode, without any storage (the callers hold the
 * event's row lock while they apply them):
 * <ul>
 * <li>A new registration of {@code size} people (1 for a single, n for a group) gets places only if all of
 * them fit and nobody of that mode waits; otherwise all of them wait together. A group is never split.</li>
 * <li>The waiting list moves up in strict order of {@code waiting_since} (then id): the head entry, a single
 * or a whole group, gets an offer when places for all of it are free. A later, smaller entry never overtakes a
 * head that does not fit yet; the places stay free until the head fits or leaves the list.</li>
 * <li>An offer holds its places until {@link #offerUntil}: the configured duration, but never beyond the end
 * of the registration. An offer that runs out frees its places, and the next entry moves up.</li>
 * </ul>
 */
public final class CapacityRules {

	/** The default time a person has to confirm an offer to move up. */
	public static final Duration DEFAULT_OFFER = Duration.ofHours(48);

	private CapacityRules() {
	}

	/** What a new registration becomes. */
	public enum Admission {
		CONFIRMED, WAITING
	}

	/**
	 * One entry of the waiting list: a single person or a whole group (their rows share the group id and the
	 * time they began to wait).
	 *
	 * @param key the group id, or the registration id of a single
	 */
	public record Waiting(String key, int size, Instant waitingSince) {
	}

	/** Free places of a mode (never negative). */
	public static int free(int capacity, int held) {
		return Math.max(0, capacity - held);
	}

	/**
	 * Places for a new registration of {@code size} people of one mode.
	 *
	 * @param capacity the mode's places
	 * @param held the places held (confirmed or offered)
	 * @param waiting how many of that mode wait
	 */
	public static Admission admit(int capacity, int held, int waiting, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("A registration is for at least one person");
		}
		return waiting == 0 && size <= free(capacity, held) ? Admission.CONFIRMED : Admission.WAITING;
	}

	/**
	 * The entries that get an offer now: the head of the list while it fits into the free places, then the
	 * next head, and so on; the first entry that does not fit stops the list (no overtaking).
	 *
	 * @param waiting the mode's waiting list in its order
	 */
	public static List<Waiting> movingUp(int capacity, int held, List<Waiting> waiting) {
		int free = free(capacity, held);
		List<Waiting> moving = new ArrayList<>();
		for (Waiting entry : waiting) {
			if (entry.size() > free) {
				break;
			}
			moving.add(entry);
			free -= entry.size();
		}
		return moving;
	}

	/**
	 * Until when an offer made at {@code now} holds its places: {@code duration} later, but never after the
	 * registration ends; {@code null} when the registration has ended (then nobody moves up).
	 */
	public static @Nullable Instant offerUntil(Instant now, Duration duration, Instant registrationEnds) {
		if (!now.isBefore(registrationEnds)) {
			return null;
		}
		Instant until = now.plus(duration);
		return until.isAfter(registrationEnds) ? registrationEnds : until;
	}

	/** Whether an offer is still open at {@code now}. */
	public static boolean offerOpen(Instant offerUntil, Instant now) {
		return now.isBefore(offerUntil);
	}

}
