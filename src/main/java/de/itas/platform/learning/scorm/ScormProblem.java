package de.itas.platform.learning.scorm;

/**
 * Why a SCORM package is refused. Each problem has its own message (key {@code learning.scorm.problem.<code>}) so a
 * provider learns what to fix; the message arguments are listed with each constant.
 */
public enum ScormProblem {

	/** {0} line, {1} column, {2} parser detail. */
	MALFORMED_XML("malformed-xml"),
	/** A document type declaration, refused because it is the door for external entities. No arguments. */
	DOCTYPE_NOT_ALLOWED("doctype-not-allowed"),
	/** No {@code imsmanifest.xml} anywhere in the package. No arguments. */
	NO_MANIFEST("no-manifest"),
	/** The root element is not a manifest: {0} the element found. */
	NOT_A_MANIFEST("not-a-manifest"),
	/** SCORM 2004 recognised: {0} the version found. */
	SCORM_2004("scorm-2004"),
	/** Neither SCORM 1.2 nor 2004: {0} the version found. */
	UNSUPPORTED_VERSION("unsupported-version"),
	/** No organisation with at least one item. No arguments. */
	NO_ORGANIZATION("no-organization"),
	/** {0} the default named in the manifest. */
	UNKNOWN_DEFAULT_ORGANIZATION("unknown-default-organization"),
	/** {0} kind (organization/item), {1} identifier. */
	MISSING_TITLE("missing-title"),
	/** {0} kind (item/resource/organization), {1} the identifier used twice, or empty when missing. */
	DUPLICATE_IDENTIFIER("duplicate-identifier"),
	/** {0} element, {1} identifier. */
	MISSING_IDENTIFIER("missing-identifier"),
	/** {0} item identifier, {1} the resource identifier it names. */
	MISSING_RESOURCE("missing-resource"),
	/** {0} resource identifier, {1} the dependency it names. */
	MISSING_DEPENDENCY("missing-dependency"),
	/** {0} item identifier, {1} resource identifier. */
	MISSING_LAUNCH_URL("missing-launch-url"),
	/** {0} file path, {1} resource identifier, {2} how many files are missing in all. */
	MISSING_FILE("missing-file"),
	/** {0} the path, {1} resource identifier. */
	PATH_OUTSIDE_PACKAGE("path-outside-package"),
	/** {0} element, {1} item identifier, {2} the value. */
	INVALID_VALUE("invalid-value"),
	/** The upload is no readable zip: {0} detail. */
	NOT_A_ZIP("not-a-zip"),
	/** {0} entry name. */
	ZIP_SLIP("zip-slip"),
	/** {0} entry name. */
	ABSOLUTE_PATH("absolute-path"),
	/** {0} entry name. */
	SYMLINK("symlink"),
	/** {0} entry name. */
	DUPLICATE_ENTRY("duplicate-entry"),
	/** {0} the limit. */
	TOO_MANY_ENTRIES("too-many-entries"),
	/** {0} the limit in megabytes. */
	TOO_LARGE("too-large"),
	/** {0} entry name, {1} the allowed ratio. */
	COMPRESSION_RATIO("compression-ratio"),
	/** The whole package: {0} the allowed ratio. */
	PACKAGE_COMPRESSION_RATIO("package-compression-ratio");

	private final String code;

	ScormProblem(String code) {
		this.code = code;
	}

	/** The stable code, used in message keys and logs. */
	public String code() {
		return code;
	}

	/** The message key whose German and English texts name the problem. */
	public String messageKey() {
		return "learning.scorm.problem." + code;
	}

}
