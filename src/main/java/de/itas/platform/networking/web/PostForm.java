package de.itas.platform.networking.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.directory.ProductGroup;
import de.itas.platform.directory.Tags;
import de.itas.platform.networking.ExchangePost;
import de.itas.platform.networking.NameVisibility;
import de.itas.platform.networking.PostDirection;
import de.itas.platform.networking.PostDraft;
import de.itas.platform.networking.PostKind;

/**
 * The editor's fields as typed: everything is text (or a list of texts) so that nothing typed is lost when the
 * post is refused; {@link #draft()} reads what can be read and leaves the rest to the rules.
 */
class PostForm {

	private String organisationId = "";
	private String kind = "";
	private String direction = "";
	private String title = "";
	private String description = "";
	private String capabilities = "";
	private List<String> productGroups = new ArrayList<>();
	private String industryCodes = "";
	private List<String> districts = new ArrayList<>();
	private String actionField = "";
	private String validUntil = "";
	private String nameVisibility = "PUBLIC";
	private long version;

	static PostForm of(ExchangePost post) {
		PostForm form = new PostForm();
		form.organisationId = post.organisationId().toString();
		form.kind = post.kind().name();
		form.direction = post.direction().name();
		form.title = post.title();
		form.description = post.description();
		form.capabilities = Tags.format(post.capabilities());
		form.productGroups = post.productGroups().stream().map(Enum::name).sorted().toList();
		form.industryCodes = String.join(", ", post.industryCodes());
		form.districts = new ArrayList<>(post.districts());
		form.actionField = post.actionField() == null ? "" : post.actionField();
		form.validUntil = post.validUntil().toString();
		form.nameVisibility = post.nameVisibility().name();
		form.version = post.version();
		return form;
	}

	/** Whether the valid-until field holds a date (the rules then check it). */
	boolean validUntilReadable() {
		return validUntil.isBlank() || date() != null;
	}

	PostDraft draft() {
		Set<ProductGroup> groups = EnumSet.noneOf(ProductGroup.class);
		for (String group : productGroups) {
			ProductGroup parsed = parse(ProductGroup.class, group);
			if (parsed != null) {
				groups.add(parsed);
			}
		}
		List<String> codes = new ArrayList<>();
		for (String code : industryCodes.split("[,;\\s]+")) {
			if (!code.isBlank() && !codes.contains(code.strip())) {
				codes.add(code.strip());
			}
		}
		return new PostDraft(uuid(organisationId), parse(PostKind.class, kind), parse(PostDirection.class, direction),
				title, description, Tags.parse(capabilities), groups, codes,
				districts.stream().filter(code -> !code.isBlank()).distinct().toList(), actionField, date(),
				parse(NameVisibility.class, nameVisibility));
	}

	private @Nullable LocalDate date() {
		try {
			return validUntil.isBlank() ? null : LocalDate.parse(validUntil.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDirection() {
		return direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCapabilities() {
		return capabilities;
	}

	public void setCapabilities(String capabilities) {
		this.capabilities = capabilities;
	}

	public List<String> getProductGroups() {
		return productGroups;
	}

	public void setProductGroups(List<String> productGroups) {
		this.productGroups = productGroups;
	}

	public String getIndustryCodes() {
		return industryCodes;
	}

	public void setIndustryCodes(String industryCodes) {
		this.industryCodes = industryCodes;
	}

	public List<String> getDistricts() {
		return districts;
	}

	public void setDistricts(List<String> districts) {
		this.districts = districts;
	}

	public String getActionField() {
		return actionField;
	}

	public void setActionField(String actionField) {
		this.actionField = actionField;
	}

	public String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = validUntil;
	}

	public String getNameVisibility() {
		return nameVisibility;
	}

	public void setNameVisibility(String nameVisibility) {
		this.nameVisibility = nameVisibility;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
