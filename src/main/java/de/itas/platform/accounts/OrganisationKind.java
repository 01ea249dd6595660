package de.itas.platform.accounts;

/** What an organisation is to the network. */
public enum OrganisationKind {

	/** A company of the region (Unternehmen). */
	COMPANY,
	/** A consortium partner (staff: advisors, coordination). */
	PARTNER,
	/** A training provider (Anbieter). */
	PROVIDER

}
