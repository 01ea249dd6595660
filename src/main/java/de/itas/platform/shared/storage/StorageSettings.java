package de.itas.platform.shared.storage;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files live ({@code platform.storage.*}, docs/operations.md, File storage).
 *
 * @param type {@code filesystem} (default) or {@code s3}
 * @param directory the files of the {@code filesystem} type; every instance of a cluster needs the same one
 * @param s3 the bucket of the {@code s3} type
 */
@ConfigurationProperties("platform.storage")
public record StorageSettings(
		@DefaultValue("filesystem") String type,
		@DefaultValue("./data/files") Path directory,
		@DefaultValue S3 s3) {

	/**
	 * @param endpoint the service's URL; empty for AWS itself
	 * @param region the signing region (most S3-compatible services accept any)
	 * @param bucket the bucket that holds the files
	 * @param accessKey the access key; empty: the AWS default chain (environment, instance role)
	 * @param secretKey the secret key
	 * @param pathStyleAccess {@code true} for most self-hosted services (MinIO, Ceph, S3Proxy)
	 * @param createBucket create the bucket at start when missing (tests, first installation)
	 */
	public record S3(
			@Nullable String endpoint,
			@DefaultValue("eu-central-1") String region,
			@Nullable String bucket,
			@Nullable String accessKey,
			@Nullable String secretKey,
			@DefaultValue("true") boolean pathStyleAccess,
			@DefaultValue("false") boolean createBucket) {
	}

	/** A store of the given type with these settings. */
	public FileStore open(String storeType) {
		return switch (storeType) {
			case "filesystem" -> new FileSystemFileStore(directory);
			case "s3" -> new S3FileStore(s3);
			default -> throw new IllegalStateException(
					"platform.storage.type must be filesystem or s3, not " + storeType);
		};
	}

}
