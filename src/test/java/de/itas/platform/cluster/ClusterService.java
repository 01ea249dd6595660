package de.itas.platform.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import de.itas.platform.testsupport.BackgroundService;

/**
 * The cluster of {@code ops/cluster/start.sh} for {@link ClusterTests}: PostgreSQL 15 from the Debian package,
 * {@link #INSTANCES} instances and HAProxy, on free ports chosen when the test run starts. The instances run
 * from {@code target/classes} and the runtime class path Maven wrote to {@code target/runtime-classpath.txt}
 * (the jar does not exist yet in the test phase), with every scheduled job due every two seconds.
 */
public class ClusterService implements BackgroundService {

	static final int INSTANCES = 3;

	/** Every scheduled job on every instance, every two seconds, so that the test sees many due times. */
	static final String OFTEN = "*/2 * * * * *";

	static final List<String> CRON_VARIABLES = List.of("PLATFORM_NOTIFICATIONS_DIGESTCRON",
			"PLATFORM_NETWORKING_MATCHDIGESTCRON", "PLATFORM_HELPDESK_REMINDERCRON", "PLATFORM_HELPDESK_PURGECRON",
			"PLATFORM_PRIVACY_PURGECRON", "PLATFORM_TRAININGS_INVITATIONEXPIRYCRON", "PLATFORM_EVENTS_OFFEREXPIRYCRON",
			"PLATFORM_EVENTS_REMINDERCRON");

	/**
	 * Where the cluster lives; the system property {@code cluster.attach} names the directory of a cluster
	 * started by hand with ops/cluster/start.sh instead, which the test then uses as it is (for working on
	 * the test without waiting for boots).
	 */
	static final Path DIR = Path.of(System.getProperty("cluster.attach", "target/cluster-test")).toAbsolutePath();

	private static final boolean ATTACHED = System.getProperty("cluster.attach") != null;

	private static final Path START_LOG = Path.of("target", "cluster-test-start.log").toAbsolutePath();

	private int pgPort;
	private int proxyPort;
	private int[] appPorts = new int[INSTANCES];
	private volatile boolean started;

	public ClusterService() {
		int[] ports = freePorts(2 + INSTANCES);
		pgPort = ports[0];
		proxyPort = ports[1];
		System.arraycopy(ports, 2, appPorts, 0, INSTANCES);
	}

	@Override
	public Set<String> neededBy() {
		return Set.of(ClusterTests.class.getName());
	}

	/** Whether this machine has what the cluster needs: PostgreSQL's server binaries, HAProxy and curl. */
	static boolean toolsPresent() {
		return Files.isExecutable(Path.of("/usr/lib/postgresql/15/bin/initdb")) && onPath("haproxy") && onPath("curl");
	}

