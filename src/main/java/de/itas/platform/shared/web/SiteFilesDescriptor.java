package de.itas.platform.shared.web;

import java.util.List;

import org.springframework.stereotype.Component;

/** The site's files for search engines are open to everyone (see {@link SiteFiles}). */
@Component
class SiteFilesDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "shell";
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/robots.txt", "/sitemap.xml");
	}

}
