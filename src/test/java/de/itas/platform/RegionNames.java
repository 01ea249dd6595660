package de.itas.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the names of a region (its name, districts, towns, partners) in text. A name matches at the start
 * of a word, so "Chemnitz" also finds "Chemnitzer"; names shorter than five characters (acronyms such as
 * "CWE") match only as whole words and only in the case given.
 */
final class RegionNames {

	/** One name found: the file, the line (from 1), the name and the line's text. */
	record Finding(String file, int line, String name, String text) {

		@Override
		public String toString() {
			return file + ":" + line + ": \"" + name + "\" in: " + text.strip();
		}

	}

	private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

	private static final String WORD_END = "(?![\\p{L}\\p{N}])";

	private final Map<String, Pattern> patterns = new LinkedHashMap<>();

	RegionNames(Collection<String> names) {
		for (String name : names) {
			String quoted = Pattern.quote(name);
			patterns.put(name, isShort(name) ? Pattern.compile(WORD_START + quoted + WORD_END)
					: Pattern.compile("(?iu)" + WORD_START + quoted));
		}
	}

	private static boolean isShort(String name) {
		return name.length() < 5;
	}

	/** The names found in a text, line by line. */
	List<Finding> scan(String file, String text) {
		List<Finding> findings = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String lower = lines[i].toLowerCase(Locale.ROOT);
			for (Map.Entry<String, Pattern> name : patterns.entrySet()) {
				// a cheap look for the name first: the pattern only decides where it occurs
				boolean occurs = isShort(name.getKey()) ? lines[i].contains(name.getKey())
						: lower.contains(name.getKey().toLowerCase(Locale.ROOT));
				if (occurs && name.getValue().matcher(lines[i]).find()) {
					findings.add(new Finding(file, i + 1, name.getKey(), lines[i]));
				}
			}
		}
		return findings;
	}

	/** The names found in the text files below a folder, except those {@code skip} accepts. */
	List<Finding> scan(Path root, Predicate<Path> skip) {
		List<Finding> findings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				Path relative = root.relativize(file);
				if (!skip.test(relative) && isText(file)) {
					findings.addAll(scan(root.resolve(relative).toString().replace('\\', '/'),
							Files.readString(file, StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return findings;
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		return Stream.of(".java", ".html", ".txt", ".properties", ".json", ".sql", ".css", ".js", ".svg", ".md", ".tsv",
				".xml", ".factories", ".csv").anyMatch(name::endsWith);
	}

}
