package de.itas.platform.skills.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.shared.search.RelatedContents;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.skills.AcquiredSkills;
import de.itas.platform.skills.CurrentOccupations;
import de.itas.platform.skills.InvalidQueryException;
import de.itas.platform.skills.OccupationDetails;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.Pathway;
import de.itas.platform.skills.PathwayQuery;
import de.itas.platform.skills.PersonalGoals;
import de.itas.platform.skills.SavedGoal;
import de.itas.platform.skills.SkillRequirement;

/**
 * "Mein Weg": name the current occupation, confirm or edit its skills, see the occupations within reach,
 * compare one side by side and save it as goal. Every step is a plain form (works without JavaScript);
 * htmx only swaps the parts that change. For a signed-in person the current occupation is remembered when
 * they confirm their skills (POST), save a goal or press "remember" (never on a plain GET, so that a link
 * from elsewhere cannot change it), and the page starts with it.
 */
@Controller
class MyPathController {

	static final int RESULTS = 12;

	static final int RELATED = 6;

	private final Occupations occupations;
	private final PersonalGoals goals;
	private final CurrentOccupations currentOccupations;
	private final AcquiredSkills acquired;
	private final RelatedContents relatedContents;

	MyPathController(Occupations occupations, PersonalGoals goals, CurrentOccupations currentOccupations,
			AcquiredSkills acquired, RelatedContents relatedContents) {
		this.occupations = occupations;
		this.goals = goals;
		this.currentOccupations = currentOccupations;
		this.acquired = acquired;
		this.relatedContents = relatedContents;
	}

	/** The skills the person confirmed plus those they acquired on the platform (e.g. by a course): all count as held. */
	private List<String> withAcquired(List<String> held) {
		Set<String> all = new LinkedHashSet<>(held);
		CurrentUser.get().ifPresent(user -> acquired.of(user.id()).forEach(skill -> all.add(skill.skillUri())));
		return List.copyOf(all);
	}

	@GetMapping("/mein-weg")
	String page(@RequestParam(name = "beruf", required = false) @Nullable String text,
			@RequestParam(name = "von", required = false) @Nullable String from,
			@RequestParam(name = "zukunft", defaultValue = "false") boolean futureOnly,
			@RequestParam(name = "andere", defaultValue = "false") boolean otherGroup,
			@RequestParam(name = "neu", defaultValue = "false") boolean fresh, HttpServletRequest request, Model model) {
		model.addAttribute("text", text == null ? "" : text);
		model.addAttribute("futureOnly", futureOnly);
		model.addAttribute("otherGroup", otherGroup);
		Optional<PlatformUser> user = CurrentUser.get();
		Optional<SavedGoal> goal = user.flatMap(person -> goals.goal(person.id()));
		goal.ifPresent(saved -> model.addAttribute("goal", saved));
		Optional<String> remembered = user.flatMap(person -> currentOccupations.current(person.id()))
			.map(current -> current.occupation().uri());
		remembered.ifPresent(uri -> model.addAttribute("rememberedUri", uri));
		model.addAttribute("signedIn", user.isPresent());
		boolean prefilled = false;
		if (!fresh && (from == null || from.isBlank()) && (text == null || text.isBlank())) {
			from = remembered.or(() -> goal.map(saved -> saved.from().uri())).orElse(null);
			prefilled = from != null;
		}
		if (from != null && !from.isBlank()) {
			OccupationDetails occupation = occupations.occupation(from).orElseThrow(NotFoundException::new);
			List<String> skills = occupation.skills().stream().map(SkillRequirement::uri).toList();
			String chosen = from;
			List<String> ownSkills = goal.filter(saved -> saved.from().uri().equals(chosen) && !saved.skillUris().isEmpty())
				.map(SavedGoal::skillUris)
				.orElse(List.of());
			if (prefilled && !ownSkills.isEmpty()) {
				skills = ownSkills;
			}
			model.addAttribute("text", occupation.label());
			model.addAttribute("prefilled", prefilled);
			fillProfile(model, occupation, skills, List.of(), futureOnly, otherGroup);
			return Htmx.view(request, "skills/my-path", "results");
		}
		if (text != null && !text.isBlank()) {
			model.addAttribute("matches", find(text, model));
		}
		return "skills/my-path";
	}

