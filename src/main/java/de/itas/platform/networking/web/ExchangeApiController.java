package de.itas.platform.networking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.itas.platform.networking.Exchange;
import de.itas.platform.networking.ExchangeQuery;
import de.itas.platform.networking.ExchangeResult;
import de.itas.platform.networking.PostDirection;
import de.itas.platform.networking.PostKind;
import de.itas.platform.networking.PostView;

/**
 * Current posts of the exchange as JSON, public: the same visibility rule as the pages (the organisation is named
 * to visitors only when the poster chose so), hidden and expired posts never appear, nothing personal is in it.
 */
@RestController
class ExchangeApiController {

	/** One post in the API. */
	record ApiPost(UUID id, String kind, String direction, String title, String description, List<String> capabilities,
			List<String> productGroups, List<String> districts, @Nullable String actionField, LocalDate validUntil,
			@Nullable String organisation, String district) {
	}

	private final Exchange exchange;

	ExchangeApiController(Exchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/api/v1/networking/posts")
	Map<String, Object> posts(@RequestParam(name = "kind", required = false) @Nullable String kind,
			@RequestParam(name = "district", required = false) @Nullable String district,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size) {
		ExchangeResult result = exchange.search(new ExchangeQuery(null, ExchangeController.parse(PostKind.class, kind), null,
				district, null, null, page, size));
		return Map.of("items", result.page().items().stream().map(ExchangeApiController::api).toList(), "page",
				result.page().page(), "size", result.page().size(), "total", result.page().total());
	}

	private static ApiPost api(PostView post) {
		return new ApiPost(post.id(), post.kind().name(), post.direction().name(), post.title(), post.description(),
				post.capabilities(), post.productGroupList().stream().map(Enum::name).toList(), post.districtNames(),
				post.actionFieldCode(), post.validUntil(), post.organisationName(), post.mainDistrictName());
	}

}
