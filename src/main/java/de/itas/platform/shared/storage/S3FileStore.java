package de.itas.platform.shared.storage;

import java.io.InputStream;
import java.net.URI;
import java.util.stream.Stream;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files as objects in one bucket of an S3-compatible service (AWS S3, MinIO, Ceph, S3Proxy, the object
 * storage of German cloud providers), one object per key. Every instance of a cluster sees the same files.
 */
public class S3FileStore implements FileStore, AutoCloseable {

	private final S3Client client;
	private final String bucket;

	public S3FileStore(StorageSettings.S3 settings) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("platform.storage.s3.bucket is required for platform.storage.type=s3");
		}
		var builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(settings.region()))
			// checksums only where S3 demands them: many S3-compatible services reject the SDK's newer trailers
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyleAccess()).build());
		if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(settings.endpoint()));
		}
		if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		}
		else {
			// instance roles and the AWS_* variables of the environment
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		this.client = builder.build();
		this.bucket = settings.bucket();
		if (settings.createBucket()) {
			createBucketIfMissing();
		}
	}

	private void createBucketIfMissing() {
		try {
			client.headBucket(request -> request.bucket(bucket));
		}
		catch (NoSuchBucketException ex) {
			client.createBucket(request -> request.bucket(bucket));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw new StorageException("Cannot reach bucket " + bucket, ex);
			}
			client.createBucket(request -> request.bucket(bucket));
		}
	}

	@Override
	public String type() {
		return "s3";
	}

	@Override
	public String put(String key, InputStream content, long length, String contentType) {
		FileStore.checkKey(key);
		if (length < 0) {
			throw new IllegalArgumentException("S3 needs the length of " + key);
		}
		try {
			client.putObject(request -> request.bucket(bucket).key(key).contentLength(length).contentType(contentType),
					RequestBody.fromInputStream(content, length));
			return key;
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot write " + key + " to bucket " + bucket, ex);
		}
	}

	@Override
	public InputStream open(String key) {
		FileStore.checkKey(key);
		try {
			return client.getObject(request -> request.bucket(bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new StoredFileNotFoundException(key);
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot read " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public long size(String key) {
		FileStore.checkKey(key);
		try {
			return client.headObject(request -> request.bucket(bucket).key(key)).contentLength();
		}
		catch (NoSuchKeyException ex) {
			throw new StoredFileNotFoundException(key);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new StoredFileNotFoundException(key);
			}
			throw new StorageException("Cannot read " + key + " from bucket " + bucket, ex);
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot read " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		try {
			size(key);
			return true;
		}
		catch (StoredFileNotFoundException ex) {
			return false;
		}
	}

	@Override
	public void delete(String key) {
		FileStore.checkKey(key);
		try {
			client.deleteObject(request -> request.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot delete " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public Stream<String> keys() {
		try {
			return client.listObjectsV2Paginator(request -> request.bucket(bucket))
				.contents()
				.stream()
				.map(S3Object::key)
				.filter(key -> FileStore.KEY.matcher(key).matches());
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot list bucket " + bucket, ex);
		}
	}

	@Override
	public void close() {
		client.close();
	}

}
