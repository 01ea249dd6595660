package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.Role;

/**
 * Each role's "Mein Bereich" starts with what that role does: the advisor's with the inbox, the company
 * owner's with the company's tiles rather than a teaser of personal recommendations, the employee's with
 * those recommendations and "Mein Weg".
 */
@PlatformTest
class MyAreaOrderIntegrationTests {

	private static final String TEASER = "/meine-weiterbildungen/empfehlungen/auswahl";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	private Document myArea(Role role) throws Exception {
		MvcTestResult result = mvc.get().uri("/mein-bereich").with(testAccounts.as(role)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static List<String> tilePaths(Document page) {
		return page.select("ul.tiles li.tile > a").eachAttr("href");
	}

	/** Whether the first element comes before the second in document order. */
	private static boolean before(Element first, Element second) {
		List<Element> all = first.ownerDocument().getAllElements();
		return all.indexOf(first) < all.indexOf(second);
	}

	@Test
	void theAdvisorStartsWithTheInbox() throws Exception {
		Document page = myArea(Role.ADVISOR);
		List<String> tiles = tilePaths(page);
		assertThat(tiles).contains("/transformationscheck", "/mein-weg");
		assertThat(tiles.get(0)).isEqualTo("/beratung");
	}

	@Test
	void theCompanyOwnerStartsWithTheCompanyNotWithPersonalRecommendations() throws Exception {
		Document page = myArea(Role.COMPANY_ADMIN);
		Element tiles = page.selectFirst("section[aria-labelledby=tiles-title]");
		Element teaser = page.selectFirst("[hx-get=" + TEASER + "]");
		assertThat(tiles).isNotNull();
		assertThat(teaser).as("the recommendations stay on the page").isNotNull();
		assertThat(before(tiles, teaser)).as("the tiles come before the recommendation teaser").isTrue();
		assertThat(tilePaths(page).get(0)).isEqualTo("/transformationscheck");
	}

	@Test
	void theEmployeeStartsWithRecommendationsAndTheirPath() throws Exception {
		Document page = myArea(Role.EMPLOYEE);
		Element tiles = page.selectFirst("section[aria-labelledby=tiles-title]");
		Element teaser = page.selectFirst("[hx-get=" + TEASER + "]");
		assertThat(tiles).isNotNull();
		assertThat(teaser).isNotNull();
		assertThat(before(teaser, tiles)).as("the recommendation teaser comes before the tiles").isTrue();
		assertThat(tilePaths(page).get(0)).isEqualTo("/mein-weg");
	}

}
