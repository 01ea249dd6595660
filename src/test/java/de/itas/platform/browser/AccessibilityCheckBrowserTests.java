package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;

/**
 * The check every browser test runs on its pages ({@link BrowserTestSupport#checkPage()}) finds what it is there
 * to find: an axe violation (on a page checked before, on a fresh one, in a context a test made itself), one
 * inside a frame, and a missing message key.
 */
class AccessibilityCheckBrowserTests extends BrowserTestSupport {

	private static final String IMAGE_WITHOUT_ALT = "<img id=\"no-alt\" src=\"/favicon.ico\" width=\"8\" height=\"8\">";

	@Test
	void anImageWithoutAlternativeTextFailsTheCheckAndIsNamed() {
		visit("/impressum");
		append(IMAGE_WITHOUT_ALT);
		assertThatThrownBy(this::checkPage).hasMessageContaining("axe violations on " + url("/impressum"))
			.hasMessageContaining("image-alt")
			.hasMessageContaining("#no-alt");
	}

	@Test
	void aViolationAppearingAfterAPassedCheckOfTheSameDocumentIsFound() {
		visit("/impressum");
		checkPage();
		append("<label>Ohne Feld</label><input id=\"unlabelled\" type=\"text\">");
		assertThatThrownBy(this::checkPage).hasMessageContaining("label").hasMessageContaining("#unlabelled");
	}

	@Test
	void aPageInAContextTheTestMadeItselfIsCheckedToo() {
		context.close();
		context = browser().newContext(new Browser.NewContextOptions().setLocale("de-DE"));
		page = context.newPage();
		visit("/impressum");
		visit("/datenschutz");
		append(IMAGE_WITHOUT_ALT);
		assertThatThrownBy(this::checkPage).hasMessageContaining("axe violations on " + url("/datenschutz"))
			.hasMessageContaining("image-alt");
	}

	@Test
	void aViolationInsideAFrameIsFound() {
		visit("/impressum");
		page.evaluate("html => { const frame = document.createElement('iframe'); frame.title = 'Rahmen';"
				+ " frame.srcdoc = '<!doctype html><html lang=\"de\"><head><title>Rahmen</title></head><body><main>'"
				+ " + html + '</main></body></html>'; document.querySelector('main').append(frame);"
				+ " return new Promise(done => frame.addEventListener('load', done)); }", IMAGE_WITHOUT_ALT);
		assertThatThrownBy(this::checkPage).hasMessageContaining("image-alt").hasMessageContaining("#no-alt");
	}

	@Test
	void aMissingMessageKeyFailsTheCheck() {
		visit("/impressum");
		append("<p>??footer.unknown_de_DE??</p>");
		assertThatThrownBy(this::checkPage).hasMessageContaining("missing message keys")
			.hasMessageContaining("??footer.unknown_de_DE??");
	}

	private void append(String html) {
		page.evaluate("html => document.querySelector('main').insertAdjacentHTML('beforeend', html)", html);
	}

}
