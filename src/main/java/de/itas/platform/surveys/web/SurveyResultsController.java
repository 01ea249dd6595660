package de.itas.platform.surveys.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.surveys.ResultsView;
import de.itas.platform.surveys.SurveyAccess;
import de.itas.platform.surveys.SurveyDefinition;
import de.itas.platform.surveys.SurveyExports;
import de.itas.platform.surveys.SurveyResults;
import de.itas.platform.surveys.SurveyStore;

/**
 * The results of a survey revision for its owners (coordination, or the provider whose survey it is;
 * everybody else gets a not-found): summary, filter, a chart and a table per question, the free texts, and
 * the exports of the answers and of the results.
 */
@Controller
@RequestMapping("/umfragen/verwaltung/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'PROVIDER')")
class SurveyResultsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** Free texts shown per question before „alle anzeigen“. */
	static final int TEXTS_SHOWN = 10;

	private final SurveyStore store;
	private final SurveyResults results;
	private final SurveyExports exports;
	private final SurveyAccess access;
	private final Clock clock;

	SurveyResultsController(SurveyStore store, SurveyResults results, SurveyExports exports, SurveyAccess access,
			Clock clock) {
		this.access = access;
		this.store = store;
		this.results = results;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/ergebnisse")
	String page(@PathVariable UUID id, @RequestParam(name = "filter", required = false) @Nullable String filter,
			@RequestParam(name = "alle", required = false) @Nullable String allTextsOf, Model model) {
		SurveyDefinition survey = survey(id);
		String[] parts = ResultsFilterParameter.split(filter);
		ResultsView view = results.forOwner(survey, parts[0], parts[1]);
		model.addAttribute("survey", survey);
		model.addAttribute("view", view);
		model.addAttribute("phase", survey.phase(clock.instant()));
		model.addAttribute("published", SurveyResults.publishes(survey, clock.instant()));
		model.addAttribute("filters", results.filters(survey));
		model.addAttribute("filter", view.filter() == null ? "" : ResultsFilterParameter.join(view.filter()));
		model.addAttribute("allTextsOf", allTextsOf == null ? "" : allTextsOf);
		model.addAttribute("textsShown", TEXTS_SHOWN);
		model.addAttribute("owner", true);
		model.addAttribute("basePath", "/umfragen/verwaltung/" + survey.id() + "/ergebnisse");
		model.addAttribute("stackedCharts", ChartData.stacked(view));
		period(survey, model);
		List<RevisionLink> revisions = new ArrayList<>();
		for (int revision : store.revisions(survey.familyId())) {
			store.revision(survey.slug(), revision)
				.ifPresent(other -> revisions.add(new RevisionLink(revision, "/umfragen/verwaltung/" + other.id()
						+ "/ergebnisse", revision == survey.revision())));
		}
		model.addAttribute("revisions", revisions);
		return "surveys/results-owner";
	}

	@GetMapping("/antworten.csv")
	ResponseEntity<byte[]> answersCsv(@PathVariable UUID id, Locale locale) {
		SurveyDefinition survey = survey(id);
		return file(SurveyExports.fileName(survey, "antworten", "csv"), csv(), exports.answersCsv(survey, locale));
	}

	@GetMapping("/antworten.xlsx")
	ResponseEntity<byte[]> answersXlsx(@PathVariable UUID id, Locale locale) {
		SurveyDefinition survey = survey(id);
		return file(SurveyExports.fileName(survey, "antworten", "xlsx"), XLSX, exports.answersXlsx(survey, locale));
	}

	@GetMapping("/ergebnisse.csv")
	ResponseEntity<byte[]> resultsCsv(@PathVariable UUID id,
			@RequestParam(name = "filter", required = false) @Nullable String filter, Locale locale) {
		SurveyDefinition survey = survey(id);
		String[] parts = ResultsFilterParameter.split(filter);
		ResultsView view = results.forOwner(survey, parts[0], parts[1]);
		return file(SurveyExports.fileName(survey, "ergebnisse", "csv"), csv(), exports.resultsCsv(view, locale));
	}

	@GetMapping("/ergebnisse.xlsx")
	ResponseEntity<byte[]> resultsXlsx(@PathVariable UUID id,
			@RequestParam(name = "filter", required = false) @Nullable String filter, Locale locale) {
		SurveyDefinition survey = survey(id);
		String[] parts = ResultsFilterParameter.split(filter);
		ResultsView view = results.forOwner(survey, parts[0], parts[1]);
		return file(SurveyExports.fileName(survey, "ergebnisse", "xlsx"), XLSX, exports.resultsXlsx(view, locale));
	}

	/** The answer period in the platform's zone, for the pages. */
	static void period(SurveyDefinition survey, Model model) {
		model.addAttribute("opens", survey.opensAt() == null ? null : survey.opensAt().atZone(ZONE));
		model.addAttribute("closes", survey.closesAt() == null ? null : survey.closesAt().atZone(ZONE));
	}

	/** A revision of the survey to switch to. */
	record RevisionLink(int number, String href, boolean current) {
	}

	private SurveyDefinition survey(UUID id) {
		SurveyDefinition survey = store.find(id).orElseThrow(NotFoundException::new);
		if (survey.template()) {
			throw new NotFoundException();
		}
		PlatformUser user = CurrentUser.get().orElseThrow(NotFoundException::new);
		if (!access.owns(user, survey)) {
			throw new NotFoundException();
		}
		return survey;
	}

	private static MediaType csv() {
		return new MediaType("text", "csv", StandardCharsets.UTF_8);
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
