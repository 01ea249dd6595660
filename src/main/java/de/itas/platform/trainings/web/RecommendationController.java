package de.itas.platform.trainings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.trainings.Recommendations;

/** Recommended offers for the signed-in person and for the companies they belong to, as a page and as JSON. */
@Controller
class RecommendationController {

	record CompanyRecommendations(UUID companyId, String companyName, Recommendations.Result result) {
	}

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
