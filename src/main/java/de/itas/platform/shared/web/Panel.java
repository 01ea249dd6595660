package de.itas.platform.shared.web;

import java.util.EnumSet;
import java.util.Set;

import de.itas.platform.shared.security.Role;

/**
 * A section of a signed-in person's start page ("Mein Bereich") whose content a module supplies. The shell
 * renders a placeholder holding a plain link, so the page works without JavaScript, and htmx replaces it
 * with the module's fragment once the page has loaded; the shell needs no dependency on the module.
 *
 * @param fragmentPath where htmx fetches the section: answers an htmx request with an HTML fragment whose
 *        headings start at level 2
 * @param linkKey message key of the placeholder's link
 * @param path the page the placeholder's link leads to
 * @param order position, lower first
 * @param audience who sees it
 * @param leadsFor roles whose daily work the section is: holders of one of them see it above the tiles,
 *        everyone else in the audience below them
 */
public record Panel(String fragmentPath, String linkKey, String path, int order, Audience audience,
		Set<Role> leadsFor) {

	public Panel {
		leadsFor = Set.copyOf(leadsFor);
	}

	/** A panel that leads for no role: it is shown below the tiles. */
	public Panel(String fragmentPath, String linkKey, String path, int order, Audience audience) {
		this(fragmentPath, linkKey, path, order, audience, Set.of());
	}

	/** This panel, shown above the tiles for holders of these roles. */
	public Panel leadingFor(Role first, Role... more) {
		return new Panel(fragmentPath, linkKey, path, order, audience, EnumSet.of(first, more));
	}

	/** Whether the section is the daily work of a person holding these roles. */
	public boolean leadsFor(Set<Role> heldRoles) {
		return heldRoles.stream().anyMatch(leadsFor::contains);
	}

}
