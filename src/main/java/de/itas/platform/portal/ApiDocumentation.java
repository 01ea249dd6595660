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

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
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
	private final ObjectProvider<SecurityFilterChain> chains;

	ApiDocumentation(ObjectProvider<OpenApiWebMvcResource> resource, ObjectProvider<SecurityFilterChain> chains) {
		this.resource = resource;
		this.chains = chains;
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
				byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(op(request, path, method, operation));
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

	private Op op(HttpServletRequest request, String path, PathItem.HttpMethod method, Operation operation) {
		List<Param> parameters = new ArrayList<>();
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				parameters.add(new Param(parameter.getName(), parameter.getIn(),
						Boolean.TRUE.equals(parameter.getRequired()), parameter.getDescription()));
			}
		}
		return new Op(method.name(), path, operation.getSummary(), operation.getDescription(), parameters,
				operation.getRequestBody() != null, open(request, path, method.name()));
	}

	/**
	 * Whether a visitor may call the operation, asked of the security filter chain's access rules with a sample
	 * value for each path variable.
	 */
	private boolean open(HttpServletRequest request, String path, String method) {
		String sample = path.replaceAll("\\{[^}]+}", "1");
		for (SecurityFilterChain chain : chains) {
			HttpServletRequest probe = new Probe(request, sample, method);
			if (!chain.matches(probe)) {
				continue;
			}
			for (var filter : chain.getFilters()) {
				if (filter instanceof AuthorizationFilter authorization) {
					AuthorizationManager<HttpServletRequest> manager = authorization.getAuthorizationManager();
					try {
						AuthorizationResult result = manager.authorize(() -> VISITOR, probe);
						return result != null && result.isGranted();
					}
					catch (RuntimeException ex) {
						return false;
					}
				}
			}
			return false;
		}
		return false;
	}

	/**
	 * The documentation page's request turned into a visitor's request for another path: path and method
	 * replaced, the request's cached path and handler left out.
	 */
	private static final class Probe extends HttpServletRequestWrapper {

		private final String path;
		private final String method;
		private final Map<String, Object> attributes = new LinkedHashMap<>();

		Probe(HttpServletRequest request, String path, String method) {
			super(request);
			this.path = path;
			this.method = method;
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + path;
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
		}

		@Override
		public String getServletPath() {
			return path;
		}

		@Override
		public @Nullable String getPathInfo() {
			return null;
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

		@Override
		public String getMethod() {
			return method;
		}

		@Override
		public DispatcherType getDispatcherType() {
			return DispatcherType.REQUEST;
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return attributes.get(name);
		}

		@Override
		public java.util.Enumeration<String> getAttributeNames() {
			return java.util.Collections.enumeration(attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.remove(name);
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
