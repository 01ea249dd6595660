package de.itas.platform.shared.web;

import java.util.List;

/**
 * What a module contributes to the shell: navigation entries, start-page tiles and panels, and the paths
 * that visitors may open without signing in. Every module registers one as a bean; the shell iterates
 * over them and knows no module by name.
 */
public interface ModuleDescriptor {

	/** The module's name, as in its package. */
	String module();

	default List<NavigationEntry> navigation() {
		return List.of();
	}

	default List<Tile> tiles() {
		return List.of();
	}

	/** Sections of "Mein Bereich" filled by the module with htmx (see {@link Panel}). */
	default List<Panel> panels() {
		return List.of();
	}

	/** Ant-style path patterns that are open to visitors. */
	default List<String> publicPaths() {
		return List.of();
	}

	/**
	 * Ant-style path patterns whose uploads may be as large as the servlet allows
	 * ({@code spring.servlet.multipart.max-request-size}, e.g. e-learning packages); every other upload is held to
	 * {@code platform.web.upload-limit}.
	 */
	default List<String> largeUploadPaths() {
		return List.of();
	}

}
