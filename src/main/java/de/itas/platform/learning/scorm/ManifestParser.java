package de.itas.platform.learning.scorm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a SCORM 1.2 {@code imsmanifest.xml} into a {@link ScormManifest} and refuses what a player could not run,
 * with a {@link ManifestException} naming the problem. The checks run in a fixed order (well-formed XML, version,
 * organisations and titles, item references, launch URLs, dependencies, files) so a package with several faults is
 * refused for the most basic one first.
 * <p>
 * The XML parser is namespace-aware and allows no document type declaration, no external entities and no external
 * schema or DTD access: a manifest is untrusted input. Elements of the content packaging schema are matched by
 * local name (packages use both the imsproject and imsglobal namespace URIs); the SCORM extensions must be in the
 * {@code adlcp} 1.2 namespace and are matched ignoring case, as authoring tools write {@code dataFromLMS} as often as
 * {@code datafromlms}. Stateless and thread-safe.
 */
public final class ManifestParser {

	public static final String MANIFEST = "imsmanifest.xml";

	static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

	private static final Set<String> SCORM_2004_NAMESPACES = Set.of("http://www.adlnet.org/xsd/adlcp_v1p3",
			"http://www.imsglobal.org/xsd/imscp_v1p1", "http://www.imsglobal.org/xsd/imsss",
			"http://www.adlnet.org/xsd/adlseq_v1p3", "http://www.adlnet.org/xsd/adlnav_v1p3");

	private static final Pattern ABSOLUTE_URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

	private static final Set<String> TIME_LIMIT_ACTIONS = Set.of("exit,message", "exit,no message",
			"continue,message", "continue,no message");

	/** Manifests larger than this are refused as malformed before parsing (a real one has a few hundred kB). */
	private static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

