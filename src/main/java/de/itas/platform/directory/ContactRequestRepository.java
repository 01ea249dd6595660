package de.itas.platform.directory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRequestRepository extends JpaRepository<ContactRequest, UUID> {

	Page<ContactRequest> findByCompanyIdInOrderBySentAtDesc(Collection<UUID> companyIds, Pageable pageable);

	long countByCompanyIdIn(Collection<UUID> companyIds);

	long countByCompanyIdInAndReadAtIsNull(Collection<UUID> companyIds);

	List<ContactRequest> findBySenderIdOrderBySentAtDesc(UUID senderId);

	List<ContactRequest> findByRepliedByOrderBySentAtDesc(UUID repliedBy);

}
