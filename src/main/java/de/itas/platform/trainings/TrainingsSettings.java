package de.itas.platform.trainings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What operators may tune in the training catalogue.
 *
 * @param invitationDays how many days a person whom a company registered by name and e-mail has to confirm;
 *        the place is held meanwhile and freed when the invitation expires
 * @param invitationExpiryCron when expired invitations free their places (read by the scheduler)
 */
@ConfigurationProperties("platform.trainings")
record TrainingsSettings(@DefaultValue("7") int invitationDays,
		@DefaultValue("0 */15 * * * *") String invitationExpiryCron) {
}
