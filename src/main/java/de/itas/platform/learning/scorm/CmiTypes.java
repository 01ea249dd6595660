package de.itas.platform.learning.scorm;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The data types of the SCORM 1.2 run-time data model (RTE 3.4.3), as checks and conversions. */
final class CmiTypes {

	/**
	 * CMITimespan {@code HHHH:MM:SS.SS}: 2 to 4 hour digits, 1 or 2 fraction digits. Minutes and seconds up to 99
	 * are accepted because the specification allows content to overflow them (Rustici's widely copied time
	 * function writes 9999:99:99 for very long sessions).
	 */
	private static final Pattern TIMESPAN = Pattern.compile("^(\\d{2,4}):(\\d{2}):(\\d{2})(\\.(\\d{1,2}))?$");

	private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)(\\.\\d{1,2})?$");

	private static final Pattern DECIMAL = Pattern.compile("^-?(\\d+(\\.\\d*)?|\\.\\d+)$");

	private static final Pattern SINTEGER = Pattern.compile("^[-+]?\\d{1,9}$");

	private static final Pattern IDENTIFIER = Pattern.compile("^[^\\s\\p{Cntrl}]{1,255}$");

	private static final long MAX_TIMESPAN_CENTIS = (9999L * 3600 + 99 * 60 + 99) * 100 + 99;

	private CmiTypes() {
	}

	static boolean isTimespan(String value) {
		return TIMESPAN.matcher(value).matches();
	}

	static boolean isTime(String value) {
		return TIME.matcher(value).matches();
	}

	static boolean isDecimal(String value) {
		return DECIMAL.matcher(value).matches();
	}

	static boolean isIdentifier(String value) {
		return IDENTIFIER.matcher(value).matches();
	}

	static boolean isString(String value, int maxLength) {
		return value.length() <= maxLength;
	}

	/** A CMISInteger within the inclusive range. */
	static boolean isSIntegerIn(String value, int min, int max) {
		if (!SINTEGER.matcher(value).matches()) {
			return false;
		}
		int number = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
		return number >= min && number <= max;
	}

	/** A CMIDecimal within the inclusive range. */
	static boolean isDecimalIn(String value, int min, int max) {
		if (!isDecimal(value)) {
			return false;
		}
		BigDecimal number = new BigDecimal(value.startsWith(".") ? "0" + value : value.replace("-.", "-0."));
		return number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0;
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value.startsWith(".") ? "0" + value : value.replace("-.", "-0."));
	}

	/** A CMITimespan in hundredths of a second. */
	static long centiseconds(String timespan) {
		Matcher matcher = TIMESPAN.matcher(timespan);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a CMITimespan: " + timespan);
		}
		long hours = Long.parseLong(matcher.group(1));
		long minutes = Long.parseLong(matcher.group(2));
		long seconds = Long.parseLong(matcher.group(3));
		String fraction = matcher.group(5);
		long centis = fraction == null ? 0 : Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
		return ((hours * 60 + minutes) * 60 + seconds) * 100 + centis;
	}

	/** Hundredths of a second as a CMITimespan {@code HHHH:MM:SS.SS}, held at the format's maximum. */
	static String timespan(long centiseconds) {
		long value = Math.min(Math.max(centiseconds, 0), MAX_TIMESPAN_CENTIS);
		long centis = value % 100;
		long totalSeconds = value / 100;
		long hours = Math.min(totalSeconds / 3600, 9999);
		long minutes = (totalSeconds - hours * 3600) / 60;
		long seconds = totalSeconds - hours * 3600 - minutes * 60;
		return String.format(Locale.ROOT, "%04d:%02d:%02d.%02d", hours, minutes, seconds, centis);
	}

}
