package de.itas.platform.skills.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.shared.web.Htmx;
import de.itas.platform.skills.InvalidQueryException;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.OccupationSummary;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.PathwayQuery;

/**
 * Pathways for a group of roles ("Which roles can the people of line X move into?"): a company names the
 * occupations of a team and sees the targets that the team's combined skills reach.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_MEMBER', 'ADVISOR', 'ADMIN')")
class TeamPathController {

	private static final int MAX_ROLES = 8;

	private final Occupations occupations;

	/** A link with its visible text, built here so that templates need no URL arithmetic. */
	record Link(String label, String link) {
	}

	private static String link(List<String> roles) {
		org.springframework.web.util.UriComponentsBuilder builder = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/team-wege");
		for (int i = 0; i < roles.size(); i++) {
			builder.queryParam("von", "{v" + i + "}");
		}
		java.util.Map<String, String> values = new java.util.HashMap<>();
		for (int i = 0; i < roles.size(); i++) {
			values.put("v" + i, roles.get(i));
		}
		return builder.encode().buildAndExpand(values).toUriString();
	}

	TeamPathController(Occupations occupations) {
		this.occupations = occupations;
	}

	@GetMapping("/team-wege")
	String page(@RequestParam(name = "von", required = false) @Nullable List<String> from,
			@RequestParam(name = "beruf", required = false) @Nullable String text,
			@RequestParam(name = "zukunft", defaultValue = "false") boolean futureOnly,
			@RequestParam(name = "andere", defaultValue = "false") boolean otherGroup, HttpServletRequest request,
			Model model) {
		List<OccupationSummary> roles = (from == null ? List.<String>of() : from).stream()
			.distinct()
			.limit(MAX_ROLES)
			.map(uri -> occupations.summary(uri).orElse(null))
			.filter(Objects::nonNull)
			.toList();
		model.addAttribute("roles", roles);
		model.addAttribute("text", text == null ? "" : text);
		model.addAttribute("futureOnly", futureOnly);
		model.addAttribute("otherGroup", otherGroup);
		model.addAttribute("occupations", occupations);
		List<String> uris = roles.stream().map(OccupationSummary::uri).toList();
		model.addAttribute("roleLinks", roles.stream()
			.map(role -> new Link(role.label(), link(uris.stream().filter(uri -> !uri.equals(role.uri())).toList())))
			.toList());
		if (text != null && !text.isBlank()) {
			try {
				List<OccupationMatch> matches = occupations.search(text, 8);
				model.addAttribute("matches", matches);
				model.addAttribute("matchLinks", matches.stream()
					.map(match -> new Link(match.label(),
							link(java.util.stream.Stream.concat(uris.stream(), java.util.stream.Stream.of(match.uri())).toList())))
					.toList());
			}
			catch (InvalidQueryException ex) {
				model.addAttribute("textError", "skills.finder.error." + ex.reason());
			}
		}
		model.addAttribute("pathways", roles.isEmpty() ? List.of()
				: occupations.pathways(new PathwayQuery(roles.stream().map(OccupationSummary::uri).toList(), null,
						MyPathController.RESULTS, futureOnly, otherGroup)));
		return Htmx.view(request, "skills/team", "results");
	}

}
