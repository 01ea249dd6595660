package de.itas.platform.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * What every {@link FileStore} promises, run against each implementation by a subclass: the file-system
 * store in a temporary directory and the S3 store against a real S3-compatible server.
 */
abstract class FileStoreContractTests {

	abstract FileStore store();

	@Test
	void storesReadsAndDeletesAFileByKey() throws IOException {
		byte[] content = bytes(200_000);
		String key = store().add("helpdesk", "attachment", content, "application/pdf");

		assertThat(key).startsWith("helpdesk/attachment/");
		assertThat(store().exists(key)).isTrue();
		assertThat(store().size(key)).isEqualTo(content.length);
		try (InputStream in = store().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(store().read(key)).isEqualTo(content);

		store().delete(key);
		assertThat(store().exists(key)).isFalse();
		store().delete(key);
	}

	@Test
	void putReplacesTheFileUnderTheSameKey() {
		String key = "portal/image/" + java.util.UUID.randomUUID();
		store().put(key, new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3, "image/png");
		store().put(key, new ByteArrayInputStream(new byte[] { 4, 5 }), 2, "image/png");

		assertThat(store().read(key)).containsExactly(4, 5);
	}

	@Test
	void aMissingFileIsReportedAsSuch() {
		String key = FileStore.newKey("events", "document");

		assertThat(store().exists(key)).isFalse();
		assertThatThrownBy(() -> store().open(key)).isInstanceOf(StoredFileNotFoundException.class);
		assertThatThrownBy(() -> store().size(key)).isInstanceOf(StoredFileNotFoundException.class);
	}

	@Test
	void anEmptyFileIsAFile() {
		String key = store().add("learning", "library", new byte[0], "application/pdf");

		assertThat(store().exists(key)).isTrue();
		assertThat(store().size(key)).isZero();
		assertThat(store().read(key)).isEmpty();
	}

	@Test
	void keysListsEveryStoredFile() {
		String first = store().add("learning", "scorm", bytes(10), "text/html");
		String second = store().add("portal", "image", bytes(20), "image/png");

		try (Stream<String> keys = store().keys()) {
			assertThat(keys.toList()).contains(first, second);
		}
	}

	@Test
	void keysThatCouldLeaveTheStoreAreRefused() {
		for (String key : List.of("../etc/passwd", "helpdesk/../../x", "/helpdesk/a", "helpdesk", "helpdesk/", "helpdesk//a",
				"helpdesk/./a", "helpdesk/a/..", "Helpdesk/a", "helpdesk/a\\b", "helpdesk/.hidden")) {
			assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(new byte[1]), 1, "text/plain"))
				.as(key)
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> store().open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void aFileAddedInARolledBackTransactionIsRemovedAndADeletionWaitsForTheCommit() {
		String kept = store().add("helpdesk", "attachment", bytes(5), "text/plain");

		TransactionSynchronizationManager.initSynchronization();
		String added;
		try {
			added = store().add("helpdesk", "attachment", bytes(5), "text/plain");
			store().deleteAfterCommit(kept);
			assertThat(store().exists(added)).isTrue();
			assertThat(store().exists(kept)).as("deleted only after the commit").isTrue();
			TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
					org.springframework.transaction.support.TransactionSynchronization.STATUS_ROLLED_BACK);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(store().exists(added)).as("rolled back").isFalse();
		assertThat(store().exists(kept)).as("the deleting transaction rolled back").isTrue();

		TransactionSynchronizationManager.initSynchronization();
		try {
			store().deleteAfterCommit(kept);
			var synchronizations = TransactionSynchronizationManager.getSynchronizations();
			TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
			TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
					org.springframework.transaction.support.TransactionSynchronization.STATUS_COMMITTED);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(store().exists(kept)).isFalse();
	}

	@Test
	void aShortStreamFailsTheWriteAndLeavesNoFile() {
		String key = FileStore.newKey("helpdesk", "attachment");

		assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(bytes(10)), 20, "text/plain"))
			.isInstanceOf(RuntimeException.class);
		assertThat(store().exists(key)).isFalse();
	}

	static byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

}