	/**
	 * Parses the package unpacked at {@code root}: finds the shallowest {@code imsmanifest.xml}, parses it with
	 * paths resolved against its folder, and checks that every file it names is in the package.
	 */
	public ScormManifest parsePackage(Path root) {
		String location = findManifest(root).orElseThrow(() -> new ManifestException(ScormProblem.NO_MANIFEST));
		String directory = location.contains("/") ? location.substring(0, location.lastIndexOf('/') + 1) : "";
		ScormManifest manifest;
		try (InputStream in = Files.newInputStream(root.resolve(location))) {
			manifest = parse(in, directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		checkFiles(manifest, root);
		return manifest;
	}

	/**
	 * Parses a manifest alone, without looking at the files it names (the structure checks all run).
	 *
	 * @param directory the manifest's folder in the package (empty or ending in a slash)
	 */
	public ScormManifest parse(InputStream xml, String directory) {
		Document document = read(xml);
		Element root = document.getDocumentElement();
		if (!"manifest".equals(root.getLocalName())) {
			throw new ManifestException(ScormProblem.NOT_A_MANIFEST, root.getNodeName());
		}
		String schemaVersion = child(root, "metadata").flatMap(metadata -> child(metadata, "schemaversion"))
			.map(ManifestParser::text)
			.orElse(null);
		checkVersion(document, schemaVersion);
		String base = join(directory, xmlBase(root), "manifest");

		Map<String, ScormResource> resources = child(root, "resources")
			.map(element -> resources(element, join(base, xmlBase(element), "resources")))
			.orElse(Map.of());

		Element organizationsElement = child(root, "organizations")
			.orElseThrow(() -> new ManifestException(ScormProblem.NO_ORGANIZATION));
		List<ScormOrganization> organizations = new ArrayList<>();
		Set<String> itemIds = new HashSet<>();
		Set<String> organizationIds = new HashSet<>();
		for (Element element : children(organizationsElement, "organization")) {
			String identifier = identifier(element, "organization");
			if (!organizationIds.add(identifier)) {
				throw new ManifestException(ScormProblem.DUPLICATE_IDENTIFIER, "organization", identifier);
			}
			String title = title(element, "organization", identifier);
			List<ScormItem> items = new ArrayList<>();
			for (Element item : children(element, "item")) {
				items.add(item(item, itemIds));
			}
			organizations.add(new ScormOrganization(identifier, title, items));
		}
		if (organizations.isEmpty()) {
			throw new ManifestException(ScormProblem.NO_ORGANIZATION);
		}
		String defaultId = organizationsElement.getAttribute("default").strip();
		if (defaultId.isEmpty()) {
			defaultId = organizations.get(0).identifier();
		}
		else if (!organizationIds.contains(defaultId)) {
			throw new ManifestException(ScormProblem.UNKNOWN_DEFAULT_ORGANIZATION, defaultId);
		}

		String identifier = root.getAttribute("identifier").strip();
		String version = root.getAttribute("version").strip();
		ScormManifest manifest = new ScormManifest(identifier, version.isEmpty() ? null : version, schemaVersion,
				directory, defaultId, organizations, resources);
		checkReferences(manifest);
		if (manifest.launchableItems().isEmpty()) {
			throw new ManifestException(ScormProblem.NO_ORGANIZATION);
		}
		return manifest;
	}

	/**
	 * The path of the shallowest {@code imsmanifest.xml} below {@code root}, relative to it with forward slashes;
	 * among manifests equally deep the first by name wins, so the choice does not depend on the file system. Folders
	 * of macOS resource forks ({@code __MACOSX}) are ignored.
	 */
	public static Optional<String> findManifest(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
				.filter(path -> path.getFileName().toString().equalsIgnoreCase(MANIFEST))
				.map(path -> root.relativize(path).toString().replace('\\', '/'))
				.filter(path -> !path.startsWith("__MACOSX/"))
				.min(Comparator.comparingLong((String path) -> path.chars().filter(c -> c == '/').count())
					.thenComparing(Comparator.naturalOrder()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isAbsoluteUrl(String href) {
		return ABSOLUTE_URL.matcher(href).matches();
	}

	private static Document read(InputStream xml) {
		byte[] bytes;
		try {
			bytes = readLimited(xml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			DocumentBuilder builder = factory().newDocumentBuilder();
			builder.setErrorHandler(new ErrorHandler() {

				@Override
				public void warning(SAXParseException exception) {
					// warnings do not stop an otherwise readable manifest
				}

				@Override
				public void error(SAXParseException exception) throws SAXException {
					throw exception;
				}

				@Override
				public void fatalError(SAXParseException exception) throws SAXException {
					throw exception;
				}

			});
			return builder.parse(new ByteArrayInputStream(bytes));
		}
		catch (SAXParseException ex) {
			String detail = String.valueOf(ex.getMessage());
			if (detail.contains("DOCTYPE")) {
				throw new ManifestException(ScormProblem.DOCTYPE_NOT_ALLOWED);
			}
			throw new ManifestException(ScormProblem.MALFORMED_XML, ex.getLineNumber(), ex.getColumnNumber(), detail);
		}
		catch (SAXException ex) {
			throw new ManifestException(ScormProblem.MALFORMED_XML, 0, 0, String.valueOf(ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("the JDK's XML parser lacks a security feature", ex);
		}
	}

	private static byte[] readLimited(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) >= 0) {
			out.write(buffer, 0, read);
			if (out.size() > MAX_MANIFEST_BYTES) {
				throw new ManifestException(ScormProblem.MALFORMED_XML, 0, 0, "manifest larger than 16 MB");
			}
		}
		return out.toByteArray();
	}

	private static DocumentBuilderFactory factory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	private static void checkVersion(Document document, @Nullable String schemaVersion) {
		Set<String> namespaces = new HashSet<>();
		collectNamespaces(document.getDocumentElement(), namespaces);
		boolean namespaces2004 = namespaces.stream().anyMatch(SCORM_2004_NAMESPACES::contains);
		String normalised = schemaVersion == null ? "" : schemaVersion.strip().toLowerCase(Locale.ROOT);
		if (namespaces2004 || normalised.contains("2004") || normalised.contains("1.3")) {
			throw new ManifestException(ScormProblem.SCORM_2004, schemaVersion == null ? "2004" : schemaVersion.strip());
		}
		if (!normalised.isEmpty() && !normalised.equals("1.2")) {
			throw new ManifestException(ScormProblem.UNSUPPORTED_VERSION, schemaVersion.strip());
		}
	}

	private static void collectNamespaces(Element element, Set<String> into) {
		if (element.getNamespaceURI() != null) {
			into.add(element.getNamespaceURI());
		}
		var attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			if (attribute.getNamespaceURI() != null) {
				into.add(attribute.getNamespaceURI());
			}
			if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
				into.add(attribute.getNodeValue());
			}
		}
		for (Element child : children(element, null)) {
			collectNamespaces(child, into);
		}
	}

	private static ScormItem item(Element element, Set<String> itemIds) {
		String identifier = identifier(element, "item");
		if (!itemIds.add(identifier)) {
			throw new ManifestException(ScormProblem.DUPLICATE_IDENTIFIER, "item", identifier);
		}
		String title = title(element, "item", identifier);
		String ref = element.getAttribute("identifierref").strip();
		boolean visible = !"false".equalsIgnoreCase(element.getAttribute("isvisible").strip());
		String parameters = element.getAttribute("parameters").strip();
		String prerequisites = adlcp(element, "prerequisites");
		String mastery = adlcp(element, "masteryscore");
		BigDecimal masteryScore = null;
		if (mastery != null) {
			try {
				masteryScore = new BigDecimal(mastery);
			}
			catch (NumberFormatException ex) {
				throw new ManifestException(ScormProblem.INVALID_VALUE, "adlcp:masteryscore", identifier, mastery);
			}
			if (masteryScore.signum() < 0 || masteryScore.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new ManifestException(ScormProblem.INVALID_VALUE, "adlcp:masteryscore", identifier, mastery);
			}
		}
		String maxTime = adlcp(element, "maxtimeallowed");
		if (maxTime != null && !CmiTypes.isTimespan(maxTime)) {
			throw new ManifestException(ScormProblem.INVALID_VALUE, "adlcp:maxtimeallowed", identifier, maxTime);
		}
		String timeLimitAction = adlcp(element, "timelimitaction");
		if (timeLimitAction != null) {
			String normalised = timeLimitAction.toLowerCase(Locale.ROOT).replaceAll("\\s*,\\s*", ",");
			if (!TIME_LIMIT_ACTIONS.contains(normalised)) {
				throw new ManifestException(ScormProblem.INVALID_VALUE, "adlcp:timelimitaction", identifier,
						timeLimitAction);
			}
			timeLimitAction = normalised;
		}
		String launchData = adlcp(element, "datafromlms");
		List<ScormItem> children = new ArrayList<>();
		for (Element child : children(element, "item")) {
			children.add(item(child, itemIds));
		}
		return new ScormItem(identifier, title, ref.isEmpty() ? null : ref, visible, parameters, prerequisites,
				masteryScore, maxTime, timeLimitAction, launchData, children);
	}

	private static Map<String, ScormResource> resources(Element resourcesElement, String base) {
		Map<String, ScormResource> resources = new LinkedHashMap<>();
		for (Element element : children(resourcesElement, "resource")) {
			String identifier = identifier(element, "resource");
			if (resources.containsKey(identifier)) {
				throw new ManifestException(ScormProblem.DUPLICATE_IDENTIFIER, "resource", identifier);
			}
			String resourceBase = join(base, xmlBase(element), identifier);
			String scormTypeValue = adlcpAttribute(element, "scormtype");
			ScormType scormType;
			if (scormTypeValue == null || scormTypeValue.equalsIgnoreCase("asset")) {
				scormType = ScormType.ASSET;
			}
			else if (scormTypeValue.equalsIgnoreCase("sco")) {
				scormType = ScormType.SCO;
			}
			else {
				throw new ManifestException(ScormProblem.INVALID_VALUE, "adlcp:scormtype", identifier, scormTypeValue);
			}
			String href = element.getAttribute("href").strip();
			List<String> files = new ArrayList<>();
			for (Element file : children(element, "file")) {
				String fileHref = file.getAttribute("href").strip();
				if (!fileHref.isEmpty()) {
					files.add(resolve(resourceBase, fileHref, identifier));
				}
			}
			List<String> dependencies = new ArrayList<>();
			for (Element dependency : children(element, "dependency")) {
				String ref = dependency.getAttribute("identifierref").strip();
				if (!ref.isEmpty()) {
					dependencies.add(ref);
				}
			}
			resources.put(identifier, new ScormResource(identifier, element.getAttribute("type").strip(), scormType,
					href.isEmpty() ? null : resolve(resourceBase, href, identifier), resourceBase, files,
					dependencies));
		}
		return resources;
	}

	private static void checkReferences(ScormManifest manifest) {
		List<ScormItem> items = manifest.organizations().stream().flatMap(o -> o.allItems().stream()).toList();
		for (ScormItem item : items) {
			if (item.identifierRef() != null && manifest.resource(item.identifierRef()).isEmpty()) {
				throw new ManifestException(ScormProblem.MISSING_RESOURCE, item.identifier(), item.identifierRef());
			}
		}
		for (ScormItem item : items) {
			if (item.identifierRef() != null && manifest.resource(item.identifierRef()).orElseThrow().href() == null) {
				throw new ManifestException(ScormProblem.MISSING_LAUNCH_URL, item.identifier(), item.identifierRef());
			}
		}
		for (ScormResource resource : manifest.resources().values()) {
			for (String dependency : resource.dependencies()) {
				if (!manifest.resources().containsKey(dependency)) {
					throw new ManifestException(ScormProblem.MISSING_DEPENDENCY, resource.identifier(), dependency);
				}
			}
		}
	}

	private static void checkFiles(ScormManifest manifest, Path root) {
		Path normalisedRoot = root.toAbsolutePath().normalize();
		String first = null;
		String firstResource = null;
		int missing = 0;
		for (ScormResource resource : manifest.resources().values()) {
			List<String> paths = new ArrayList<>(resource.files());
			if (resource.href() != null && !resource.external()) {
				paths.add(0, resource.href());
			}
			Set<String> seen = new HashSet<>();
			for (String path : paths) {
				if (isAbsoluteUrl(path)) {
					continue;
				}
				String file = decode(stripQuery(path));
				if (!seen.add(file)) {
					continue;
				}
				Path target = normalisedRoot.resolve(file).normalize();
				if (!target.startsWith(normalisedRoot) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
					missing++;
					if (first == null) {
						first = file;
						firstResource = resource.identifier();
					}
				}
			}
		}
		if (first != null) {
			throw new ManifestException(ScormProblem.MISSING_FILE, first, firstResource, missing);
		}
	}

	/** {@code base} (a folder, empty or ending in a slash) and a relative reference joined into a package path. */
	private static String resolve(String base, String reference, String owner) {
		if (isAbsoluteUrl(reference)) {
			return reference;
		}
		if (isAbsoluteUrl(base)) {
			return URI.create(base).resolve(reference).toString();
		}
		if (reference.startsWith("/") || reference.startsWith("\\") || reference.matches("^[a-zA-Z]:.*")) {
			throw new ManifestException(ScormProblem.PATH_OUTSIDE_PACKAGE, reference, owner);
		}
		return normalise(base + reference, owner);
	}

	/** A folder path: {@code base} extended by an {@code xml:base} value, always ending in a slash. */
	private static String join(String base, String xmlBase, String owner) {
		if (xmlBase.isEmpty()) {
			return base;
		}
		String folder = xmlBase.endsWith("/") ? xmlBase : xmlBase + "/";
		return resolve(base, folder, owner);
	}

	private static String normalise(String path, String owner) {
		int suffixAt = indexOfQueryOrFragment(path);
		String suffix = suffixAt < 0 ? "" : path.substring(suffixAt);
		String pathPart = suffixAt < 0 ? path : path.substring(0, suffixAt);
		List<String> segments = new ArrayList<>();
		String[] parts = pathPart.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			boolean last = i == parts.length - 1;
			if (part.equals(".") || (part.isEmpty() && !last)) {
				continue;
			}
			if (part.equals("..")) {
				if (segments.isEmpty()) {
					throw new ManifestException(ScormProblem.PATH_OUTSIDE_PACKAGE, path, owner);
				}
				segments.remove(segments.size() - 1);
				continue;
			}
			segments.add(part);
		}
		return String.join("/", segments) + suffix;
	}

	private static int indexOfQueryOrFragment(String path) {
		int query = path.indexOf('?');
		int fragment = path.indexOf('#');
		if (query < 0) {
			return fragment;
		}
		return fragment < 0 ? query : Math.min(query, fragment);
	}

	private static String stripQuery(String path) {
		int at = indexOfQueryOrFragment(path);
		return at < 0 ? path : path.substring(0, at);
	}

	/** Percent-decoding of a path as written in a URL (a plus stays a plus, unlike form decoding). */
	private static String decode(String path) {
		if (!path.contains("%")) {
			return path;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
				bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

	private static String identifier(Element element, String kind) {
		String identifier = element.getAttribute("identifier").strip();
		if (identifier.isEmpty()) {
			throw new ManifestException(ScormProblem.MISSING_IDENTIFIER, kind,
					child(element, "title").map(ManifestParser::text).orElse(""));
		}
		return identifier;
	}

	private static String title(Element element, String kind, String identifier) {
		String title = child(element, "title").map(ManifestParser::text).orElse("");
		if (title.isEmpty()) {
			throw new ManifestException(ScormProblem.MISSING_TITLE, kind, identifier);
		}
		return title;
	}

	private static String xmlBase(Element element) {
		return element.getAttributeNS(XMLConstants.XML_NS_URI, "base").strip();
	}

	private static @Nullable String adlcp(Element element, String name) {
		for (Element child : children(element, null)) {
			if (ADLCP_12.equals(child.getNamespaceURI()) && name.equalsIgnoreCase(child.getLocalName())) {
				String value = text(child);
				return value.isEmpty() ? null : value;
			}
		}
		return null;
	}

	private static @Nullable String adlcpAttribute(Element element, String name) {
		var attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			if (ADLCP_12.equals(attribute.getNamespaceURI()) && name.equalsIgnoreCase(attribute.getLocalName())) {
				return attribute.getNodeValue().strip();
			}
		}
		return null;
	}

	private static Optional<Element> child(Element parent, String localName) {
		return children(parent, localName).stream().findFirst();
	}

	/** Direct child elements with the local name (any namespace), or all of them when the name is null. */
	private static List<Element> children(Element parent, @Nullable String localName) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && (localName == null || localName.equals(element.getLocalName()))) {
				children.add(element);
			}
		}
		return children;
	}

	private static String text(Element element) {
		return element.getTextContent().strip();
	}

}
