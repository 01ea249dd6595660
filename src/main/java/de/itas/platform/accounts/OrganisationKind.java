package de.itas.platform.accounts;

import org.springframework.modulith.NamedInterface;

/** What an organisation is to the network. */
@NamedInterface("api")
public enum OrganisationKind {

	/** A company of the region (Unternehmen). */
	COMPANY,
	/** A consortium partner (staff: advisors, coordination). */
	PARTNER,
	/** A training provider (Anbieter). */
	PROVIDER

}
