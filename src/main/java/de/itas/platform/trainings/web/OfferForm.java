package de.itas.platform.trainings.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.OfferDetails;
import de.itas.platform.trainings.OfferDraft;

/**
 * The offer editor's fields as typed. Numbers stay text until they are checked, so that „12,5“ or „abc“
 * come back with a message next to the field instead of a binding error.
 */
public class OfferForm {

	private String title = "";
	private String summary = "";
	private String description = "";
	private String format = "";
	private String targetGroups = "";
	private String language = "de";
	private String durationHours = "";
	private String price = "";
	private boolean providerAzav;
	private boolean courseAzav;
	private List<String> skillUris = new ArrayList<>();
	private List<String> occupationUris = new ArrayList<>();
	private String actionFieldCode = "";
	private String contactName = "";
	private String contactEmail = "";
	private String contactPhone = "";
	private String providerId = "";
	private long version;
	private String skillQuery = "";
	private String occupationQuery = "";

	static OfferForm of(OfferDetails offer) {
		OfferForm form = new OfferForm();
		form.title = offer.title();
		form.summary = offer.summary();
		form.description = offer.description();
		form.format = offer.format().name();
		form.targetGroups = offer.targetGroups();
		form.language = offer.language();
		form.durationHours = offer.durationHours().toPlainString().replace('.', ',');
		form.price = offer.price().toPlainString().replace('.', ',');
		form.providerAzav = offer.providerAzav();
		form.courseAzav = offer.courseAzav();
		form.skillUris = new ArrayList<>(offer.skills().stream().map(skill -> skill.uri()).toList());
		form.occupationUris = new ArrayList<>(offer.occupations().stream().map(occupation -> occupation.uri()).toList());
		form.actionFieldCode = offer.actionFieldCode() == null ? "" : offer.actionFieldCode();
		form.contactName = offer.contactName();
		form.contactEmail = offer.contactEmail();
		form.contactPhone = offer.contactPhone();
		form.providerId = offer.providerId().toString();
		form.version = offer.version();
		return form;
	}

	/** The draft, with unparseable numbers as {@code null} and a message on their field. */
	OfferDraft toDraft(Errors errors) {
		return new OfferDraft(title, summary, description, format(format), targetGroups, language,
				number(errors, "durationHours", durationHours), number(errors, "price", price), providerAzav, courseAzav,
				clean(skillUris), clean(occupationUris), actionFieldCode.isBlank() ? null : actionFieldCode, contactName,
				contactEmail, contactPhone);
	}

	static @Nullable Format format(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable BigDecimal number(@Nullable Errors errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String plain = value.strip().replace(" ", "").replace("€", "");
		if (plain.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
			plain = plain.replace(".", "");
		}
		try {
			return new BigDecimal(plain.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			if (errors != null) {
				errors.rejectValue(field, "trainings.error.number");
			}
			return null;
		}
	}

	private static List<String> clean(List<String> uris) {
		return uris.stream().filter(uri -> uri != null && !uri.isBlank()).map(String::strip).distinct().toList();
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getFormat() { return format; }
	public void setFormat(String format) { this.format = format; }
	public String getTargetGroups() { return targetGroups; }
	public void setTargetGroups(String targetGroups) { this.targetGroups = targetGroups; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public String getDurationHours() { return durationHours; }
	public void setDurationHours(String durationHours) { this.durationHours = durationHours; }
	public String getPrice() { return price; }
	public void setPrice(String price) { this.price = price; }
	public boolean isProviderAzav() { return providerAzav; }
	public void setProviderAzav(boolean providerAzav) { this.providerAzav = providerAzav; }
	public boolean isCourseAzav() { return courseAzav; }
	public void setCourseAzav(boolean courseAzav) { this.courseAzav = courseAzav; }
	public List<String> getSkillUris() { return skillUris; }
	public void setSkillUris(List<String> skillUris) { this.skillUris = skillUris; }
	public List<String> getOccupationUris() { return occupationUris; }
	public void setOccupationUris(List<String> occupationUris) { this.occupationUris = occupationUris; }
	public String getActionFieldCode() { return actionFieldCode; }
	public void setActionFieldCode(String actionFieldCode) { this.actionFieldCode = actionFieldCode; }
	public String getContactName() { return contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String getProviderId() { return providerId; }
	public void setProviderId(String providerId) { this.providerId = providerId; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public String getSkillQuery() { return skillQuery; }
	public void setSkillQuery(String skillQuery) { this.skillQuery = skillQuery; }
	public String getOccupationQuery() { return occupationQuery; }
	public void setOccupationQuery(String occupationQuery) { this.occupationQuery = occupationQuery; }

}
