package de.itas.platform.learning;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.PartnerStaff;
import de.itas.platform.shared.security.PlatformUser;

/**
 * Who edits and reviews library items: the coordination (coordinator or admin) for every partner, the staff
 * (advisors and coordinators) of a partner organisation for their partner — the accounts module's rule for
 * whom a person speaks ({@link PartnerStaff}), as for the news; the service checks the second person.
 */
@Component
public class LibraryAccess {

	private final PartnerStaff staff;

	LibraryAccess(PartnerStaff staff) {
		this.staff = staff;
	}

	/** Whether the person speaks for every partner. */
	public boolean coordination(@Nullable PlatformUser user) {
		return staff.coordination(user);
	}

	/** The codes of the partners the person may publish for, empty for everyone else. */
	public List<String> partnerCodes(@Nullable PlatformUser user) {
		return staff.partnerCodes(user);
	}

	public boolean mayEdit(@Nullable PlatformUser user) {
		return !partnerCodes(user).isEmpty();
	}

	public boolean mayEdit(@Nullable PlatformUser user, LibraryItem item) {
		return partnerCodes(user).contains(item.partnerCode());
	}

}
