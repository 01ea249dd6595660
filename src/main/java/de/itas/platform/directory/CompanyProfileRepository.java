package de.itas.platform.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CompanyProfileRepository extends JpaRepository<CompanyProfile, UUID> {

	/**
	 * Creates the empty profile of a company unless it exists. One statement, so that the event listener
	 * and a company admin opening the editor at the same moment cannot create it twice.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			INSERT INTO directory.company_profile (organisation_id, name, district_code, created_at)
			VALUES (:id, :name, :districtCode, :now)
			ON CONFLICT (organisation_id) DO NOTHING""")
	int insertIfAbsent(UUID id, String name, @Nullable String districtCode, Instant now);

}
