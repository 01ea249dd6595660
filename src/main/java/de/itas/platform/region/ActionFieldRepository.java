package de.itas.platform.region;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionFieldRepository extends JpaRepository<ActionField, String> {

	List<ActionField> findAllByOrderBySortOrderAsc();

}
