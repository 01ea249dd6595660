package de.itas.platform.shared.security;

import java.util.Locale;

/**
 * The platform's roles (see PRODUCT.md). One person can hold several. Visitors hold none.
 */
public enum Role {

	/** Beschäftigte/r: employees, job seekers, residents. */
	EMPLOYEE,
	/** Member of a company organisation. */
	COMPANY_MEMBER,
	/** Administrator of a company organisation. */
	COMPANY_ADMIN,
	/** Berater/in of a consortium partner or help desk. */
	ADVISOR,
	/** Anbieter: training provider. */
	PROVIDER,
	/** Koordination: lead of an action field. */
	COORDINATOR,
	/** Administration: platform operators. */
	ADMIN;

	/** The authority Spring Security checks, e.g. {@code ROLE_ADVISOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name as users see it. */
	public String messageKey() {
		return "common.role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
