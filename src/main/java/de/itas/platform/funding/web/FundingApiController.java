package de.itas.platform.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import de.itas.platform.funding.FundingCalculator;
import de.itas.platform.funding.FundingCase;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/funding/calculate}: the calculator for other systems. Public and without CSRF token
 * (see {@link FundingApiSecurity}); it stores nothing. Bad input gets 400 with one error per field, in
 * German unless the client asks for English with {@code Accept-Language}.
 */
@RestController
class FundingApiController {

	static final String PATH = "/api/v1/funding/calculate";

	private final FundingCalculator calculator;
	private final MessageSource messages;
	private final Clock clock;

	FundingApiController(FundingCalculator calculator, MessageSource messages, Clock clock) {
		this.calculator = calculator;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> calculate(@RequestBody JsonNode body, HttpServletRequest request, Locale resolved) {
		Locale locale = language(request, resolved);
		if (!body.isObject()) {
			return badRequest(List.of(new ApiError(null, messages.getMessage("funding.api.not-an-object", null, locale))));
		}
		CalculationForm form = new CalculationForm();
		List<ApiError> unknown = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : body.properties()) {
			if (CalculationForm.FIELDS.contains(property.getKey())) {
				form.set(property.getKey(), text(property.getValue()));
			}
			else {
				unknown.add(new ApiError(property.getKey(), messages.getMessage("funding.api.unknown-field", null, locale)));
			}
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "calculation");
		Optional<FundingCase> input = form.validate(errors, LocalDate.now(clock));
		if (input.isEmpty() || !unknown.isEmpty()) {
			List<ApiError> all = new ArrayList<>(unknown);
			for (FieldError error : errors.getFieldErrors()) {
				all.add(new ApiError(error.getField(), messages.getMessage(error, locale)));
			}
			return badRequest(all);
		}
		return ResponseEntity.ok(calculator.calculate(input.get(), locale));
	}

	/** Malformed JSON or no body at all. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiErrors> unreadable(HttpServletRequest request, Locale resolved) {
		return badRequest(List.of(new ApiError(null,
				messages.getMessage("funding.api.not-an-object", null, language(request, resolved)))));
	}

	/**
	 * The shell's locale resolver ignores {@code Accept-Language} (pages are German unless switched); API
	 * clients have no cookie and say their language in the header, so the header wins here.
	 */
	private static Locale language(HttpServletRequest request, Locale resolved) {
		Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null ? request.getLocale() : resolved;
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
	}

	/** JSON values as the form's text: numbers without exponent, booleans as true/false, null as empty. */
	private static String text(JsonNode value) {
		if (value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isNumber()) {
			return value.decimalValue().toPlainString();
		}
		if (value.isString()) {
			return value.stringValue();
		}
		// true/false as such; objects and arrays as their JSON, which no field accepts
		return value.toString();
	}

	private static ResponseEntity<ApiErrors> badRequest(List<ApiError> errors) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiErrors(errors));
	}

	record ApiErrors(List<ApiError> errors) {
	}

	/** One problem; {@code field} is the JSON field, or {@code null} when the request as a whole is wrong. */
	record ApiError(@Nullable String field, String message) {
	}

}
