package de.itas.platform.region;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An action field (Handlungsfeld) of the network, led by one consortium partner. */
@Entity
@Table(schema = "region", name = "action_field")
class ActionField {

	@Id
	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "de", column = @Column(name = "name_de")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "de", column = @Column(name = "description_de")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalizedText description;

	@Column(name = "lead_partner_code")
	private String leadPartnerCode;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "region", name = "action_field_goal", joinColumns = @JoinColumn(name = "action_field_code"))
	@OrderColumn(name = "position")
	@AttributeOverrides({ @AttributeOverride(name = "de", column = @Column(name = "goal_de")),
			@AttributeOverride(name = "en", column = @Column(name = "goal_en")) })
	private List<LocalizedText> goals = new ArrayList<>();

	@Column(name = "sort_order")
	private int sortOrder;

	@Version
	private long version;

	protected ActionField() {
	}

	ActionField(String code, int sortOrder, ActionFieldDetails details) {
		this.code = code;
		this.sortOrder = sortOrder;
		change(details);
	}

	void change(ActionFieldDetails details) {
		this.name = details.name();
		this.description = details.description();
		this.leadPartnerCode = details.leadPartnerCode();
		this.goals.clear();
		this.goals.addAll(details.goals());
	}

	ActionFieldDetails details() {
		return new ActionFieldDetails(name, description, leadPartnerCode, List.copyOf(goals));
	}

	String code() {
		return code;
	}

	int sortOrder() {
		return sortOrder;
	}

	long version() {
		return version;
	}

}
