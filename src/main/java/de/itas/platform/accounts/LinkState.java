package de.itas.platform.accounts;

/** What a link from a mail turned out to be. */
public enum LinkState {

	VALID, EXPIRED, USED, UNKNOWN

}
