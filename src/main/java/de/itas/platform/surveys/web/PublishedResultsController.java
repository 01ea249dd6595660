package de.itas.platform.surveys.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.surveys.ResultsView;
import de.itas.platform.surveys.SurveyDefinition;
import de.itas.platform.surveys.SurveyResults;
import de.itas.platform.surveys.SurveyStore;

/**
 * The public results of a survey that publishes them: shown once its period has ended, before that a page
 * saying when; never free texts; the same filter and small-number protection as for the owners. A survey
 * that does not publish its results has no such page.
 */
@Controller
class PublishedResultsController {

	private final SurveyStore store;
	private final SurveyResults results;
	private final Clock clock;

	PublishedResultsController(SurveyStore store, SurveyResults results, Clock clock) {
		this.store = store;
		this.results = results;
		this.clock = clock;
	}

	@GetMapping("/umfragen/{slug:(?!verwaltung$|einladung$)[a-z0-9-]+}/ergebnisse")
	String page(@PathVariable String slug, @RequestParam(name = "revision", required = false) @Nullable Integer revision,
			@RequestParam(name = "filter", required = false) @Nullable String filter, Model model) {
		SurveyDefinition survey = (revision == null ? store.current(slug) : store.revision(slug, revision))
			.orElseThrow(NotFoundException::new);
		if (!survey.publishResults() || survey.template()) {
			throw new NotFoundException();
		}
		model.addAttribute("survey", survey);
		model.addAttribute("phase", survey.phase(clock.instant()));
		SurveyResultsController.period(survey, model);
		if (!SurveyResults.publishes(survey, clock.instant())) {
			return "surveys/results-not-yet";
		}
		String[] parts = ResultsFilterParameter.split(filter);
		ResultsView view = results.results(survey, parts[0], parts[1]);
		model.addAttribute("view", view);
		model.addAttribute("filters", results.filters(survey));
		model.addAttribute("filter", view.filter() == null ? "" : ResultsFilterParameter.join(view.filter()));
		model.addAttribute("owner", false);
		model.addAttribute("basePath", "/umfragen/" + slug + "/ergebnisse");
		model.addAttribute("stackedCharts", ChartData.stacked(view));
		model.addAttribute("allTextsOf", "");
		model.addAttribute("textsShown", 0);
		List<SurveyResultsController.RevisionLink> revisions = new ArrayList<>();
		for (int number : store.revisions(survey.familyId())) {
			store.revision(slug, number)
				.filter(other -> SurveyResults.publishes(other, clock.instant()))
				.ifPresent(other -> revisions.add(new SurveyResultsController.RevisionLink(number,
						"/umfragen/" + slug + "/ergebnisse?revision=" + number, number == survey.revision())));
		}
		model.addAttribute("revisions", revisions);
		return "surveys/results-public";
	}

}
