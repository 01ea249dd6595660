package de.itas.platform.shared.region;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The selected region's folder of data files, {@code classpath:region/<name>/}. A region consists of its
 * texts ({@code messages.properties}, {@code messages_en.properties}), its settings
 * ({@code settings.properties}) and the data files the modules read from it (see the region folders'
 * README). The folder must exist: an unknown name stops the start with the names that exist.
 */
public final class RegionFolder {

	/** The folder of all regions on the class path. */
	public static final String ROOT = "region/";

	/** The file every region has; it marks a folder as a region. */
	static final String TEXTS = "messages.properties";

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private final String name;

	/**
	 * @throws UnknownRegionException when no region of that name is on the class path
	 */
	public RegionFolder(String name) {
		String trimmed = name.strip();
		if (!NAME.matcher(trimmed).matches() || !new ClassPathResource(ROOT + trimmed + "/" + TEXTS).exists()) {
			throw new UnknownRegionException(name, available());
		}
		this.name = trimmed;
	}

	/** The region's folder name, as configured. */
	public String name() {
		return name;
	}

	/** The class-path location of a file of the region, e.g. {@code region/<name>/demo/companies.json}. */
	public String path(String relativePath) {
		return ROOT + name + "/" + relativePath;
	}

	/** A file of the region; it may not exist (see {@link Resource#exists()}). */
	public Resource file(String relativePath) {
		return new ClassPathResource(path(relativePath));
	}

	/**
	 * Opens a file of the region.
	 *
	 * @throws IOException naming the file when the region has no such file
	 */
	public InputStream open(String relativePath) throws IOException {
		Resource file = file(relativePath);
		if (!file.exists()) {
			throw new IOException("Region '" + name + "' has no file " + path(relativePath));
		}
		return file.getInputStream();
	}

	/** The names of all regions on the class path, sorted. */
	public static List<String> available() {
		try {
			Resource[] texts = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/" + TEXTS);
			return Arrays.stream(texts).map(text -> {
				try {
					String url = text.getURL().toString();
					String folder = url.substring(0, url.length() - TEXTS.length() - 1);
					return folder.substring(folder.lastIndexOf('/') + 1);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).distinct().sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the regions under classpath:" + ROOT, ex);
		}
	}

	@Override
	public String toString() {
		return name;
	}

}
