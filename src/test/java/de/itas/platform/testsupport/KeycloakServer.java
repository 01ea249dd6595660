package de.itas.platform.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak (the server distribution from Maven Central, unpacked into {@code target/keycloak} by the
 * build) with the realm {@code src/test/resources/sso/itas-realm.json}, for the single sign-on test. Started
 * in development mode with an in-memory database, so every run begins with the realm as the file has it.
 * <p>
 * The constructor picks the port and publishes it as the system property {@value #PORT_PROPERTY} before any
 * application context starts: the test configuration builds the provider's endpoints from it, and the
 * context never contacts Keycloak while it boots. Keycloak needs Java 21 or later: {@code
 * ITAS_KEYCLOAK_JAVA_HOME}, else the newest JDK 21+ under {@code /usr/lib/jvm}.
 */
public class KeycloakServer implements BackgroundService {

	public static final String PORT_PROPERTY = "itas.test.keycloak.port";

	public static final String REALM = "itas";

	static final String ADMIN = "admin";

	private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

	private final int port;
	private final int managementPort;
	private final String adminPassword = UUID.randomUUID().toString();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private volatile Process process;
	private volatile Duration bootTime;

	/**
	 * The port is chosen once per JVM: with several forks, the test plan of each class instantiates the services
	 * again, but the application context was built with the port of the first.
	 */
	public KeycloakServer() {
		port = Ports.KEYCLOAK;
		managementPort = freePort();
	}

	private static final class Ports {

		static final int KEYCLOAK = chooseAndPublish();

		private static int chooseAndPublish() {
			int chosen = freePort();
			System.setProperty(PORT_PROPERTY, String.valueOf(chosen));
			return chosen;
		}

	}

	@Override
	public Set<String> neededBy() {
		return Set.of("de.itas.platform.browser.SsoBrowserTests");
	}

	/** Keycloak cannot run here (no JDK 21+ or no unpacked distribution): the test skips or fails on it. */
	public static final class Unavailable extends Exception {

		Unavailable(String message) {
			super(message);
		}

	}

	@Override
	public void start() throws Exception {
		long started = System.nanoTime();
		Path javaHome = javaHome().orElseThrow(() -> new Unavailable(
				"No JDK 21+ for Keycloak (set ITAS_KEYCLOAK_JAVA_HOME or install one under /usr/lib/jvm)"));
		Path home = distribution().orElseThrow(() -> new Unavailable(
				"No Keycloak distribution in target/keycloak (run the build's generate-test-resources phase)"));
		Path imports = Files.createDirectories(home.resolve("data/import"));
		try (InputStream realm = KeycloakServer.class.getResourceAsStream("/sso/itas-realm.json")) {
			if (realm == null) {
				throw new IllegalStateException("sso/itas-realm.json missing from the test resources");
			}
			Files.copy(realm, imports.resolve("itas-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		}
		Path log = home.getParent().resolve("keycloak.log");
		ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
				"--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port,
				"--http-management-port=" + managementPort)
			.directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("JAVA_HOME", javaHome.toString());
		env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
		// JBoss threads reset thread locals through reflection, which Java 24+ allows only when opened
		env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
		env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
		env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
		home.resolve("bin/kc.sh").toFile().setExecutable(true);
		process = builder.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
		while (!ready()) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak ended with " + process.exitValue() + ":\n" + tail(log));
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Keycloak not ready within 6 minutes:\n" + tail(log));
			}
			Thread.sleep(500);
		}
		bootTime = Duration.ofNanos(System.nanoTime() - started);
		System.err.println("Keycloak ready on port " + port + " after " + bootTime.toSeconds() + " s");
	}

	private boolean ready() {
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(issuer()
					+ "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void stop() {
		Process running = process;
		if (running == null) {
			return;
		}
		List<ProcessHandle> children = running.descendants().toList();
		running.destroy();
		children.forEach(ProcessHandle::destroy);
		try {
			running.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			running.destroyForcibly();
		}
		children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		process = null;
	}

	public String issuer() {
		return "http://localhost:" + port + "/realms/" + REALM;
	}

	public Duration bootTime() {
		return bootTime;
	}

	/** Moves a user of the realm from one group to another through Keycloak's admin API. */
	public void moveUser(String username, String fromGroup, String toGroup) throws Exception {
		String token = adminToken();
		String admin = "http://localhost:" + port + "/admin/realms/" + REALM;
		String userId = json(get(admin + "/users?exact=true&username=" + username, token)).get(0).get("id").asString();
		send(HttpRequest.newBuilder(URI.create(admin + "/users/" + userId + "/groups/" + groupId(admin, fromGroup, token)))
			.DELETE(), token);
		send(HttpRequest.newBuilder(URI.create(admin + "/users/" + userId + "/groups/" + groupId(admin, toGroup, token)))
			.PUT(HttpRequest.BodyPublishers.noBody()), token);
	}

	private String groupId(String admin, String name, String token) throws Exception {
		for (JsonNode group : json(get(admin + "/groups?search=" + name, token))) {
			if (group.get("name").asString().equals(name)) {
				return group.get("id").asString();
			}
		}
		throw new IllegalStateException("No group " + name + " in the realm");
	}

	private String adminToken() throws Exception {
		String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password=" + adminPassword;
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak admin token: " + response.statusCode() + " " + response.body());
		}
		return json(response.body()).get("access_token").asString();
	}

	private String get(String uri, String token) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(uri)).GET(), token);
	}

	private String send(HttpRequest.Builder request, String token) throws Exception {
		HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("Keycloak admin API: " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static JsonNode json(String body) {
		return JsonMapper.builder().build().readTree(body);
	}

	/** ITAS_KEYCLOAK_JAVA_HOME, else the newest JDK under /usr/lib/jvm whose release file says 21 or later. */
	static Optional<Path> javaHome() {
		String configured = System.getenv("ITAS_KEYCLOAK_JAVA_HOME");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(home -> Files.isExecutable(home.resolve("bin/java")));
		}
		Path jvms = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(jvms)) {
			return Optional.empty();
		}
		try (Stream<Path> candidates = Files.list(jvms)) {
			return candidates.filter(home -> Files.isExecutable(home.resolve("bin/java")))
				.filter(home -> javaVersion(home) >= 21)
				.max(Comparator.comparingInt(KeycloakServer::javaVersion));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int javaVersion(Path home) {
		try {
			Matcher matcher = JAVA_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static Optional<Path> distribution() throws IOException {
		Path unpacked = Path.of("target/keycloak").toAbsolutePath();
		if (!Files.isDirectory(unpacked)) {
			return Optional.empty();
		}
		try (Stream<Path> homes = Files.list(unpacked)) {
			return homes.filter(home -> home.getFileName().toString().startsWith("keycloak-")
					&& Files.exists(home.resolve("bin/kc.sh"))).findFirst();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
