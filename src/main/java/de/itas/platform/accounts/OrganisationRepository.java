package de.itas.platform.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	List<Organisation> findByKindOrderByNameAsc(OrganisationKind kind);

	Optional<Organisation> findByKindAndNameIgnoreCase(OrganisationKind kind, String name);

}
