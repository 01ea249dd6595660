package de.itas.platform.governance;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A milestone of a measure: due on a date, reached when it has a done date. */
public record MilestoneView(UUID id, UUID measureId, String title, LocalDate dueOn, @Nullable LocalDate doneOn,
		int position) {

	public boolean reached() {
		return doneOn != null;
	}

	/** Reached after its due date, or not reached and the due date has passed. */
	public boolean missed(LocalDate today) {
		return doneOn != null ? doneOn.isAfter(dueOn) : today.isAfter(dueOn);
	}

}
