package de.itas.platform.directory;

import java.util.Set;
import java.util.UUID;

import de.itas.platform.shared.security.Role;

/**
 * What the person behind a request may see and change of company profiles: groups up to {@code reach}
 * of every company, everything of the companies they belong to, and changes to the companies they
 * administer (platform admins: all companies).
 *
 * @param reach the narrowest visibility this person sees in other companies' profiles
 * @param ownCompanies the companies in which the person is a member or company admin
 * @param administeredCompanies the companies in which the person is company admin
 * @param admin whether the person is a platform admin
 */
record Reader(Visibility reach, Set<UUID> ownCompanies, Set<UUID> administeredCompanies, boolean admin) {

	static final Reader VISITOR = new Reader(Visibility.PUBLIC, Set.of(), Set.of(), false);

	private static final Set<Role> ADVISING = Set.of(Role.ADVISOR, Role.COORDINATOR, Role.ADMIN);

	private static final Set<Role> NETWORK = Set.of(Role.COMPANY_MEMBER, Role.COMPANY_ADMIN, Role.PROVIDER);

	Reader {
		ownCompanies = Set.copyOf(ownCompanies);
		administeredCompanies = Set.copyOf(administeredCompanies);
	}

	/**
	 * Advisors, coordination and admins see up to "advisors only"; members of companies and providers
	 * (the network's organisations) up to "network"; everybody else, signed in or not, public groups only.
	 */
	static Visibility reachOf(Set<Role> roles) {
		if (roles.stream().anyMatch(ADVISING::contains)) {
			return Visibility.ADVISORS;
		}
		return roles.stream().anyMatch(NETWORK::contains) ? Visibility.NETWORK : Visibility.PUBLIC;
	}

	Visibility reachFor(UUID companyId) {
		return ownCompanies.contains(companyId) ? Visibility.ADVISORS : reach;
	}

	boolean sees(UUID companyId, Visibility visibility) {
		return visibility.within(reachFor(companyId));
	}

	boolean mayEdit(UUID companyId) {
		return admin || administeredCompanies.contains(companyId);
	}

	/** Whether the person may see the company's visibility settings (its own people and admins). */
	boolean seesSettings(UUID companyId) {
		return admin || ownCompanies.contains(companyId);
	}

}
