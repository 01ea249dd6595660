package de.itas.platform.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Membership.Key> {

	List<Membership> findByKeyUserId(UUID userId);

	List<Membership> findByKeyOrganisationId(UUID organisationId);

}
