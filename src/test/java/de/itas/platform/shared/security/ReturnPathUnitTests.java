package de.itas.platform.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only pages of this site that are not steps of the sign-in journey are places to return to. */
class ReturnPathUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "/weiterbildung/12", "/weiterbildung?q=Hochvolt+Zwickau&seite=2", "/unternehmen/7#kontakt",
			"/", "/mein-weg/vergleich?beruf=1&ziel=2" })
	void pathsOfThisSiteAreKept(String path) {
		assertThat(ReturnPath.of(path)).contains(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://boese.example/", "//boese.example/weiterbildung", "/\\boese.example",
			"javascript:alert(1)", "weiterbildung/12", "/weiter\r\nSet-Cookie: x=1",
			"/weiterbildung?q=Hochvolt Zwickau", "/login", "/login?error",
			"/registrieren", "/konto/bestaetigen?token=abc", "/logout", "/passwort-neu", "/error", "",
			"http:/weiterbildung" })
	void foreignUnsafeAndJourneyPathsAreRefused(String candidate) {
		assertThat(ReturnPath.of(candidate)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/login?error" })
	void appendEncodesThePathAsOneParameter(String base) {
		String url = ReturnPath.append(base, "/weiterbildung?q=Hochvolt+Zwickau&seite=2");
		assertThat(url).isEqualTo(base + (base.contains("?") ? "&" : "?")
				+ "weiter=%2Fweiterbildung%3Fq%3DHochvolt%2BZwickau%26seite%3D2");
		assertThat(ReturnPath.append(base, "https://boese.example/")).isEqualTo(base);
	}

}