	private static boolean onPath(String tool) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"), new String[] { "/usr/sbin" })
			.flatMap(Stream::of)
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
	}

	@Override
	public void start() throws Exception {
		if (!toolsPresent()) {
			// the test skips (or fails where ITAS_REQUIRE_CLUSTER=true) by itself
			return;
		}
		if (ATTACHED) {
			Map<String, String> env = env();
			pgPort = Integer.parseInt(env.get("PG_PORT"));
			proxyPort = Integer.parseInt(env.get("PROXY_PORT"));
			appPorts = java.util.Arrays.stream(env.get("APP_PORTS").split(",")).mapToInt(Integer::parseInt).toArray();
			return;
		}
		stopScript();
		deleteTree(DIR);
		Path classpathFile = Path.of("target", "runtime-classpath.txt");
		if (!Files.exists(classpathFile)) {
			throw new IllegalStateException(classpathFile + " missing: run the test through Maven (generate-test-resources)");
		}
		String classpath = Path.of("target", "classes").toAbsolutePath() + ":" + Files.readString(classpathFile).trim();
		List<String> command = new ArrayList<>(List.of("bash", "ops/cluster/start.sh", DIR.toString(), "--classpath",
				classpath, "--pg-port", String.valueOf(pgPort), "--proxy-port", String.valueOf(proxyPort), "--app-ports",
				String.join(",", java.util.Arrays.stream(appPorts).mapToObj(String::valueOf).toList())));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(START_LOG.toFile());
		Map<String, String> env = builder.environment();
		CRON_VARIABLES.forEach(name -> env.put(name, OFTEN));
		env.put("JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
		// mails go to each instance's outbox, at once, so the test finds them there
		env.put("PLATFORM_MAIL_ASYNCHRONOUS", "false");
		started = true;
		Process process = builder.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("ops/cluster/start.sh did not finish in 10 minutes; see " + START_LOG);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("ops/cluster/start.sh failed (" + process.exitValue() + "):\n"
					+ tail(START_LOG, 60));
		}
	}

	@Override
	public void stop() {
		if (started && !ATTACHED) {
			stopScript();
			try {
				Path home = DIR.resolve("postgres-home");
				if (Files.isSymbolicLink(home)) {
					// start.sh put PostgreSQL's files under /tmp (see there); they are of no use after the run
					deleteTree(home.toRealPath());
				}
			}
			catch (IOException ex) {
				// left in /tmp
			}
		}
	}

	private static void stopScript() {
		if (ATTACHED || !Files.exists(DIR.resolve("cluster.env"))) {
			return;
		}
		try {
			new ProcessBuilder("bash", "ops/cluster/stop.sh", DIR.toString()).inheritIO().start().waitFor(2, TimeUnit.MINUTES);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	URI proxy() {
		return URI.create("http://127.0.0.1:" + proxyPort);
	}

	List<URI> instances() {
		return java.util.Arrays.stream(appPorts).mapToObj(port -> URI.create("http://127.0.0.1:" + port)).toList();
	}

	/** The log of instance {@code n} (1-based). */
	Path log(int n) {
		return DIR.resolve("instance-" + n + ".log");
	}

	/** Kills instance {@code n} (1-based) as a crash would: SIGKILL, nothing finishes. */
	void kill(int n) throws Exception {
		long pid = Long.parseLong(env().get("APP_PID_" + n));
		ProcessHandle.of(pid).orElseThrow().destroyForcibly();
		ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
	}

	/** Restarts PostgreSQL as an administrator would (fast shutdown: open connections are cut). */
	void restartPostgres() throws Exception {
		Map<String, String> env = env();
		List<String> command = new ArrayList<>(List.of(env.get("PG_BIN") + "/pg_ctl", "-D", env.get("PGDATA"), "-m", "fast",
				"-w", "-t", "60", "restart", "-l", env.get("PG_LOG"), "-o", "-p " + pgPort
						+ " -c listen_addresses=127.0.0.1 -k " + env.get("PG_SOCKETS") + " -c max_connections=100"));
		if ("root".equals(System.getProperty("user.name"))) {
			// as start.sh: the server runs as the Debian package's user
			command.addAll(0, List.of("runuser", "-u", "postgres", "--"));
		}
		Process process = new ProcessBuilder(command).directory(new java.io.File("/"))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException("pg_ctl restart failed: " + output);
		}
	}

	Connection database() throws SQLException, IOException {
		Properties properties = new Properties();
		properties.setProperty("user", "itas");
		properties.setProperty("password", Files.readString(DIR.resolve("db-password")).trim());
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/itas", properties);
	}

	private Map<String, String> env() throws IOException {
		Map<String, String> values = new HashMap<>();
		for (String line : Files.readAllLines(DIR.resolve("cluster.env"))) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				values.put(line.substring(0, eq), line.substring(eq + 1));
			}
		}
		return values;
	}

	private static int[] freePorts(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0));
			}
			return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free ports", ex);
		}
		finally {
			for (ServerSocket socket : sockets) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// closing a probe
				}
			}
		}
	}

	static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(" + file + " unreadable: " + ex.getMessage() + ")";
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
