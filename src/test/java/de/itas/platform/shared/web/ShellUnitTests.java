package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.security.Role;

/** The shell orders a start page by what leads for the viewer's roles, then by each item's order. */
class ShellUnitTests {

	private static ModuleDescriptor module(String name, List<Tile> tiles, List<Panel> panels) {
		return new ModuleDescriptor() {
			@Override
			public String module() {
				return name;
			}

			@Override
			public List<Tile> tiles() {
				return tiles;
			}

			@Override
			public List<Panel> panels() {
				return panels;
			}
		};
	}

	private static Tile tile(String path, int order, Audience audience) {
		return new Tile("t", "x", path, order, audience);
	}

	private final Shell shell = new Shell(List.of(
			module("a", List.of(tile("/a-early", 1, Audience.signedIn()), tile("/public", 0, Audience.everyone())),
					List.of(new Panel("/panel-a", "k", "/a", 1, Audience.signedIn()))),
			module("b",
					List.of(tile("/b-work", 50, Audience.anyOf(Role.ADVISOR, Role.EMPLOYEE)).leadingFor(Role.ADVISOR),
							tile("/b-late", 60, Audience.signedIn())),
					List.of(new Panel("/panel-b", "k", "/b", 2, Audience.signedIn()).leadingFor(Role.EMPLOYEE)))));

	private static List<String> paths(List<Tile> tiles) {
		return tiles.stream().map(Tile::path).toList();
	}

	@Test
	void tilesThatLeadForARoleComeFirstForItsHolders() {
		assertThat(paths(shell.personalTiles(Set.of(Role.ADVISOR)))).containsExactly("/b-work", "/a-early", "/b-late");
		assertThat(paths(shell.personalTiles(Set.of(Role.EMPLOYEE)))).containsExactly("/a-early", "/b-work", "/b-late");
	}

	@Test
	void theHomePageKeepsTheOrderOfItsTiles() {
		assertThat(paths(shell.homeTiles())).containsExactly("/public");
	}

	@Test
	void panelsLeadOnlyForTheirRoles() {
		assertThat(shell.leadingPanels(Set.of(Role.EMPLOYEE))).extracting(Panel::fragmentPath).containsExactly("/panel-b");
		assertThat(shell.furtherPanels(Set.of(Role.EMPLOYEE))).extracting(Panel::fragmentPath).containsExactly("/panel-a");
		assertThat(shell.leadingPanels(Set.of(Role.ADVISOR))).isEmpty();
		assertThat(shell.furtherPanels(Set.of(Role.ADVISOR))).extracting(Panel::fragmentPath)
			.containsExactly("/panel-a", "/panel-b");
	}

	@Test
	void aTileCopiesItsLeadingRoles() {
		Tile tile = tile("/x", 1, Audience.signedIn()).leadingFor(Role.PROVIDER);
		assertThat(tile.leadsFor(Set.of(Role.PROVIDER, Role.EMPLOYEE))).isTrue();
		assertThat(tile.leadsFor(Set.of(Role.EMPLOYEE))).isFalse();
	}

}
