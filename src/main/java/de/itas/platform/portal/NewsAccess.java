package de.itas.platform.portal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who writes and reviews news: the coordination (role coordinator or admin) for every partner, and the staff
 * (advisors and coordinators) of a partner organisation for their partner. A reviewer must be another person
 * than the one who submitted the article; the service checks that.
 */
@Component
public class NewsAccess {

	private final Organisations organisations;
	private final Region region;

	NewsAccess(Organisations organisations, Region region) {
		this.organisations = organisations;
		this.region = region;
	}

	/** Whether the person speaks for every partner. */
	public boolean coordination(@Nullable PlatformUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR));
	}

	/** The codes of the partners the person may write for, empty for everyone else. */
	public List<String> partnerCodes(@Nullable PlatformUser user) {
		if (user == null) {
			return List.of();
		}
		if (coordination(user)) {
			return region.partners().stream().map(PartnerSummary::code).toList();
		}
		return organisations.organisationsWhere(user.id(), Role.ADVISOR, Role.COORDINATOR)
			.stream()
			.map(organisations::organisation)
			.flatMap(Optional::stream)
			.filter(organisation -> organisation.kind() == OrganisationKind.PARTNER)
			.map(OrganisationSummary::partnerCode)
			.filter(code -> code != null && region.partner(code).isPresent())
			.distinct()
			.toList();
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
