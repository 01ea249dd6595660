package de.itas.platform.trainings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.Labelled;
import de.itas.platform.trainings.OfferDetails;
import de.itas.platform.trainings.RunDetails;

/**
 * schema.org {@code Course} with its upcoming {@code CourseInstance}s for the detail page, as a JSON-LD
 * data block. „&lt;“ is escaped so that no text of the offer can close the script element.
 */
final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	static String course(OfferDetails offer, String baseUrl, LocalDate today) {
		Map<String, Object> course = new LinkedHashMap<>();
		course.put("@context", "https://schema.org");
		course.put("@type", "Course");
		course.put("name", offer.title());
		course.put("description", offer.summary());
		course.put("url", baseUrl + offer.url());
		course.put("inLanguage", offer.language());
		course.put("provider", Map.of("@type", "Organization", "name", offer.providerName()));
		course.put("offers", Map.of("@type", "Offer", "category", offer.price().signum() == 0 ? "Free" : "Paid",
				"price", offer.price().toPlainString(), "priceCurrency", "EUR"));
		if (!offer.skills().isEmpty()) {
			course.put("teaches", offer.skills().stream().map(Labelled::label).toList());
		}
		course.put("timeRequired", "PT" + offer.durationHours().toBigInteger() + "H");
		List<Map<String, Object>> instances = new ArrayList<>();
		for (RunDetails run : offer.upcomingRuns(today)) {
			Map<String, Object> instance = new LinkedHashMap<>();
			instance.put("@type", "CourseInstance");
			instance.put("courseMode", run.online() ? "online" : mode(offer.format()));
			instance.put("startDate", run.startDate().toString());
			instance.put("endDate", run.endDate().toString());
			if (!run.schedule().isBlank()) {
				instance.put("description", run.schedule());
			}
			if (!run.online()) {
				Map<String, Object> address = new LinkedHashMap<>();
				address.put("@type", "PostalAddress");
				if (run.street() != null) {
					address.put("streetAddress", run.street());
				}
				if (run.postcode() != null) {
					address.put("postalCode", run.postcode());
				}
				address.put("addressLocality", run.city());
				address.put("addressCountry", "DE");
				instance.put("location", Map.of("@type", "Place", "name", run.placeName() != null ? run.placeName() : run.city(),
						"address", address));
			}
			instances.add(instance);
		}
		if (!instances.isEmpty()) {
			course.put("hasCourseInstance", instances);
		}
		return JSON.writeValueAsString(course).replace("<", "\\u003c");
	}

	private static String mode(Format format) {
		return switch (format) {
			case PRESENCE -> "onsite";
			case ONLINE -> "online";
			case HYBRID, BLENDED -> "blended";
		};
	}

}
