package de.itas.platform.trainings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.trainings.Recommendations;

/** Recommended offers for the signed-in person and for the companies they belong to, as a page and as JSON. */
@Controller
class RecommendationController {

	record CompanyRecommendations(UUID companyId, String companyName, Recommendations.Result result) {
	}

	static final int TEASER_SIZE = 3;

	private final Recommendations recommendations;
	private final Organisations organisations;

	RecommendationController(Recommendations recommendations, Organisations organisations) {
		this.recommendations = recommendations;
		this.organisations = organisations;
	}

	@GetMapping("/meine-weiterbildungen/empfehlungen")
	String page(Model model, Locale locale) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		model.addAttribute("personal", recommendations.forPerson(user.id(), locale, Recommendations.DEFAULT_LIMIT));
		model.addAttribute("companies", companies(user, locale));
		return "trainings/recommendations";
	}

	/**
	 * The top three personal recommendations with their reasons and a link to all, as the htmx fragment that
	 * "Mein Bereich" and "Mein Weg" load into a placeholder. A visitor (an expired session) gets only the
	 * link; a request that is not htmx's goes to the full page.
	 */
	@GetMapping("/meine-weiterbildungen/empfehlungen/auswahl")
	String teaser(HttpServletRequest request, Model model, Locale locale) {
		if (!Htmx.isHtmxRequest(request)) {
			return "redirect:/meine-weiterbildungen/empfehlungen";
		}
		model.addAttribute("result", CurrentUser.get()
			.map(user -> recommendations.forPerson(user.id(), locale, TEASER_SIZE))
			.orElse(null));
		return "trainings/recommendation-teaser :: teaser";
	}

	@GetMapping("/api/v1/recommendations/trainings")
	@ResponseBody
	Map<String, Object> api(Locale locale) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personal", recommendations.forPerson(user.id(), locale, Recommendations.DEFAULT_LIMIT));
		body.put("companies", companies(user, locale));
		return body;
	}

	private List<CompanyRecommendations> companies(PlatformUser user, Locale locale) {
		List<CompanyRecommendations> companies = new ArrayList<>();
		for (UUID company : organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN, Role.COMPANY_MEMBER)) {
			organisations.organisation(company)
				.ifPresent(organisation -> companies.add(new CompanyRecommendations(company, organisation.name(),
						recommendations.forCompany(company, locale, Recommendations.DEFAULT_LIMIT))));
		}
		return companies;
	}

}
