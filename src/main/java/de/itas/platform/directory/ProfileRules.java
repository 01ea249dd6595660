package de.itas.platform.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.web.FieldProblem;

/**
 * The rules entered profile details must satisfy, in one place for the editor and the service: required
 * details, lengths and ranges, known district and industry code, tag limits, and that no field group is
 * visible to more people than the basic group (which decides whether the company is listed at all).
 */
final class ProfileRules {

	static final int MAX_NAME = 200;
	static final int MAX_STREET = 200;
	static final int MAX_CITY = 120;
	static final int MAX_DESCRIPTION = 4000;
	static final int MAX_EMPLOYEES = 1_000_000;
	static final int MAX_WEBSITE = 300;
	static final int MAX_EMAIL = 254;
	static final int MAX_CONTACT_PERSON = 200;

	/** Digits, spaces and + ( ) / - as people write phone numbers, as elsewhere on the platform. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/-]{3,39}");

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

	private static final String REQUIRED = "common.validation.required";

	private ProfileRules() {
	}

	/**
	 * @param knownDistrict whether a district code is one of the region's districts
	 * @param selectableIndustryCode whether an industry code is a WZ 2008 subclass (level 5) we know
	 */
	static List<FieldProblem> check(ProfileDetails details, Predicate<String> knownDistrict,
			Predicate<String> selectableIndustryCode) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "name", details.name(), MAX_NAME, true);
		required(problems, "legalForm", details.legalForm());
		text(problems, "street", details.street(), MAX_STREET, true);
		if (blank(details.postcode())) {
			problems.add(FieldProblem.of("postcode", REQUIRED));
		}
		else if (!POSTCODE.matcher(details.postcode().strip()).matches()) {
			problems.add(FieldProblem.of("postcode", "common.validation.postcode"));
		}
		text(problems, "city", details.city(), MAX_CITY, true);
		if (blank(details.districtCode())) {
			problems.add(FieldProblem.of("districtCode", REQUIRED));
		}
		else if (!knownDistrict.test(details.districtCode())) {
			problems.add(FieldProblem.of("districtCode", "directory.validation.unknown-district"));
		}
		range(problems, "employees", details.employees(), 1, MAX_EMPLOYEES);
		if (blank(details.industryCode())) {
			problems.add(FieldProblem.of("industryCode", REQUIRED));
		}
		else if (!selectableIndustryCode.test(details.industryCode().strip())) {
			problems.add(FieldProblem.of("industryCode", "directory.validation.industry-code"));
		}
		required(problems, "position", details.position());
		range(problems, "combustionShare", details.combustionShare(), 0, 100);
		tags(problems, "capabilities", details.capabilities(), TagKind.CAPABILITY);
		tags(problems, "certifications", details.certifications(), TagKind.CERTIFICATION);
		text(problems, "description", details.description(), MAX_DESCRIPTION, false);
		contact(problems, details.contact());
		visibilities(problems, details);
		return problems;
	}

	private static void contact(List<FieldProblem> problems, ContactDetails contact) {
		String website = contact.website();
		if (website != null && (website.length() > MAX_WEBSITE || !webAddress(website))) {
			problems.add(FieldProblem.of("website", "common.validation.url"));
		}
		String phone = contact.phone();
		if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
			problems.add(FieldProblem.of("phone", "common.validation.phone"));
		}
		String email = contact.email();
		if (email != null && (email.length() > MAX_EMAIL || !emailAddress(email))) {
			problems.add(FieldProblem.of("email", "common.validation.email"));
		}
		text(problems, "contactPerson", contact.contactPerson(), MAX_CONTACT_PERSON, false);
	}

	/** An absolute http or https address with a host: nothing a link could run as script ({@code javascript:}). */
	static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** A single address in the strict RFC 822 syntax of Jakarta Mail, with a dot in its domain. */
	static boolean emailAddress(String text) {
		try {
			InternetAddress address = new InternetAddress(text, true);
			String value = address.getAddress();
			int at = value.lastIndexOf('@');
			return value.equals(text) && address.getPersonal() == null && at > 0
					&& value.indexOf('.', at) > at + 1 && !value.endsWith(".");
		}
		catch (AddressException ex) {
			return false;
		}
	}

	private static void visibilities(List<FieldProblem> problems, ProfileDetails details) {
		Visibility basic = details.visibility(FieldGroup.BASIC);
		for (FieldGroup group : FieldGroup.values()) {
			Visibility visibility = details.visibility(group);
			if (visibility == null) {
				problems.add(FieldProblem.of(group.visibilityField(), REQUIRED));
			}
			else if (basic != null && !basic.within(visibility)) {
				problems.add(FieldProblem.of(group.visibilityField(),
						"directory.validation.wider-than-basic"));
			}
		}
	}

	private static void tags(List<FieldProblem> problems, String field, List<String> tags, TagKind kind) {
		if (tags.size() > kind.maxCount()) {
			problems.add(FieldProblem.of(field, "directory.validation.too-many-tags", kind.maxCount(), tags.size()));
		}
		for (String tag : tags) {
			if (tag.length() > Tags.MAX_LENGTH) {
				problems.add(FieldProblem.of(field, "directory.validation.tag-too-long", tag, Tags.MAX_LENGTH));
			}
		}
	}

	private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max,
			boolean required) {
		if (blank(value)) {
			if (required) {
				problems.add(FieldProblem.of(field, REQUIRED));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "directory.validation.max-length", max));
		}
	}

	private static void required(List<FieldProblem> problems, String field, @Nullable Object value) {
		if (value == null) {
			problems.add(FieldProblem.of(field, REQUIRED));
		}
	}

	private static void range(List<FieldProblem> problems, String field, @Nullable Integer value, int min, int max) {
		if (value == null) {
			problems.add(FieldProblem.of(field, REQUIRED));
		}
		else if (value < min || value > max) {
			problems.add(FieldProblem.of(field, "directory.validation.range", min, max));
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
