package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import de.itas.platform.PlatformTest;
import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.security.Role;

/** Keys that Java code names (descriptors, search contributions, roles) exist in German and English. */
@PlatformTest
class MessageKeysIntegrationTests {

	@Autowired
	List<ModuleDescriptor> descriptors;

	@Autowired
	List<SearchContribution> searchContributions;

	@Autowired
	MessageSource messages;

	@Test
	void everyKeyNamedInCodeExistsInBothLanguages() {
		List<String> keys = new ArrayList<>();
		for (ModuleDescriptor descriptor : descriptors) {
			descriptor.navigation().forEach(entry -> keys.add(entry.labelKey()));
			descriptor.tiles().forEach(tile -> Stream.of(tile.titleKey(), tile.textKey()).forEach(keys::add));
		}
		searchContributions.forEach(contribution -> keys.add(contribution.labelKey()));
		Stream.of(Role.values()).map(Role::messageKey).forEach(keys::add);
		assertThat(keys).hasSizeGreaterThan(10);
		List<String> missing = new ArrayList<>();
		for (String key : keys) {
			for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				try {
					messages.getMessage(key, null, locale);
				}
				catch (NoSuchMessageException ex) {
					missing.add(key + " (" + locale + ")");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void germanIsTheDefaultAndEnglishDiffers() {
		assertThat(messages.getMessage("shell.login.heading", null, Locale.GERMAN)).isEqualTo("Anmelden");
		assertThat(messages.getMessage("shell.login.heading", null, Locale.ENGLISH)).isEqualTo("Sign in");
		assertThat(messages.getMessage("shell.login.heading", null, Locale.FRENCH)).isEqualTo("Anmelden");
	}

}
