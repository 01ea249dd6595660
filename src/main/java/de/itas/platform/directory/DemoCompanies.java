package de.itas.platform.directory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fictional demo companies of the region with filled-in profiles, from
 * {@code region/<name>/demo/companies.json}. Idempotent: organisations are found by name, and a profile
 * is filled in only while it is still empty, so edits made in the running platform survive restarts.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class DemoCompanies {

	/** A demo company; other modules' keys in the file (the assessment's {@code showcase}) are ignored here. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DemoCompany(String name, LegalForm legalForm, String street, String postcode, String city,
			String districtCode, int employees, String industryCode, ValueChainPosition position,
			Set<ProductGroup> productGroups, int combustionShare, List<String> capabilities, List<String> certifications,
			String description, @Nullable Map<FieldGroup, Visibility> visibility, @Nullable ContactDetails contact) {
	}

	record DemoFile(Map<FieldGroup, Visibility> defaultVisibility, List<DemoCompany> companies) {
	}

	private final Organisations organisations;
	private final CompanyProfileRepository profiles;
	private final IndustryCodes industryCodes;
	private final Clock clock;
	private final String path;

	DemoCompanies(Organisations organisations, CompanyProfileRepository profiles, IndustryCodes industryCodes, Clock clock,
			RegionFolder region) {
		this.organisations = organisations;
		this.profiles = profiles;
		this.industryCodes = industryCodes;
		this.clock = clock;
		this.path = region.path(FILE);
	}

	/** The demo companies' file in the region's folder. */
	static final String FILE = "demo/companies.json";

	/** The demo companies' file of a region. */
	static String path(String regionName) {
		return new RegionFolder(regionName).path(FILE);
	}

	/** Creates what is missing (call inside a transaction); answers how many profiles it filled in. */
	int load() {
		DemoFile demo = read(path);
		int filled = 0;
		for (DemoCompany company : demo.companies()) {
			OrganisationSummary organisation = organisations.ensure(company.name(), OrganisationKind.COMPANY,
					company.districtCode(), null);
			profiles.insertIfAbsent(organisation.id(), company.name(), company.districtCode(), clock.instant());
			CompanyProfile profile = profiles.findById(organisation.id()).orElseThrow();
			if (!profile.filledIn()) {
				ProfileDetails details = details(company, demo.defaultVisibility());
				// districts are checked by a test against the region: the region's cache is not loaded yet
				List<FieldProblem> problems = ProfileRules.check(details, code -> true, industryCodes::isSelectable);
				if (!problems.isEmpty()) {
					throw new IllegalStateException("Demo company " + company.name() + " in " + path + ": " + problems);
				}
				profile.change(details, clock.instant());
				filled++;
			}
		}
		return filled;
	}

	static ProfileDetails details(DemoCompany company, Map<FieldGroup, Visibility> defaults) {
		Map<FieldGroup, Visibility> visibilities = new EnumMap<>(defaults);
		if (company.visibility() != null) {
			visibilities.putAll(company.visibility());
		}
		return new ProfileDetails(company.name(), company.legalForm(), company.street(), company.postcode(),
				company.city(), company.districtCode(), company.employees(), company.industryCode(), company.position(),
				company.productGroups(), company.combustionShare(), company.capabilities(), company.certifications(),
				company.description(), visibilities, company.contact() == null ? ContactDetails.NONE : company.contact());
	}

	static DemoFile read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read demo companies " + path + ": " + ex.getMessage(), ex);
		}
	}

}
