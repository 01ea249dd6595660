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

	/** Tiles of a signed-in person's start page: those meant for them and not for everyone. */
	public List<Tile> personalTiles(Set<Role> roles) {
		return tiles(tile -> !tile.audience().visitors() && tile.audience().includes(true, roles));
	}

	/** Panels of a signed-in person's start page that are meant for them. */
	public List<Panel> personalPanels(Set<Role> roles) {
		return modules.stream()
			.flatMap(module -> module.panels().stream())
			.filter(panel -> panel.audience().includes(true, roles))
			.sorted(Comparator.comparingInt(Panel::order))
			.toList();
	}

	private List<Tile> tiles(java.util.function.Predicate<Tile> filter) {
		return modules.stream()
			.flatMap(module -> module.tiles().stream())
			.filter(filter)
			.sorted(Comparator.comparingInt(Tile::order))
			.toList();
	}

}
