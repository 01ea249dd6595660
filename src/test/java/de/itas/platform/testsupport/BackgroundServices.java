package de.itas.platform.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the {@link BackgroundService}s a test plan needs when the plan begins (registered as a JUnit
 * {@link TestExecutionListener}), each on its own thread, and stops them when it ends. The suite runs in one
 * JVM, so the plan is the whole suite and the services boot while the other tests run. (Should Surefire ever
 * hand classes to several forks, each class becomes a plan of its own and a service starts when the class that
 * needs it begins; ADR 25.)
 */
public final class BackgroundServices implements TestExecutionListener {

	private static final Map<Class<?>, Started> STARTED = new ConcurrentHashMap<>();

	private record Started(BackgroundService service, CompletableFuture<Void> ready) {
	}

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		List<String> classes = new ArrayList<>();
		collect(plan, plan.getRoots(), classes);
		for (BackgroundService service : ServiceLoader.load(BackgroundService.class)) {
			if (service.neededBy().stream().anyMatch(classes::contains)) {
				start(service);
			}
		}
	}

	private static void collect(TestPlan plan, Iterable<TestIdentifier> identifiers, List<String> classes) {
		for (TestIdentifier identifier : identifiers) {
			if (identifier.getSource().orElse(null) instanceof ClassSource source) {
				classes.add(source.getClassName());
			}
			else {
				collect(plan, plan.getChildren(identifier), classes);
			}
		}
	}

	private static Started start(BackgroundService service) {
		return STARTED.computeIfAbsent(service.getClass(), type -> {
			CompletableFuture<Void> ready = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					service.start();
					ready.complete(null);
				}
				catch (Throwable ex) {
					ready.completeExceptionally(ex);
				}
			}, "background-" + type.getSimpleName());
			thread.setDaemon(true);
			thread.start();
			return new Started(service, ready);
		});
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		STARTED.values().forEach(started -> started.service().stop());
		STARTED.clear();
	}

	/**
	 * The started service of the given type, waiting at most {@code timeout} for it to be ready; started now
	 * if the run did not start it (a test run from an IDE, say). A failed start is rethrown.
	 */
	@SuppressWarnings("unchecked")
	public static <S extends BackgroundService> S await(Class<S> type, Duration timeout) throws Exception {
		Started started = STARTED.get(type);
		if (started == null) {
			started = start(type.getDeclaredConstructor().newInstance());
			Runtime.getRuntime().addShutdownHook(new Thread(started.service()::stop));
		}
		try {
			started.ready().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw ex;
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException(type.getSimpleName() + " not ready within " + timeout, ex);
		}
		return (S) started.service();
	}

}
