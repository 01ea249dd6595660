package de.itas.platform.shared.loaddata;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids of {@code count} generated rows of one kind (numbered 0 … count−1), as the owning module handed
 * them out: the UUID of row n is the MD5 of {@code <seed>:<kind>:<n>} read as a UUID. Other modules join on
 * {@link #sql(String)} in their own statements.
 *
 * @param kind what the ids identify, e.g. {@code person}, {@code company}
 * @param seed the run's seed (letters and digits only, so it can be written into SQL)
 * @param count how many rows were generated
 */
public record GeneratedIds(String kind, String seed, long count) {

	private static final Pattern SAFE = Pattern.compile("[a-z0-9-]{1,40}");

	public GeneratedIds {
		if (!SAFE.matcher(kind).matches() || !SAFE.matcher(seed).matches()) {
			throw new IllegalArgumentException("kind and seed must be lower-case letters, digits and dashes");
		}
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
	}

	/**
	 * An SQL expression of type UUID: the id of the row whose number is the SQL expression {@code number}
	 * (an integer expression of the caller's statement, e.g. {@code g % 1000}).
	 */
	public String sql(String number) {
		return "CAST(md5('" + seed + ":" + kind + ":' || (" + number + ")) AS uuid)";
	}

	/** The id of row {@code number}, computed the same way in Java. */
	public UUID id(long number) {
		try {
			byte[] md5 = java.security.MessageDigest.getInstance("MD5")
				.digest((seed + ":" + kind + ":" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			long high = 0;
			long low = 0;
			for (int i = 0; i < 8; i++) {
				high = (high << 8) | (md5[i] & 0xff);
				low = (low << 8) | (md5[8 + i] & 0xff);
			}
			return new UUID(high, low);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
