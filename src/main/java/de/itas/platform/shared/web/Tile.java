package de.itas.platform.shared.web;

import java.util.EnumSet;
import java.util.Set;

import de.itas.platform.shared.security.Role;

/**
 * A tile on a start page ("Mein Bereich" for signed-in people, the home page for visitors).
 *
 * @param titleKey message key of the title
 * @param textKey message key of the one-sentence description
 * @param path the page it leads to
 * @param order position, lower first
 * @param audience who sees it
 * @param leadsFor roles whose daily work the tile is: for holders of one of them it comes before all tiles
 *        that do not lead for them, so that each role's start page begins with what that role does
 */
public record Tile(String titleKey, String textKey, String path, int order, Audience audience, Set<Role> leadsFor) {

	public Tile {
		leadsFor = Set.copyOf(leadsFor);
	}

	/** A tile that leads for no role: its place is given by its order alone. */
	public Tile(String titleKey, String textKey, String path, int order, Audience audience) {
		this(titleKey, textKey, path, order, audience, Set.of());
	}

	/** This tile, placed first on the start page of holders of these roles. */
	public Tile leadingFor(Role first, Role... more) {
		return new Tile(titleKey, textKey, path, order, audience, EnumSet.of(first, more));
	}

	/** Whether the tile is the daily work of a person holding these roles. */
	public boolean leadsFor(Set<Role> heldRoles) {
		return heldRoles.stream().anyMatch(leadsFor::contains);
	}

}
