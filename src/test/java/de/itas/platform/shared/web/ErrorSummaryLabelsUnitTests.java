package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * Every form with an error summary ({@code fragments/fields :: errors}) names, for each field it renders with
 * the field fragments, that field's label, so that each summary entry reads "Label: message" rather than a
 * bare "Bitte ausfüllen." — and the map it passes is valid SpEL.
 */
class ErrorSummaryLabelsUnitTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern FIELD = Pattern
		.compile("fields :: (?:input|textarea|select|head)\\('([A-Za-z.\\[\\]0-9]+)', '([a-z0-9.-]+)'");

	private static final Pattern SUMMARY = Pattern
		.compile("fields :: errors(?:\\(fieldLabels=\\$\\{(.*?)\\}\\)\\})?", Pattern.DOTALL);

	@Test
	void everySummaryNamesTheLabelOfEachFieldItsFormRenders() throws IOException {
		List<String> checked = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				Matcher summary = SUMMARY.matcher(html);
				if (file.endsWith("fields.html") || !summary.find()) {
					continue;
				}
				Map<String, String> fields = new LinkedHashMap<>();
				Matcher field = FIELD.matcher(html);
				while (field.find()) {
					fields.putIfAbsent(field.group(1), field.group(2));
				}
				Map<String, String> labels = new LinkedHashMap<>();
				if (summary.group(1) != null) {
					Map<?, ?> parsed = new SpelExpressionParser().parseExpression(summary.group(1).strip())
						.getValue(Map.class);
					parsed.forEach((name, label) -> labels.put(String.valueOf(name), String.valueOf(label)));
				}
				assertThat(labels).as("the summary's labels in %s", file).containsAllEntriesOf(fields);
				checked.add(file.getFileName().toString());
			}
		}
		// the check found the forms it is about
		assertThat(checked).contains("needs.html", "slots.html", "recommend.html", "editor.html", "register.html");
	}

}
