package de.itas.platform.trainings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What operators may tune in the training catalogue.
 *
 * @param invitationDays how many days a person whom a company registered by name and e-mail has to confirm;
 *        the place is held meanwhile and freed when the invitation expires
 * @param invitationExpiryCron when expired invitations free their places (read by the scheduler)
 * @param invitationsPerHour how many invitations (and withdrawals of invitations, which mail the invitee too) one
 *        person may send per hour: the mails carry free text to any address
 * @param invitationsPerDay the same per day
 */
@ConfigurationProperties("platform.trainings")
record TrainingsSettings(@DefaultValue("7") int invitationDays,
		@DefaultValue("0 */15 * * * *") String invitationExpiryCron, @DefaultValue("20") int invitationsPerHour,
		@DefaultValue("50") int invitationsPerDay) {
}
