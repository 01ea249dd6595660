package de.itas.platform.trainings.search;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code offer.next_start} (the first upcoming run, which orders the catalogue) and {@code offer.districts}
 * (the districts of the upcoming runs, which the district facet counts) true as days pass:
 * a trigger sets both whenever runs change; once an hour and at start-up this moves them on for offers whose
 * next run has begun since.
 */
@Component
class NextStarts {

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	NextStarts(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${platform.trainings.next-start-cron:0 1 * * * *}", zone = "Europe/Berlin")
	void refreshAll() {
		refresh();
	}

	/** Moves the next start on where it has passed; answers how many offers changed. */
	int refresh() {
		return jdbc.update("UPDATE trainings.offer SET next_start = trainings.offer_next_start(id), "
				+ "districts = trainings.offer_districts(id) WHERE next_start < :today",
				new MapSqlParameterSource("today", LocalDate.now(clock)));
	}

}
