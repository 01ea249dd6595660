package de.itas.platform.directory;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.MembershipSummary;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.Address;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import org.springframework.modulith.NamedInterface;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * The directory module's API for company profiles. Every read answers for the person behind the current
 * request: field groups they may not see are left out, and a company whose basic group they may not see
 * does not exist for them. Changes are for the company's admins and platform admins only, are checked by
 * {@link ProfileRules} as a whole, and name the version they are based on, so that two people never
 * overwrite each other silently.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class CompanyProfiles {

	private final CompanyProfileRepository profiles;
	private final DirectorySearch search;
	private final IndustryCodes industryCodes;
	private final Region region;
	private final Organisations organisations;
	private final Clock clock;

	CompanyProfiles(CompanyProfileRepository profiles, DirectorySearch search, IndustryCodes industryCodes,
			Region region, Organisations organisations, Clock clock) {
		this.profiles = profiles;
		this.search = search;
		this.industryCodes = industryCodes;
		this.region = region;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** The profile as the current person may see it; empty when it does not exist for them. */
	public Optional<CompanyView> profile(UUID companyId) {
		Reader reader = reader();
		return profiles.findById(companyId)
			.filter(profile -> reader.sees(companyId, profile.visibilities().get(FieldGroup.BASIC)))
			.map(profile -> view(profile, reader, industries(List.of(profile))));
	}

	/** Companies of the directory that match the query, as far as the current person may see them. */
	public DirectoryPage search(DirectoryQuery query) {
		Reader reader = reader();
		List<CompanyView> companies = companies(query, reader);
		return new DirectoryPage(new PageOf<>(companies, query.page(), query.size(), search.count(query, reader)),
				search.facets(query, reader));
	}

	/**
	 * One page of the matching companies as the current person may see them, without the total and the facet
	 * counts of {@link #search(DirectoryQuery)} (for the site search, which needs only the best matches).
	 */
	public List<CompanyView> find(DirectoryQuery query) {
		return companies(query, reader());
	}

	private List<CompanyView> companies(DirectoryQuery query, Reader reader) {
		List<UUID> ids = search.page(query, reader);
		Map<UUID, CompanyProfile> byId = profiles.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(CompanyProfile::id, Function.identity()));
		List<CompanyProfile> found = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
		Map<String, IndustryCode> industries = industries(found);
		return found.stream().map(profile -> view(profile, reader, industries)).toList();
	}

	/** Whether the current person may change the company's profile. */
	public boolean mayEdit(UUID companyId) {
		return reader().mayEdit(companyId);
	}

	/** The companies whose profile the current person administers as company admin. */
	public List<OrganisationSummary> administeredCompanies() {
		return companiesOfCurrentUser(Role.COMPANY_ADMIN);
	}

	/** The companies the current person belongs to (as member or company admin). */
	public List<OrganisationSummary> ownCompanies() {
		return companiesOfCurrentUser(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER);
	}

	/**
	 * The profile for its editor, created empty if the company has none yet (for companies registered
	 * before this module existed, or whose registration event is still on its way).
	 *
	 * @throws AccessDeniedException when the current person may not change it
	 */
	@Transactional
	public Optional<EditableProfile> editable(UUID companyId) {
		requireEditor(companyId);
		return ensure(companyId)
			.map(profile -> new EditableProfile(profile.id(), profile.details(), profile.version(), profile.filledIn()));
	}

	/** What is wrong with the details, if anything (an empty list: they may be saved). */
	public List<FieldProblem> check(ProfileDetails details) {
		Set<String> districts = region.districts().stream().map(DistrictSummary::code).collect(Collectors.toSet());
		return ProfileRules.check(details, districts::contains, industryCodes::isSelectable);
	}

	/**
	 * Replaces the profile's details.
	 *
	 * @throws AccessDeniedException when the current person may not change the profile
	 * @throws FieldProblems when the details break a rule (nothing is saved)
	 * @throws OptimisticLockingFailureException when the profile changed since {@code basedOnVersion}
	 */
	@Transactional
	public void change(UUID companyId, long basedOnVersion, ProfileDetails details) {
		requireEditor(companyId);
		FieldProblems.throwIfAny(check(details));
		CompanyProfile profile = ensure(companyId)
			.orElseThrow(() -> new IllegalArgumentException("No company with id " + companyId));
		if (profile.version() != basedOnVersion) {
			throw new OptimisticLockingFailureException("Profile " + companyId + " was changed meanwhile");
		}
		profile.change(details, clock.instant());
	}

	/** Creates the empty profile of a company unless it has one. */
	@Transactional
	void createIfAbsent(UUID companyId, String name, @Nullable String districtCode) {
		profiles.insertIfAbsent(companyId, name, districtCode, clock.instant());
	}

	private Optional<CompanyProfile> ensure(UUID companyId) {
		Optional<CompanyProfile> existing = profiles.findById(companyId);
		if (existing.isPresent()) {
			return existing;
		}
		return organisations.organisation(companyId)
			.filter(organisation -> organisation.kind() == OrganisationKind.COMPANY)
			.flatMap(organisation -> {
				createIfAbsent(organisation.id(), organisation.name(), organisation.districtCode());
				return profiles.findById(companyId);
			});
	}

	private void requireEditor(UUID companyId) {
		if (!reader().mayEdit(companyId)) {
			throw new AccessDeniedException("Not an admin of company " + companyId);
		}
	}

	private List<OrganisationSummary> companiesOfCurrentUser(Role... roles) {
		Set<Role> wanted = Set.of(roles);
		return CurrentUser.get()
			.map(user -> organisations.membershipsOf(user.id())
				.stream()
				.filter(membership -> membership.kind() == OrganisationKind.COMPANY && wanted.contains(membership.role()))
				.map(MembershipSummary::organisationId)
				.distinct()
				.flatMap(id -> organisations.organisation(id).stream())
				.toList())
			.orElse(List.of());
	}

	/** The current person as a reader of profiles. */
	Reader reader() {
		Optional<PlatformUser> current = CurrentUser.get();
		if (current.isEmpty()) {
			return Reader.VISITOR;
		}
		PlatformUser user = current.get();
		Set<UUID> own = new HashSet<>();
		Set<UUID> administered = new HashSet<>();
		for (MembershipSummary membership : organisations.membershipsOf(user.id())) {
			if (membership.kind() != OrganisationKind.COMPANY) {
				continue;
			}
			if (membership.role() == Role.COMPANY_ADMIN) {
				administered.add(membership.organisationId());
				own.add(membership.organisationId());
			}
			else if (membership.role() == Role.COMPANY_MEMBER) {
				own.add(membership.organisationId());
			}
		}
		return new Reader(Reader.reachOf(user.roles()), own, administered, user.hasRole(Role.ADMIN));
	}

	private Map<String, IndustryCode> industries(List<CompanyProfile> found) {
		return industryCodes.codes(found.stream().map(CompanyProfile::industryCode).filter(Objects::nonNull).toList());
	}

	private CompanyView view(CompanyProfile profile, Reader reader, Map<String, IndustryCode> industries) {
		UUID id = profile.id();
		ProfileDetails details = profile.details();
		Map<FieldGroup, Visibility> visibilities = profile.visibilities();
		Set<FieldGroup> seen = EnumSet.noneOf(FieldGroup.class);
		for (FieldGroup group : FieldGroup.values()) {
			if (reader.sees(id, visibilities.get(group))) {
				seen.add(group);
			}
		}
		boolean filledIn = profile.filledIn();
		boolean address = filledIn && seen.contains(FieldGroup.ADDRESS);
		boolean size = filledIn && seen.contains(FieldGroup.SIZE);
		boolean portfolio = filledIn && seen.contains(FieldGroup.PORTFOLIO);
		boolean combustion = filledIn && seen.contains(FieldGroup.COMBUSTION);
		boolean capabilities = filledIn && seen.contains(FieldGroup.CAPABILITIES);
		boolean contact = filledIn && seen.contains(FieldGroup.CONTACT);
		String districtCode = details.districtCode();
		Integer employees = details.employees();
		return new CompanyView(id, profile.name(), filledIn, details.legalForm(), districtCode,
				districtCode == null ? null : region.district(districtCode).map(DistrictSummary::name).orElse(districtCode),
				details.industryCode() == null ? null : industries.get(details.industryCode()), details.description(),
				address ? new Address(details.street(), details.postcode(), details.city()) : null,
				size ? employees : null, size && employees != null ? SizeClass.of(employees) : null,
				portfolio ? details.position() : null, portfolio ? details.productGroups() : null,
				combustion ? details.combustionShare() : null, capabilities ? details.capabilities() : null,
				capabilities ? details.certifications() : null, reader.seesSettings(id) ? visibilities : null,
				reader.mayEdit(id), seen.size() < FieldGroup.values().length, contact ? details.contact() : null);
	}

}
