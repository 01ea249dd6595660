package de.itas.platform.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * How to reach a company, as its admin enters it (all optional; the field group {@link FieldGroup#CONTACT}
 * decides who sees it). Checked by {@link ProfileRules}: the website must be an http(s) address, the phone
 * number plausible characters, the e-mail address well-formed.
 */
@NamedInterface("api")
public record ContactDetails(@Nullable String website, @Nullable String phone, @Nullable String email,
		@Nullable String contactPerson) {

	public static final ContactDetails NONE = new ContactDetails(null, null, null, null);

	public ContactDetails {
		website = blankToNull(website);
		phone = blankToNull(phone);
		email = blankToNull(email);
		contactPerson = blankToNull(contactPerson);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
