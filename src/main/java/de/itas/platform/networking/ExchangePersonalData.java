package de.itas.platform.networking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's part of the exchange: the posts they wrote, the contact requests they sent, and the requests to
 * their posts. Erasure keeps posts (they belong to the organisation, which keeps using them) but drops the
 * authorship; it empties the messages the person wrote and unlinks them from requests and decisions, so that no
 * name or address of theirs can be revealed any more.
 */
@Component
class ExchangePersonalData implements PersonalData {

	private final ExchangeStore store;

	ExchangePersonalData(ExchangeStore store) {
		this.store = store;
	}

	@Override
	public String module() {
		return "networking-exchange";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("posts", store.postsByAuthor(person).stream().map(post -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", post.id().toString());
			row.put("organisation", post.organisationName());
			row.put("kind", post.kind().name());
			row.put("direction", post.direction().name());
			row.put("title", post.title());
			row.put("description", post.description());
			row.put("validUntil", post.validUntil().toString());
			row.put("created", post.createdAt().toString());
			return row;
		}).toList());
		data.put("requestsSent", requests(store.requestsBy(person)));
		data.put("requestsReceived", requests(store.requestsToPostsOf(person)));
		return data;
	}

	private static List<Map<String, Object>> requests(List<ContactRequest> requests) {
		return requests.stream().map(request -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("post", request.postId().toString());
			row.put("requestingOrganisation", request.requesterOrganisationName());
			row.put("message", request.message() == null ? "" : request.message());
			row.put("status", request.status().name());
			row.put("sent", request.createdAt().toString());
			return row;
		}).toList();
	}

	@Override
	public void erase(UUID person) {
		store.erase(person);
	}

}
