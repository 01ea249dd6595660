package de.itas.platform.region;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, String> {

	List<Partner> findAllByOrderBySortOrderAscNameAsc();

}
