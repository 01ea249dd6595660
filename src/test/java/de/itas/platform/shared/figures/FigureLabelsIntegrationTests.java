package de.itas.platform.shared.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import de.itas.platform.PlatformTest;

/** Every figure any module publishes has a label in German and in English. */
@PlatformTest
class FigureLabelsIntegrationTests {

	@Autowired
	Figures figures;

	@Autowired
	MessageSource messages;

	@Test
	void everyFigureHasAGermanAndAnEnglishLabel() {
		assertThat(figures.definitions()).isNotEmpty();
		for (FigureDefinition definition : figures.definitions()) {
			String german = messages.getMessage(definition.messageKey(), null, null, Locale.GERMAN);
			String english = messages.getMessage(definition.messageKey(), null, null, Locale.ENGLISH);
			assertThat(german).as("German label of %s", definition.key()).isNotBlank();
			assertThat(english).as("English label of %s", definition.key()).isNotBlank().isNotEqualTo(german);
		}
	}

}
