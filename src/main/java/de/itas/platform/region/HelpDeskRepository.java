package de.itas.platform.region;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpDeskRepository extends JpaRepository<HelpDesk, String> {

	List<HelpDesk> findAllByOrderByNameAsc();

}
