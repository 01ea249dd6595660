package de.itas.platform.testsupport;

import java.util.Set;

/**
 * A slow external process that some tests need (a cluster of instances, an identity provider): started on
 * a thread of its own as soon as the test run begins, so that it boots while the other tests run, and
 * stopped when the run ends. Implementations are listed in
 * {@code META-INF/services/de.itas.platform.testsupport.BackgroundService} and must have a public no-argument
 * constructor; a test gets the started instance with {@link BackgroundServices#await}.
 */
public interface BackgroundService {

	/** Names of the test classes that need this service; it starts only when the run includes one of them. */
	Set<String> neededBy();

	/** Starts the service and returns when it is ready; an exception is rethrown to every test that awaits it. */
	void start() throws Exception;

	/** Stops whatever {@link #start()} started, also after a failed or unfinished start. */
	void stop();

}
