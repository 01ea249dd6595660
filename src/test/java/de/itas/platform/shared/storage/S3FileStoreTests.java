package de.itas.platform.shared.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against a real S3-compatible server (S3Proxy) through the AWS SDK, signature v4 and all. */
class S3FileStoreTests extends FileStoreContractTests {

	static S3ProxyServer server;
	static S3FileStore store;

	@BeforeAll
	static void startServer() throws Exception {
		server = S3ProxyServer.start();
		store = new S3FileStore(server.settings("itas-files"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		store.close();
		server.close();
	}

	@Override
	FileStore store() {
		return store;
	}

}
