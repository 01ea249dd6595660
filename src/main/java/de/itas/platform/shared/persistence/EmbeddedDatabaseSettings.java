package de.itas.platform.shared.persistence;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no external datasource is configured.
 *
 * @param dataDir the platform's data directory ({@code ITAS_DATA_DIR}); the database lives in {@code postgres/} below it
 * @param port the port to listen on; 0 picks a free one at every start
 * @param clean whether to wipe the database directory before the first start (tests only)
 * @param startupTimeout how long to wait for PostgreSQL to accept connections
 */
@ConfigurationProperties("platform.embedded-database")
record EmbeddedDatabaseSettings(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("0") int port,
		@DefaultValue("false") boolean clean,
		@DefaultValue("60s") Duration startupTimeout) {

	Path databaseDir() {
		return dataDir.resolve("postgres").toAbsolutePath().normalize();
	}

}
