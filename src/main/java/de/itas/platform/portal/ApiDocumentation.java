package de.itas.platform.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Service;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The JSON API's operations read from the OpenAPI description that springdoc builds (the same as
 * {@value #JSON} serves), grouped by tag, each with whether a visitor may call it without signing in (asked of
 * the security rules, not guessed).
 */
@Service
public class ApiDocumentation {

	/** Where the OpenAPI description is served as JSON. */
	public static final String JSON = "/v3/api-docs";

	/** Only this part of the platform is described. */
	static final String API_PREFIX = "/api/v1/";

	private static final Authentication VISITOR = new AnonymousAuthenticationToken("api-documentation", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	/** A parameter of an operation; {@code in} is query, path or header. */
	public record Param(String name, String in, boolean required, @Nullable String description) {
	}

	/** One operation: method and path, what it does, its parameters and whether visitors may call it. */
	public record Op(String method, String path, @Nullable String summary, @Nullable String description,
			List<Param> parameters, boolean hasBody, boolean open) {

		/** An id for anchors, from method and path. */
		public String anchor() {
			return (method + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
		}

	}

	/** The operations under one tag. */
	public record Group(String name, @Nullable String description, List<Op> operations) {

		public String anchor() {
			return "gruppe-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9äöüß]+", "-");
		}

	}

	/** The description's title, version and groups. */
	public record Overview(String title, @Nullable String description, String version, List<Group> groups) {

		public int operationCount() {
			return groups.stream().mapToInt(group -> group.operations().size()).sum();
		}

	}

	private final ObjectProvider<OpenApiWebMvcResource> resource;
	private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

	ApiDocumentation(ObjectProvider<OpenApiWebMvcResource> resource,
			ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
		this.resource = resource;
		this.privileges = privileges;
	}

	/** The operations as springdoc describes them for {@code request}'s server. */
	public Overview overview(HttpServletRequest request, Locale locale) {
		OpenAPI api;
		try {
			byte[] json = resource.getObject().openapiJson(request, JSON, locale);
			api = Json.mapper().readValue(json, OpenAPI.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The OpenAPI description could not be read", ex);
		}
		Map<String, List<Op>> byTag = new TreeMap<>();
		if (api.getPaths() != null) {
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				String tag = operation.getTags() == null || operation.getTags().isEmpty() ? "-" : operation.getTags().get(0);
				byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(op(path, method, operation));
			}));
		}
		Map<String, String> tagDescriptions = new LinkedHashMap<>();
		if (api.getTags() != null) {
			api.getTags().forEach(tag -> tagDescriptions.put(tag.getName(), tag.getDescription()));
		}
		List<Group> groups = new ArrayList<>();
		byTag.forEach((tag, ops) -> {
			ops.sort((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method()));
			groups.add(new Group(tag, tagDescriptions.get(tag), List.copyOf(ops)));
		});
		String title = api.getInfo() == null ? "API" : api.getInfo().getTitle();
		String description = api.getInfo() == null ? null : api.getInfo().getDescription();
		String version = api.getInfo() == null ? "" : api.getInfo().getVersion();
		return new Overview(title, description, version, groups);
	}

	private Op op(String path, PathItem.HttpMethod method, Operation operation) {
		List<Param> parameters = new ArrayList<>();
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				parameters.add(new Param(parameter.getName(), parameter.getIn(),
						Boolean.TRUE.equals(parameter.getRequired()), parameter.getDescription()));
			}
		}
		return new Op(method.name(), path, operation.getSummary(), operation.getDescription(), parameters,
				operation.getRequestBody() != null, open(path, method.name()));
	}

	/** Whether a visitor may call the operation, by the security rules, with a sample value for each variable. */
	private boolean open(String path, String method) {
		WebInvocationPrivilegeEvaluator evaluator = privileges.getIfAvailable();
		if (evaluator == null) {
			return false;
		}
		String sample = path.replaceAll("\\{[^}]+}", "1");
		try {
			return evaluator.isAllowed("", sample, method, VISITOR);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Puts every operation under a German tag named after the first segment of its path below
	 * {@value #API_PREFIX} (message {@code portal.api.tag.SEGMENT}, the segment itself without one).
	 */
	static void tagByPath(OpenAPI api, MessageSource messages) {
		if (api.getPaths() == null) {
			return;
		}
		Set<String> names = new LinkedHashSet<>();
		api.getPaths().forEach((path, item) -> {
			String rest = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path;
			String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
			String name = messages.getMessage("portal.api.tag." + segment, null, segment, Locale.GERMAN);
			names.add(name);
			item.readOperations().forEach(operation -> operation.setTags(new ArrayList<>(List.of(name))));
		});
		api.setTags(names.stream().sorted().map(name -> new Tag().name(name)).toList());
	}

}
