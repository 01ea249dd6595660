package de.itas.platform.helpdesk;

/** The slot was booked by somebody else meanwhile ("vergeben"). */
public class SlotTakenException extends RuntimeException {

	public SlotTakenException() {
		super("Slot already booked");
	}

}
