package de.itas.platform.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.StartPageSection;

/**
 * The region's sections of the public start page: „Das Netzwerk“ (the partners with their focus, the funding
 * notice and the action fields with their lead partners) above the shell's tiles, and „Anlaufstellen“ (the help
 * desks by district with their contact) below them. Everything shown comes from the region's data.
 */
@Configuration(proxyBeanMethods = false)
class RegionStartSections {

	/** The start page's network section, early above the tiles (after the entry points by audience). */
	static final int NETWORK_ORDER = 10;

	/** The help desks, below the tiles. */
	static final int HELP_DESKS_ORDER = 110;

	/** A partner as the start page shows it. */
	record PartnerLine(String code, String name, String focus) {
	}

	/** An action field with its lead partner. */
	record FieldLine(String code, String name, String leadPartner) {
	}

	/** A district with its help desks. */
	record DistrictDesks(String name, List<HelpDeskSummary> desks) {
	}

	@Bean
	StartPageSection regionNetworkSection(Region region) {
		return new Section(NETWORK_ORDER, "network") {
			@Override
			public Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale) {
				List<PartnerLine> partners = region.partners()
					.stream()
					.map(partner -> new PartnerLine(partner.code(), partner.name(), partner.details().focus().in(locale)))
					.toList();
				List<FieldLine> fields = region.actionFields()
					.stream()
					.map(field -> new FieldLine(field.code(), field.name().in(locale),
							field.leadPartner() == null ? "" : field.leadPartner().shortName()))
					.toList();
				if (partners.isEmpty() && fields.isEmpty()) {
					return Map.of();
				}
				return Map.of("partners", partners, "fields", fields);
			}
		};
	}

	@Bean
	StartPageSection regionHelpDesksSection(Region region) {
		return new Section(HELP_DESKS_ORDER, "help-desks") {
			@Override
			public Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale) {
				List<HelpDeskSummary> desks = region.helpDesks(null, null);
				if (desks.isEmpty()) {
					return Map.of();
				}
				Map<String, List<HelpDeskSummary>> byDistrict = new LinkedHashMap<>();
				for (DistrictSummary district : region.districts()) {
					byDistrict.put(district.code(), new ArrayList<>());
				}
				for (HelpDeskSummary desk : desks) {
					byDistrict.computeIfAbsent(desk.district().code(), code -> new ArrayList<>()).add(desk);
				}
				List<DistrictDesks> districts = new ArrayList<>();
				byDistrict.forEach((code, list) -> {
					if (!list.isEmpty()) {
						districts.add(new DistrictDesks(list.get(0).district().name(), List.copyOf(list)));
					}
				});
				return Map.of("districts", districts, "count", desks.size());
			}
		};
	}

	/** A section of the template {@code region/start}. */
	private abstract static class Section implements StartPageSection {

		private final int order;
		private final String fragment;

		Section(int order, String fragment) {
			this.order = order;
			this.fragment = fragment;
		}

		@Override
		public int order() {
			return order;
		}

		@Override
		public String template() {
			return "region/start";
		}

		@Override
		public String fragment() {
			return fragment;
		}

	}

}
