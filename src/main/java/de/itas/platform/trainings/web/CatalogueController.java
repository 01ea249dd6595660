package de.itas.platform.trainings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;
import de.itas.platform.shared.web.RenderedViews;
import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.OfferDetails;
import de.itas.platform.trainings.Offers;
import de.itas.platform.trainings.RegistrationSummary;
import de.itas.platform.trainings.Registrations;
import de.itas.platform.trainings.RunDetails;
import de.itas.platform.trainings.search.DurationClass;
import de.itas.platform.trainings.search.OfferHit;
import de.itas.platform.trainings.search.SearchQuery;
import de.itas.platform.trainings.search.SearchResult;
import de.itas.platform.trainings.search.TrainingSearch;

/**
 * The public catalogue: the search page (one URL for the page and its htmx fragment, every filter in the
 * URL), an offer's detail page with schema.org JSON-LD, and registering for a run.
 */
@Controller
class CatalogueController {

	private final TrainingSearch search;
	private final Offers offers;
	private final Registrations registrations;
	private final Region region;
	private final Clock clock;
	private final RenderedViews rendered;

	CatalogueController(TrainingSearch search, Offers offers, Registrations registrations, Region region, Clock clock,
			RenderedViews rendered) {
		this.rendered = rendered;
		this.search = search;
		this.offers = offers;
		this.registrations = registrations;
		this.region = region;
		this.clock = clock;
	}

	@GetMapping("/weiterbildung")
	ResponseEntity<byte[]> catalogue(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "ort", required = false) @Nullable String place,
			@RequestParam(name = "umkreis", required = false) @Nullable String radius,
			@RequestParam(name = "monat", required = false) @Nullable String month,
			@RequestParam(name = "format", required = false) @Nullable String format,
			@RequestParam(name = "dauer", required = false) @Nullable String duration,
			@RequestParam(name = "azav", required = false) @Nullable String azav,
			@RequestParam(name = "foerderfaehig", required = false) @Nullable String fundable,
			@RequestParam(name = "maxpreis", required = false) @Nullable String maxPrice,
			@RequestParam(name = "kompetenz", required = false) @Nullable String skill,
			@RequestParam(name = "sortierung", required = false) @Nullable String sort,
			@RequestParam(name = "seite", required = false) @Nullable String page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SearchQuery typed = SearchParameters.parse(text, district, place, radius, month, format, duration, azav,
				fundable, maxPrice, skill, sort, page);
		SearchQuery query = search.understand(typed);
		boolean placeFromText = typed.place() == null && query.place() != null;
		// a price that is no amount in euro is named at its field, and the list shows every price meanwhile
		String refusedPrice = SearchParameters.refusedPrice(maxPrice);
		SearchResult result = search.search(query);
		if (result.page().beyondEnd()) {
			// page 999 of 6 (an old bookmark, a typed URL) shows the last page rather than an empty one
			query = query.withPage(result.page().last());
			result = search.search(query);
		}
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("refusedPrice", refusedPrice);
		model.addAttribute("placeFromText", placeFromText);
		model.addAttribute("districts", region.districts());
		model.addAttribute("formats", Format.values());
		model.addAttribute("durations", DurationClass.values());
		model.addAttribute("sorts", SearchQuery.Sort.values());
		model.addAttribute("months", months());
		model.addAttribute("radii", List.of(10, 25, 50, 100));
		PageOf<OfferHit> shown = result.page();
		model.addAttribute("previousLink", shown.hasPrevious() ? SearchParameters.link(query, shown.number() - 1) : null);
		model.addAttribute("nextLink", shown.hasNext() ? SearchParameters.link(query, shown.number() + 1) : null);
		boolean htmx = Htmx.isHtmxRequest(request);
		model.addAttribute("htmx", htmx);
		// the form and the results are a function of query, answer, day (the months offered) and htmx: rendered
		// once and inserted again while the same answer is asked for, so the page costs little more than the API
		byte[] part = rendered.render("trainings/catalogue :: " + (htmx ? "results" : "content"),
				new RenderedPart(query, result, LocalDate.now(clock), htmx, refusedPrice, placeFromText), model.asMap(),
				request, response);
		return htmx ? rendered.fragment(part, request)
				: rendered.page("trainings/catalogue", model.asMap(), part, request, response);
	}

	/** Everything the rendered form and results depend on besides the locale. */
	private record RenderedPart(SearchQuery query, SearchResult result, LocalDate today, boolean htmx,
			@Nullable String refusedPrice, boolean placeFromText) {
	}

	@GetMapping("/weiterbildung/{id}")
	String offer(@PathVariable String id, Model model) {
		OfferDetails offer = offers.visible(number(id)).orElseThrow(NotFoundException::new);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("offer", offer);
		model.addAttribute("runs", offer.runsNotBegun(today));
		model.addAttribute("today", today);
		model.addAttribute("editable", offers.mayEdit(offer));
		model.addAttribute("jsonLd",
				JsonLd.course(offer, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), today));
		model.addAttribute("actionField", offer.actionFieldCode() == null ? null
				: region.actionField(offer.actionFieldCode()).map(field -> field.name()).orElse(null));
		model.addAttribute("fundingLink", fundingLink(offer));
		boolean signedIn = CurrentUser.get().isPresent();
		model.addAttribute("signedIn", signedIn);
		Map<Long, RegistrationSummary> own = new java.util.HashMap<>();
		if (signedIn) {
			for (RunDetails run : offer.upcomingRuns(today)) {
				registrations.own(run.id()).ifPresent(registration -> own.put(run.id(), registration));
			}
		}
		model.addAttribute("own", own);
		model.addAttribute("employees", registrations.employeeChoices());
		return "trainings/offer";
	}

	private List<YearMonth> months() {
		YearMonth now = YearMonth.now(clock);
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(now.plusMonths(i));
		}
		return months;
	}

	/** The funding calculator (its public page) with the course's hours, cost and AZAV approvals filled in. */
	static String fundingLink(OfferDetails offer) {
		return UriComponentsBuilder.fromPath("/foerderrechner")
			.queryParam("courseHours", offer.durationHours().toPlainString())
			.queryParam("courseCost", offer.price().toPlainString())
			.queryParam("courseAzavApproved", offer.courseAzav())
			.queryParam("providerAzavApproved", offer.providerAzav())
			.fragment("rechner")
			.build()
			.toUriString();
	}

	static long number(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
	}

	static String monthLabel(YearMonth month, Locale locale) {
		return month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", locale));
	}

}
