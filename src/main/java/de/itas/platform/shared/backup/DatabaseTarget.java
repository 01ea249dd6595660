package de.itas.platform.shared.backup;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where a backup comes from or a restore goes to: what libpq's tools (host, port, database, user; the
 * password through a temporary password file) and JDBC need.
 *
 * @param sslMode the JDBC URL's sslmode, handed to libpq as PGSSLMODE; null when the URL names none
 */
record DatabaseTarget(String host, int port, String database, String username, String password,
		@Nullable String sslMode) {

	/**
	 * The target of a JDBC URL of the form jdbc:postgresql://host[:port]/database[?parameters], the form
	 * spring.datasource.url takes; user and password in the URL win over the separate settings, as for the
	 * driver.
	 */
	static DatabaseTarget fromJdbcUrl(String url, @Nullable String username, @Nullable String password) {
		if (!url.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
		}
		URI uri = URI.create(url.substring("jdbc:".length()));
		if (uri.getHost() == null) {
			throw new IllegalArgumentException(
					"Only a URL with one host is supported (jdbc:postgresql://host:port/database): " + url);
		}
		String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
		Map<String, String> parameters = new LinkedHashMap<>();
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
				}
			}
		}
		String user = parameters.getOrDefault("user", username);
		String secret = parameters.getOrDefault("password", password);
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("No database user: set spring.datasource.username (SPRING_DATASOURCE_USERNAME)");
		}
		String host = uri.getHost().replaceAll("^\\[(.*)]$", "$1");
		return new DatabaseTarget(host, uri.getPort() > 0 ? uri.getPort() : 5432,
				path.isEmpty() ? user : path, user, secret == null ? "" : secret, parameters.get("sslmode"));
	}

	/** The same server and user, another database (the test restores into a database it creates). */
	DatabaseTarget withDatabase(String name) {
		return new DatabaseTarget(host, port, name, username, password, sslMode);
	}

	String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database + (sslMode == null ? "" : "?sslmode=" + sslMode);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), username, password);
	}

	/** For messages: never the password. */
	String describe() {
		return "database " + database + " on " + host + ":" + port + " as " + username;
	}

	@Override
	public String toString() {
		return describe();
	}

}
