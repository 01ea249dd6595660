package de.itas.platform.shared.figures;

/**
 * What a figure counts. Items (inquiries, appointments, registrations, runs) add up across months and
 * districts; companies and persons are counted distinct within one month and district, so the same company
 * active in two months or districts counts in each, and their values must not be summed into a distinct
 * total.
 */
public enum Counted {

	/** Distinct companies (organisations). */
	COMPANIES,

	/** Distinct persons. */
	PERSONS,

	/** Things that happened or exist (inquiries, appointments, registrations, runs, checks). */
	ITEMS;

	/** Whether values of different months or districts may be added up. */
	public boolean additive() {
		return this == ITEMS;
	}

}
