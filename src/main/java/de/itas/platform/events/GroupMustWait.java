package de.itas.platform.events;

/**
 * A group registration for which not all places are free (or others wait already): the group would go to the
 * waiting list together, which the company admin has to confirm first. Nothing was stored.
 */
public class GroupMustWait extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int size;

	private final int free;

	public GroupMustWait(int size, int free) {
		super("A group of " + size + " with " + free + " free places goes to the waiting list");
		this.size = size;
		this.free = free;
	}

	public int size() {
		return size;
	}

	public int free() {
		return free;
	}

}
