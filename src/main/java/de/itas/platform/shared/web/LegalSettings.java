package de.itas.platform.shared.web;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator details shown on Impressum, Datenschutz and Barrierefreiheitserklärung; every operator sets
 * its own.
 */
@ConfigurationProperties("platform.legal")
record LegalSettings(String operator, String address, String email, String phone, String representative,
		String privacyOfficer, String accessibilityContact, String accessibilityStatus,
		LocalDate accessibilityReviewDate) {
}
