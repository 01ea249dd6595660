package de.itas.platform.learning.scorm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A parsed SCORM 1.2 manifest. Immutable; every identifier reference in it has been checked.
 *
 * @param directory the folder of {@code imsmanifest.xml} in the package, relative to the package root (empty or
 *     ending in a slash); all resource paths already include it
 * @param schemaVersion the {@code schemaversion} as written, null when the manifest has none
 * @param resources by identifier, in document order
 */
public record ScormManifest(String identifier, @Nullable String version, @Nullable String schemaVersion,
		String directory, String defaultOrganizationId, List<ScormOrganization> organizations,
		Map<String, ScormResource> resources) {

	public ScormManifest {
		organizations = List.copyOf(organizations);
		resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
	}

	public ScormOrganization defaultOrganization() {
		return organizations.stream()
			.filter(organization -> organization.identifier().equals(defaultOrganizationId))
			.findFirst()
			.orElseThrow();
	}

	public Optional<ScormResource> resource(@Nullable String identifier) {
		return Optional.ofNullable(identifier == null ? null : resources.get(identifier));
	}

	/** The items of the default organisation that launch something, in the order a learner meets them. */
	public List<ScormItem> launchableItems() {
		return defaultOrganization().allItems().stream().filter(item -> item.identifierRef() != null).toList();
	}

	/** The item started first: the first launchable item of the default organisation. */
	public ScormItem firstLaunchableItem() {
		return launchableItems().get(0);
	}

	/** The items of the default organisation whose resource is a SCO (they talk to the runtime API). */
	public List<ScormItem> scoItems() {
		return launchableItems().stream().filter(item -> resource(item.identifierRef()).orElseThrow().sco()).toList();
	}

	/**
	 * The URL to launch an item with, relative to the package root (or absolute for external content): the
	 * resource's href with the item's parameters appended as SCORM prescribes (a leading {@code ?} or {@code &}
	 * joins the query, a {@code #} adds a fragment).
	 */
	public String launchUrl(ScormItem item) {
		ScormResource resource = resource(item.identifierRef())
			.orElseThrow(() -> new IllegalArgumentException("item " + item.identifier() + " launches nothing"));
		String href = Objects.requireNonNull(resource.href(), "checked by the parser");
		String parameters = item.parameters().strip();
		if (parameters.isEmpty()) {
			return href;
		}
		if (parameters.startsWith("#")) {
			return href.contains("#") ? href : href + parameters;
		}
		String query = parameters.startsWith("?") || parameters.startsWith("&") ? parameters.substring(1) : parameters;
		int fragment = href.indexOf('#');
		String head = fragment < 0 ? href : href.substring(0, fragment);
		String tail = fragment < 0 ? "" : href.substring(fragment);
		return head + (head.contains("?") ? "&" : "?") + query + tail;
	}

}