	/** Remembers the chosen occupation as the person's current one (step 1, "remember"). */
	@PostMapping("/mein-weg/beruf")
	String rememberOccupation(@RequestParam("von") String from, RedirectAttributes redirect) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		if (occupations.summary(from).isEmpty()) {
			throw new NotFoundException();
		}
		currentOccupations.remember(user.id(), from);
		redirect.addFlashAttribute("message", "skills.my-path.current.saved");
		return "redirect:" + UriComponentsBuilder.fromPath("/mein-weg").queryParam("von", "{von}").encode()
			.buildAndExpand(from).toUriString();
	}

	@PostMapping("/mein-weg/beruf/loeschen")
	String forgetOccupation(RedirectAttributes redirect) {
		currentOccupations.forget(CurrentUser.get().orElseThrow().id());
		redirect.addFlashAttribute("message", "skills.my-path.current.deleted");
		return "redirect:/mein-weg?neu=true";
	}

	/** The edited profile: the skills the person confirmed, a search for more, the ranked targets. */
	@PostMapping("/mein-weg")
	String profile(@RequestParam("von") String from,
			@RequestParam(name = "kompetenz", required = false) @Nullable List<String> skills,
			@RequestParam(name = "suche", required = false) @Nullable String skillSearch,
			@RequestParam(name = "zukunft", defaultValue = "false") boolean futureOnly,
			@RequestParam(name = "andere", defaultValue = "false") boolean otherGroup, HttpServletRequest request,
			Model model) {
		OccupationDetails occupation = occupations.occupation(from).orElseThrow(NotFoundException::new);
		List<String> held = skills == null ? List.of() : skills.stream().distinct().toList();
		List<SkillRequirement> found = List.of();
		if (skillSearch != null && !skillSearch.isBlank()) {
			try {
				found = occupations.searchSkills(skillSearch, 15);
				model.addAttribute("skillSearchDone", true);
			}
			catch (InvalidQueryException ex) {
				model.addAttribute("skillSearchError", "skills.my-path.skills.search-invalid");
			}
		}
		model.addAttribute("text", occupation.label());
		model.addAttribute("skillSearch", skillSearch == null ? "" : skillSearch);
		model.addAttribute("futureOnly", futureOnly);
		model.addAttribute("otherGroup", otherGroup);
		Optional<PlatformUser> user = CurrentUser.get();
		user.ifPresent(person -> currentOccupations.remember(person.id(), occupation.uri()));
		user.flatMap(person -> goals.goal(person.id())).ifPresent(goal -> model.addAttribute("goal", goal));
		model.addAttribute("signedIn", user.isPresent());
		if (user.isPresent()) {
			model.addAttribute("rememberedUri", occupation.uri());
		}
		fillProfile(model, occupation, held, found, futureOnly, otherGroup);
		return Htmx.view(request, "skills/my-path", "profile");
	}

	private void fillProfile(Model model, OccupationDetails occupation, List<String> confirmed,
			List<SkillRequirement> found, boolean futureOnly, boolean otherGroup) {
		List<String> held = withAcquired(confirmed);
		model.addAttribute("acquiredSkills", CurrentUser.get().map(user -> acquired.of(user.id())).orElse(List.of()));
		Set<String> own = new LinkedHashSet<>(held);
		occupation.skills().forEach(skill -> own.remove(skill.uri()));
		List<SkillRequirement> extra = new ArrayList<>();
		for (String uri : own) {
			occupations.skill(uri).ifPresent(extra::add);
		}
		List<SkillRequirement> searchResults = found.stream()
			.filter(skill -> !held.contains(skill.uri()) && occupation.skills().stream().noneMatch(s -> s.uri().equals(skill.uri())))
			.toList();
		List<Pathway> pathways = held.isEmpty() ? List.of()
				: occupations.pathways(new PathwayQuery(List.of(occupation.uri()), held, RESULTS, futureOnly, otherGroup));
		List<SkillRequirement> shown = new ArrayList<>(occupation.skills());
		shown.addAll(extra);
		model.addAttribute("occupation", occupation);
		model.addAttribute("held", Set.copyOf(held));
		model.addAttribute("extraSkills", extra);
		model.addAttribute("ownUris", Set.copyOf(own));
		model.addAttribute("skillGroups", occupations.groupByHierarchy(shown));
		model.addAttribute("searchResults", searchResults);
		model.addAttribute("pathways", pathways);
		model.addAttribute("occupations", occupations);
	}

	private List<OccupationMatch> find(String text, Model model) {
		try {
			return occupations.search(text, 8);
		}
		catch (InvalidQueryException ex) {
			model.addAttribute("textError", "skills.finder.error." + ex.reason());
			return List.of();
		}
	}

	/** Suggestions for the occupation combobox (htmx); an unusable text gives an empty list. */
	@GetMapping("/berufe/vorschlaege")
	String suggestions(@RequestParam(name = "beruf", defaultValue = "") String text, Model model) {
		List<OccupationMatch> matches = text.isBlank() ? List.of() : find(text, model);
		model.addAttribute("matches", matches);
		model.addAttribute("text", text);
		return "skills/fragments :: suggestions";
	}

	@PostMapping("/mein-weg/vergleich")
	String compare(@RequestParam("von") String from, @RequestParam("nach") String target,
			@RequestParam(name = "kompetenz", required = false) @Nullable List<String> skills, Locale locale,
			Model model) {
		OccupationDetails source = occupations.occupation(from).orElseThrow(NotFoundException::new);
		OccupationDetails goal = occupations.occupation(target).orElseThrow(NotFoundException::new);
		List<String> held = withAcquired(
				skills == null ? source.skills().stream().map(SkillRequirement::uri).toList() : skills);
		Optional<Pathway> pathway = occupations
			.pathways(new PathwayQuery(List.of(from), held, 50, false, false))
			.stream()
			.filter(candidate -> candidate.uri().equals(target))
			.findFirst();
		model.addAttribute("source", source);
		model.addAttribute("target", goal);
		model.addAttribute("held", Set.copyOf(held));
		model.addAttribute("pathway", pathway.orElse(null));
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("occupations", occupations);
		// what other modules offer for the missing skills (library, courses); the kernel knows no module
		List<String> missing = goal.skills().stream().map(SkillRequirement::uri).filter(uri -> !held.contains(uri)).toList();
		model.addAttribute("related", relatedContents.related(missing, List.of(), RELATED, locale));
		return "skills/compare";
	}

	@PostMapping("/mein-weg/ziel")
	String saveGoal(@RequestParam("von") String from, @RequestParam("nach") String target,
			@RequestParam(name = "kompetenz", required = false) @Nullable List<String> skills,
			RedirectAttributes redirect) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		if (occupations.summary(from).isEmpty() || occupations.summary(target).isEmpty()) {
			throw new NotFoundException();
		}
		goals.save(user.id(), from, target, skills == null ? List.of() : skills);
		currentOccupations.remember(user.id(), from);
		redirect.addFlashAttribute("message", "skills.my-path.goal.saved");
		return "redirect:" + UriComponentsBuilder.fromPath("/mein-weg").queryParam("von", "{von}").encode()
			.buildAndExpand(from).toUriString();
	}

	@PostMapping("/mein-weg/ziel/loeschen")
	String deleteGoal(RedirectAttributes redirect) {
		goals.delete(CurrentUser.get().orElseThrow().id());
		redirect.addFlashAttribute("message", "skills.my-path.goal.deleted");
		return "redirect:/mein-weg";
	}

}
