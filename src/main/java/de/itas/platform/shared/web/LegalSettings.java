package de.itas.platform.shared.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator details shown on Impressum, Datenschutz and Barrierefreiheitserklärung; every operator sets
 * its own.
 *
 * @param accessibilityContact the e-mail address for feedback on barriers
 * @param accessibilityContactName the named person or office who answers that feedback
 * @param accessibilityStatus {@code vollstaendig} or {@code teilweise} (BITV 2.0)
 * @param accessibilityReviewDate when the statement was last checked
 * @param accessibilityKnownIssues the known barriers, as keys of messages {@code shell.accessibility.issue.KEY}
 * @param enforcementBody the name of the state's enforcement body (Durchsetzungsstelle)
 * @param enforcementAddress its postal address
 * @param enforcementEmail its e-mail address
 * @param enforcementUrl its web site
 */
@ConfigurationProperties("platform.legal")
record LegalSettings(String operator, String address, String email, String phone, String representative,
		String privacyOfficer, String accessibilityContact, @DefaultValue("") String accessibilityContactName,
		String accessibilityStatus, LocalDate accessibilityReviewDate,
		@DefaultValue("") List<String> accessibilityKnownIssues, @DefaultValue("") String enforcementBody,
		@DefaultValue("") String enforcementAddress, @DefaultValue("") String enforcementEmail,
		@DefaultValue("") String enforcementUrl) {
}
