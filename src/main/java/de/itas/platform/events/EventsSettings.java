package de.itas.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What operators may tune in the events module's registration.
 *
 * @param offerDuration how long a person who moved up from the waiting list has to confirm the offered place
 *        (never beyond the end of the registration)
 * @param offerExpiryCron when offers that ran out pass their places on
 * @param reminderCron when participants are reminded of the events of the next day
 * @param maxGroupSize the most people a company admin registers in one group registration
 */
@ConfigurationProperties("platform.events")
record EventsSettings(@DefaultValue("48h") Duration offerDuration,
		@DefaultValue("0 */10 * * * *") String offerExpiryCron, @DefaultValue("0 0 * * * *") String reminderCron,
		@DefaultValue("20") int maxGroupSize) {
}
