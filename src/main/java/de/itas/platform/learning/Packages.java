package de.itas.platform.learning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Who sees and publishes which package: published packages are open to every signed-in person; a draft only to the
 * members of the uploading provider and to coordination, who also publish it. Anybody else learns nothing of a
 * draft (404).
 */
@Service
public class Packages {

	private final PackageStore store;

	private final Organisations organisations;

	private final Clock clock = Clock.systemUTC();

	Packages(PackageStore store, Organisations organisations) {
		this.store = store;
		this.organisations = organisations;
	}

	/** Coordination and administrators look after every package. */
	public static boolean coordinates(PlatformUser user) {
		return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN);
	}

	/** The provider organisations for which the person uploads packages. */
	public List<UUID> providerOrganisations(PlatformUser user) {
		return organisations.organisationsWhere(user.id(), Role.PROVIDER);
	}

	/** Whether the person may upload: provider staff and coordination. */
	public boolean mayUpload(PlatformUser user) {
		return coordinates(user) || !providerOrganisations(user).isEmpty();
	}

	/** The organisation a new upload belongs to: the person's provider, or none for coordination. */
	public @Nullable UUID uploadOrganisation(PlatformUser user) {
		List<UUID> providers = providerOrganisations(user);
		if (!providers.isEmpty()) {
			return providers.get(0);
		}
		if (coordinates(user)) {
			return null;
		}
		throw new AccessDeniedException("Only providers and coordination upload SCORM packages");
	}

	@Transactional(readOnly = true)
	public List<PackageView> list(PlatformUser user) {
		return store.visible(providerOrganisations(user), coordinates(user));
	}

	/** The package if the person may see it; else 404. */
	@Transactional(readOnly = true)
	public PackageView view(UUID id, PlatformUser user) {
		PackageView view = store.find(id).orElseThrow(NotFoundException::new);
		if (!view.published() && !manages(view, user)) {
			throw new NotFoundException();
		}
		return view;
	}

	public Optional<PackageView> find(UUID id) {
		return store.find(id);
	}

	/** Members of the uploading provider and coordination manage (see drafts, publish) a package. */
	public boolean manages(PackageView view, PlatformUser user) {
		if (coordinates(user)) {
			return true;
		}
		if (view.organisationId() != null) {
			return organisations.hasRole(user.id(), view.organisationId(), Role.PROVIDER);
		}
		return user.id().equals(view.uploadedBy());
	}

	@Transactional
	public void publish(UUID id, PlatformUser user) {
		PackageView view = view(id, user);
		if (!manages(view, user)) {
			throw new AccessDeniedException("Not the package's provider or coordination");
		}
		store.publish(id, clock.instant());
	}

}
