package de.itas.platform.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * A routing rule: inquiries of this topic from this district go to this partner's team. An absent topic or
 * district matches every value; the rule naming both wins over one naming one, which wins over a catch-all.
 */
public record RoutingRule(long id, @Nullable Topic topic, @Nullable String districtCode, String partnerCode,
		String teamCode) {

	boolean matches(Topic inquiryTopic, String inquiryDistrict) {
		return (topic == null || topic == inquiryTopic)
				&& (districtCode == null || districtCode.equals(inquiryDistrict));
	}

	/** More specific rules score higher; the topic weighs more than the district. */
	int specificity() {
		return (topic == null ? 0 : 2) + (districtCode == null ? 0 : 1);
	}

}
