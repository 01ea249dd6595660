package de.itas.platform.directory;

/**
 * Who may see a field group of a company profile, from the widest audience to the narrowest. The
 * company's own members always see everything of their company.
 */
public enum Visibility implements Labelled {

	/** Everyone, also visitors who are not signed in. */
	PUBLIC,
	/** Signed-in members of the network's organisations (companies, partners, providers). */
	NETWORK,
	/** Advisors, coordination and administration only. */
	ADVISORS;

	/** Whether a reader who may see up to {@code reach} sees a group with this visibility. */
	public boolean within(Visibility reach) {
		return ordinal() <= reach.ordinal();
	}

	@Override
	public String messageKey() {
		return Keys.of("visibility", this);
	}

}
