package de.itas.platform.shared.mail;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs work whose only outcome is a mail after the response, on a thread of its own: delivering mails (an
 * SMTP server may take seconds) and work that must not show in the response time, such as answering a
 * password reset request, which would otherwise tell by its duration whether an address has an account.
 * <p>
 * Not a Spring {@code Executor} bean on purpose: one would make Boot's application task executor back
 * off. Mails queued when the application stops are still sent (up to 30 s). With
 * {@code platform.mail.asynchronous=false} (the tests) the work runs at once, in the caller's thread.
 */
@Component
public class MailQueue implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

	private final @Nullable ThreadPoolTaskExecutor executor;

	MailQueue(@Value("${platform.mail.asynchronous:true}") boolean asynchronous) {
		if (asynchronous) {
			executor = new ThreadPoolTaskExecutor();
			executor.setThreadNamePrefix("mail-");
			executor.setCorePoolSize(2);
			executor.setMaxPoolSize(2);
			executor.setWaitForTasksToCompleteOnShutdown(true);
			executor.setAwaitTerminationSeconds(30);
			executor.initialize();
		}
		else {
			executor = null;
		}
	}

	/** Runs the work after the caller returns (or at once when asynchronous delivery is off). */
	public void enqueue(Runnable work) {
		Runnable logged = () -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.error("Queued mail work failed: {}", ex.getMessage(), ex);
			}
		};
		if (executor == null) {
			logged.run();
		}
		else {
			executor.execute(logged);
		}
	}

	@Override
	public void destroy() {
		if (executor != null) {
			executor.shutdown();
		}
	}

}
