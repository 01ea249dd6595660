package de.itas.platform.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.PartnerStaff;
import de.itas.platform.shared.security.PlatformUser;

/**
 * Who writes and reviews news: the coordination (role coordinator or admin) for every partner, and the staff
 * (advisors and coordinators) of a partner organisation for their partner. A reviewer must be another person
 * than the one who submitted the article; the service checks that.
 */
@Component
public class NewsAccess {

	private final PartnerStaff staff;

	NewsAccess(PartnerStaff staff) {
		this.staff = staff;
	}

	/** Whether the person speaks for every partner. */
	public boolean coordination(@Nullable PlatformUser user) {
		return staff.coordination(user);
	}

	/** The codes of the partners the person may write for, empty for everyone else. */
	public List<String> partnerCodes(@Nullable PlatformUser user) {
		return staff.partnerCodes(user);
	}

	/** Whether the person may write news at all. */
	public boolean mayEdit(@Nullable PlatformUser user) {
		return !partnerCodes(user).isEmpty();
	}

	/** Whether the person may open, edit and review this article. */
	public boolean mayEdit(@Nullable PlatformUser user, NewsArticle article) {
		return partnerCodes(user).contains(article.partnerCode());
	}

}
