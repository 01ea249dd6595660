package de.itas.platform.shared.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The site's files for search engines: {@code /robots.txt} (everything public may be crawled, the signed-in areas
 * not, and where the sitemap is) and {@code /sitemap.xml} (the start page, the public navigation, the legal pages
 * and every module's {@link SitemapContribution}, written with StAX). A contribution that fails is left out and
 * logged, as a start-page section is.
 */
@Controller
class SiteFiles {

	/** The protocol's limit of addresses in one sitemap file. */
	static final int MAX_URLS = 50_000;

	static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The shell's own public pages. */
	private static final List<String> SHELL_PAGES = List.of("/", "/impressum", "/datenschutz", "/barrierefreiheit");

	/** Areas that are never for search engines, whatever the modules add. */
	private static final List<String> INTERNAL = List.of("/admin/", "/mein-bereich", "/login", "/suche",
			"/benachrichtigungen", "/postausgang");

	private static final Logger log = LoggerFactory.getLogger(SiteFiles.class);

	private final Shell shell;
	private final List<ModuleDescriptor> modules;
	private final List<SitemapContribution> contributions;

	SiteFiles(Shell shell, List<ModuleDescriptor> modules, List<SitemapContribution> contributions) {
		this.shell = shell;
		this.modules = List.copyOf(modules);
		this.contributions = List.copyOf(contributions);
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		for (String path : disallowed()) {
			robots.append("Disallow: ").append(path).append('\n');
		}
		robots.append("Allow: /\n\nSitemap: ").append(base()).append("/sitemap.xml\n");
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(robots.toString());
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		String base = base();
		StringWriter out = new StringWriter();
		// the JDK's writer, not whichever StAX library a dependency brings (Woodstox writes the declaration differently)
		XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
		for (Map.Entry<String, @Nullable LocalDate> entry : entries().entrySet()) {
			xml.writeStartElement("url");
			xml.writeStartElement("loc");
			xml.writeCharacters(base + entry.getKey());
			xml.writeEndElement();
			if (entry.getValue() != null) {
				xml.writeStartElement("lastmod");
				xml.writeCharacters(entry.getValue().toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	/** The sitemap's pages by path (the first time a path is named wins), at most {@link #MAX_URLS}. */
	Map<String, @Nullable LocalDate> entries() {
		Map<String, @Nullable LocalDate> entries = new LinkedHashMap<>();
		SHELL_PAGES.forEach(path -> entries.put(path, null));
		shell.navigation(false, Set.of()).forEach(entry -> entries.putIfAbsent(entry.path(), null));
		for (SitemapContribution contribution : contributions) {
			List<SitemapContribution.Entry> list;
			try {
				list = contribution.entries();
			}
			catch (RuntimeException ex) {
				log.warn("Sitemap contribution {} left out: {}", contribution.getClass().getName(), ex.toString());
				continue;
			}
			for (SitemapContribution.Entry entry : list) {
				if (entries.size() >= MAX_URLS) {
					return entries;
				}
				entries.putIfAbsent(entry.path(), entry.lastModified());
			}
		}
		return entries;
	}

	/**
	 * The paths search engines should leave alone: the internal areas and every navigation entry or tile meant for
	 * signed-in people only, unless a module declares the path public.
	 */
	List<String> disallowed() {
		List<PathPattern> open = new ArrayList<>();
		for (ModuleDescriptor module : modules) {
			for (String pattern : module.publicPaths()) {
				open.add(PathPatternParser.defaultInstance.parse(pattern));
			}
		}
		Set<String> paths = new LinkedHashSet<>(INTERNAL);
		for (ModuleDescriptor module : modules) {
			module.navigation().stream().filter(entry -> !entry.audience().visitors()).forEach(entry -> paths.add(entry.path()));
			module.tiles().stream().filter(tile -> !tile.audience().visitors()).forEach(tile -> paths.add(tile.path()));
		}
		paths.removeIf(path -> open.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path))));
		return List.copyOf(paths);
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
