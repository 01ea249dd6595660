package de.itas.platform.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every mail of every module greets and signs off the same way: the shared keys {@code common.mail.greeting}
 * (or {@code common.mail.greeting-plain} when the name is not known) and {@code common.mail.signature}, and no
 * module brings its own salutation or signature.
 */
class MailTemplatesTests {

	private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

	private static final Set<String> GREETINGS = Set.of("[(#{common.mail.greeting(${name})})]",
			"[(#{common.mail.greeting-plain})]");

	private static final String SIGNATURE = "[(#{common.mail.signature})]";

	/** Parts appended to other mails, not mails of their own. */
	private static final Set<String> PARTS = Set.of("footer.txt");

	@Test
	void everyMailStartsWithTheSharedGreetingAndEndsWithTheSharedSignature() throws IOException {
		Resource[] templates = RESOURCES.getResources("classpath*:templates/mail/**/*.txt");
		assertThat(templates).hasSizeGreaterThan(20);
		List<String> findings = new ArrayList<>();
		for (Resource template : templates) {
			// the tests' own sample mails are not mails of the platform
			if (PARTS.contains(template.getFilename()) || template.getURI().toString().contains("/test-classes/")) {
				continue;
			}
			List<String> lines = template.getContentAsString(StandardCharsets.UTF_8).lines().toList();
			String name = template.getURI().toString().replaceAll(".*templates/mail/", "");
			if (lines.isEmpty() || !GREETINGS.contains(lines.get(0).strip())) {
				findings.add(name + ": does not start with the shared greeting");
			}
			// the body ends before an optional "-- " footer (notification reason and unsubscribe link)
			int footer = lines.indexOf("-- ");
			List<String> body = footer < 0 ? lines : lines.subList(0, footer);
			List<String> filled = body.stream().filter(line -> !line.isBlank()).toList();
			if (filled.isEmpty() || !filled.get(filled.size() - 1).strip().equals(SIGNATURE)) {
				findings.add(name + ": does not end with the shared signature");
			}
			if (lines.stream().filter(line -> line.contains("common.mail.signature")).count() != 1) {
				findings.add(name + ": signs more than once");
			}
		}
		assertThat(findings).isEmpty();
	}

	@Test
	void noModuleDefinesItsOwnSalutationOrSignature() throws IOException {
		List<String> own = new ArrayList<>();
		for (Resource bundle : RESOURCES.getResources("classpath*:i18n/*/messages*.properties")) {
			Properties properties = new Properties();
			try (InputStream in = bundle.getInputStream()) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			String name = bundle.getURI().toString().replaceAll(".*i18n/", "");
			properties.stringPropertyNames()
				.stream()
				.filter(key -> key.contains("mail") && (key.contains("greeting") || key.contains("signature")
						|| key.contains("salutation")))
				.filter(key -> !key.startsWith("common.mail."))
				.forEach(key -> own.add(name + ": " + key));
		}
		assertThat(own).isEmpty();
	}

}
