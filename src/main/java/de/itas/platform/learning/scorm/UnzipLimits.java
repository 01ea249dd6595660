package de.itas.platform.learning.scorm;

/**
 * The limits {@link SafeUnzip} enforces on an upload.
 *
 * @param maxTotalBytes the most bytes all entries may unpack to (default 200 MB, the upload limit)
 * @param maxEntries the most entries a package may have
 * @param maxCompressionRatio the highest ratio of unpacked to packed size, for an entry and for the whole package,
 *     once more than {@link #ratioThresholdBytes()} have been unpacked (small files compress well without harm)
 * @param ratioThresholdBytes below this many unpacked bytes the ratio is not checked
 */
public record UnzipLimits(long maxTotalBytes, int maxEntries, double maxCompressionRatio, long ratioThresholdBytes) {

	public static final long MEGABYTE = 1024L * 1024L;

	public UnzipLimits {
		if (maxTotalBytes <= 0 || maxEntries <= 0 || maxCompressionRatio < 1 || ratioThresholdBytes < 0) {
			throw new IllegalArgumentException("limits must be positive and the ratio at least 1");
		}
	}

	/** 200 MB, 10,000 entries, ratio 100 above 1 MB. */
	public static UnzipLimits defaults() {
		return new UnzipLimits(200 * MEGABYTE, 10_000, 100, MEGABYTE);
	}

	public UnzipLimits withMaxTotalBytes(long bytes) {
		return new UnzipLimits(bytes, maxEntries, maxCompressionRatio, ratioThresholdBytes);
	}

	public UnzipLimits withMaxEntries(int entries) {
		return new UnzipLimits(maxTotalBytes, entries, maxCompressionRatio, ratioThresholdBytes);
	}

	public UnzipLimits withMaxCompressionRatio(double ratio, long thresholdBytes) {
		return new UnzipLimits(maxTotalBytes, maxEntries, ratio, thresholdBytes);
	}

}
