package de.itas.platform.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;

/** Collects navigation, tiles and panels from all modules' descriptors and filters them for a person. */
@Component
public class Shell {

	private final List<ModuleDescriptor> modules;

	Shell(List<ModuleDescriptor> modules) {
		this.modules = List.copyOf(modules);
	}

	public List<NavigationEntry> navigation(boolean signedIn, Set<Role> roles) {
		return modules.stream()
			.flatMap(module -> module.navigation().stream())
			.filter(entry -> entry.audience().includes(signedIn, roles))
			.sorted(Comparator.comparingInt(NavigationEntry::order))
			.toList();
	}

	/** Tiles of the public home page: those meant for visitors. */
	public List<Tile> homeTiles() {
		return tiles(tile -> tile.audience().visitors());
	}

	/**
	 * Tiles of a signed-in person's start page: those meant for them and not for everyone, the ones that lead
	 * for one of their roles first.
	 */
	public List<Tile> personalTiles(Set<Role> roles) {
		return tiles(tile -> !tile.audience().visitors() && tile.audience().includes(true, roles),
				Comparator.comparing((Tile tile) -> !tile.leadsFor(roles)).thenComparingInt(Tile::order));
	}

	/** Panels of a signed-in person's start page that are meant for them and lead for one of their roles. */
	public List<Panel> leadingPanels(Set<Role> roles) {
		return panels(roles, true);
	}

	/** Panels of a signed-in person's start page that are meant for them but lead for none of their roles. */
	public List<Panel> furtherPanels(Set<Role> roles) {
		return panels(roles, false);
	}

	private List<Panel> panels(Set<Role> roles, boolean leading) {
		return modules.stream()
			.flatMap(module -> module.panels().stream())
			.filter(panel -> panel.audience().includes(true, roles) && panel.leadsFor(roles) == leading)
			.sorted(Comparator.comparingInt(Panel::order))
			.toList();
	}

	private List<Tile> tiles(java.util.function.Predicate<Tile> filter) {
		return tiles(filter, Comparator.comparingInt(Tile::order));
	}

	private List<Tile> tiles(java.util.function.Predicate<Tile> filter, Comparator<Tile> ordering) {
		return modules.stream()
			.flatMap(module -> module.tiles().stream())
			.filter(filter)
			.sorted(ordering)
			.toList();
	}

}
