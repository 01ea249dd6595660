package de.itas.platform.directory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationRegistered;

/** Gives every newly registered company an empty profile, ready for its admins to fill in. */
@Component
class CompanyRegistrations {

	private final CompanyProfiles profiles;

	CompanyRegistrations(CompanyProfiles profiles) {
		this.profiles = profiles;
	}

	@ApplicationModuleListener
	void on(OrganisationRegistered event) {
		if (event.kind() == OrganisationKind.COMPANY) {
			profiles.createIfAbsent(event.organisationId(), event.name(), event.districtCode());
		}
	}

}
