package de.itas.platform.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.SignedIn;
import de.itas.platform.shared.security.PlatformUser;

/** Helpers shared by the directory's integration tests. */
final class DirectoryTestSupport {

	private DirectoryTestSupport() {
	}

	/** Runs service calls as this person, as a request of theirs would. */
	static <T> T as(PlatformUser user, Supplier<T> action) {
		return SignedIn.as(user, action::get);
	}

	static void as(PlatformUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	/** The editor's form fields for these details, as a browser would post them. */
	static Map<String, List<String>> form(ProfileDetails details, long version) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		form.put("name", List.of(details.name()));
		form.put("legalForm", List.of(details.legalForm().name()));
		form.put("street", List.of(details.street()));
		form.put("postcode", List.of(details.postcode()));
		form.put("city", List.of(details.city()));
		form.put("districtCode", List.of(details.districtCode()));
		form.put("employees", List.of(String.valueOf(details.employees())));
		form.put("industryCode", List.of(details.industryCode()));
		form.put("position", List.of(details.position().name()));
		form.put("productGroups", details.productGroups().stream().map(Enum::name).toList());
		form.put("_productGroups", List.of("on"));
		form.put("combustionShare", List.of(String.valueOf(details.combustionShare())));
		form.put("capabilities", List.of(String.join("\n", details.capabilities())));
		form.put("certifications", List.of(String.join("\n", details.certifications())));
		form.put("description", List.of(details.description() == null ? "" : details.description()));
		for (FieldGroup group : FieldGroup.values()) {
			form.put(group.visibilityField(), List.of(details.visibility(group).name()));
		}
		form.put("website", List.of(orEmpty(details.contact().website())));
		form.put("phone", List.of(orEmpty(details.contact().phone())));
		form.put("email", List.of(orEmpty(details.contact().email())));
		form.put("contactPerson", List.of(orEmpty(details.contact().contactPerson())));
		form.put("version", List.of(String.valueOf(version)));
		return form;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	static MockMvcTester.MockMvcRequestBuilder withForm(MockMvcTester.MockMvcRequestBuilder request,
			Map<String, List<String>> form) {
		form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

}
