package de.itas.platform.events;

import org.springframework.modulith.NamedInterface;

/**
 * How many places of each mode are held (confirmed or offered) and how many people wait.
 */
@NamedInterface("api")
public record Places(int onsiteHeld, int onlineHeld, int onsiteWaiting, int onlineWaiting) {

	public static final Places NONE = new Places(0, 0, 0, 0);

	public int held(AttendanceMode mode) {
		return mode == AttendanceMode.ONSITE ? onsiteHeld : onlineHeld;
	}

	public int waiting(AttendanceMode mode) {
		return mode == AttendanceMode.ONSITE ? onsiteWaiting : onlineWaiting;
	}

	/** Free places of the mode (never negative); 0 when the event is not offered in it. */
	public int free(EventView event, AttendanceMode mode) {
		return Math.max(0, event.capacity(mode) - held(mode));
	}

	/** No free place in any mode the event is offered in. */
	public boolean full(EventView event) {
		return event.modes().stream().allMatch(mode -> free(event, mode) == 0);
	}

}
