package de.itas.platform.skills.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import de.itas.platform.skills.InvalidQueryException;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.Pathway;
import de.itas.platform.skills.PathwayQuery;
import de.itas.platform.skills.SkillRequirement;
import de.itas.platform.skills.UnknownOccupationException;

/** JSON API of the occupation finder and pathways ({@code /api/v1/occupations/…}), open to visitors. */
@RestController
@RequestMapping("/api/v1/occupations")
class OccupationApiController {

	static final String ATTRIBUTION = "This service uses the ESCO classification of the European Commission.";

	private final Occupations occupations;
	private final MessageSource messages;

	OccupationApiController(Occupations occupations, MessageSource messages) {
		this.occupations = occupations;
		this.messages = messages;
	}

	@GetMapping("/search")
	Map<String, Object> search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
		List<OccupationMatch> results = occupations.search(q, limit);
		return body(results);
	}

	@GetMapping("/pathways")
	Map<String, Object> pathways(@RequestParam String from, @RequestParam(defaultValue = "10") int limit,
			@RequestParam(required = false) @Nullable String skills,
			@RequestParam(defaultValue = "false") boolean futureOnly,
			@RequestParam(defaultValue = "false") boolean excludeSameGroup) {
		List<String> own = skills == null ? null
				: Arrays.stream(skills.split(",")).map(String::strip).filter(uri -> !uri.isEmpty()).toList();
		List<Pathway> pathways = occupations
			.pathways(new PathwayQuery(List.of(from), own, limit, futureOnly, excludeSameGroup));
		return body(pathways.stream().map(OccupationApiController::json).toList());
	}

	@GetMapping("/occupation")
	Map<String, Object> occupation(@RequestParam String uri) {
		var details = occupations.occupation(uri).orElseThrow(() -> new UnknownOccupationException(uri));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("uri", details.uri());
		body.put("label", details.label());
		body.put("iscoGroup", details.summary().iscoGroup());
		body.put("description", details.description());
		body.put("greenShare", details.summary().greenShare());
		body.put("digitalShare", details.summary().digitalShare());
		body.put("skills", details.skills().stream().map(OccupationApiController::json).toList());
		body.put("attribution", ATTRIBUTION);
		return body;
	}

	private static Map<String, Object> body(List<?> results) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("results", results);
		body.put("attribution", ATTRIBUTION);
		return body;
	}

	private static Map<String, Object> json(Pathway pathway) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uri", pathway.uri());
		json.put("label", pathway.label());
		json.put("score", pathway.score());
		json.put("sharedSkills", pathway.sharedSkills().stream().map(OccupationApiController::json).toList());
		json.put("missingSkills", pathway.missingSkills().stream().map(OccupationApiController::json).toList());
		json.put("greenShare", Math.round(pathway.target().greenShare() * 1000) / 1000.0);
		json.put("digitalShare", Math.round(pathway.target().digitalShare() * 1000) / 1000.0);
		json.put("iscoGroup", pathway.target().iscoGroup());
		return json;
	}

	private static Map<String, Object> json(SkillRequirement skill) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uri", skill.uri());
		json.put("label", skill.label());
		json.put("essential", skill.essential());
		return json;
	}

	@ExceptionHandler(InvalidQueryException.class)
	ResponseEntity<Map<String, String>> invalid(InvalidQueryException ex, Locale locale) {
		return error(HttpStatus.BAD_REQUEST, ex.reason(), locale);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<Map<String, String>> badParameter(Exception ex, Locale locale) {
		return error(HttpStatus.BAD_REQUEST, "parameter", locale);
	}

	@ExceptionHandler(UnknownOccupationException.class)
	ResponseEntity<Map<String, String>> unknown(UnknownOccupationException ex, Locale locale) {
		return error(HttpStatus.NOT_FOUND, "unknown-occupation", locale);
	}

	private ResponseEntity<Map<String, String>> error(HttpStatus status, String reason, Locale locale) {
		String message = messages.getMessage("skills.api.error." + reason, null, locale);
		return ResponseEntity.status(status).body(Map.of("error", reason, "message", message));
	}

}
