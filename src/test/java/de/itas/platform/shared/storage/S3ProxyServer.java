package de.itas.platform.shared.storage;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server for tests: S3Proxy (Maven Central) in this JVM on a free loopback port, with
 * jclouds' in-memory {@code transient} blob store behind it and AWS signature v4 checked. Its Jetty is
 * shaded into the S3Proxy jar, so it lives beside Boot's Tomcat without conflict.
 */
public final class S3ProxyServer implements AutoCloseable {

	public static final String ACCESS_KEY = "itas-test-access";
	public static final String SECRET_KEY = "itas-test-secret-0123456789";

	private final S3Proxy proxy;
	private final BlobStoreContext context;

	private S3ProxyServer(S3Proxy proxy, BlobStoreContext context) {
		this.proxy = proxy;
		this.context = context;
	}

	public static S3ProxyServer start() throws Exception {
		Properties overrides = new Properties();
		BlobStoreContext context = ContextBuilder.newBuilder("transient")
			.credentials("identity", "credential")
			.overrides(overrides)
			.build(BlobStoreContext.class);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(context.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		proxy.start();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!"STARTED".equals(proxy.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
			}
			Thread.onSpinWait();
		}
		return new S3ProxyServer(proxy, context);
	}

	public String endpoint() {
		return "http://127.0.0.1:" + proxy.getPort();
	}

	/** Settings of a store on this server's bucket (created on first use; us-east-1 because S3Proxy refuses other location constraints). */
	public StorageSettings.S3 settings(String bucket) {
		return new StorageSettings.S3(endpoint(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true, true);
	}

	@Override
	public void close() throws Exception {
		proxy.stop();
		context.close();
	}

}
