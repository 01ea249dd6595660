package de.itas.platform.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Mails leave after the response: the caller never waits for the mail server. */
class MailQueueUnitTests {

	@Test
	void queuedWorkRunsOnAnotherThreadAndTheCallerDoesNotWaitForIt() throws InterruptedException {
		MailQueue queue = new MailQueue(true);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		AtomicReference<Thread> worker = new AtomicReference<>();
		try {
			queue.enqueue(() -> {
				worker.set(Thread.currentThread());
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				done.countDown();
			});
			// enqueue returned although the work cannot have finished: it waits for this thread
			assertThat(done.getCount()).isEqualTo(1);
			release.countDown();
			assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(worker.get()).isNotSameAs(Thread.currentThread());
		}
		finally {
			release.countDown();
			queue.destroy();
		}
	}

	@Test
	void theMailerHandsMailsToTheQueueInsteadOfDeliveringThemInTheRequest() {
		List<Runnable> queued = new ArrayList<>();
		MailQueue queue = new MailQueue(false) {
			@Override
			public void enqueue(Runnable work) {
				queued.add(work);
			}
		};
		MailDelivery delivery = mock(MailDelivery.class);
		PlatformMailer mailer = new PlatformMailer(delivery, mock(MailTemplateEngine.class), new StaticMessageSource(),
				new MailSettings("ITAS <noreply@itas.example.org>", java.nio.file.Path.of("unused"), "http://x"), queue,
				event -> {
				});

		mailer.send(new OutgoingMail("person@example.org", "Betreff", "Text"));
		verify(delivery, never()).deliver(any());
		assertThat(queued).hasSize(1);

		queued.get(0).run();
		verify(delivery).deliver(any());
	}

}
