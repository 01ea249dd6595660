package de.itas.platform.accounts;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonProfileRepository extends JpaRepository<PersonProfile, UUID> {
}
