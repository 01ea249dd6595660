package de.itas.platform.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An entered value of one period for one district ({@code districtCode}) or the whole region ({@code null}).
 * Provisional (vorläufig) until a second person signs it off.
 */
public record IndicatorValueView(UUID id, String indicatorKey, Period period, @Nullable String districtCode,
		BigDecimal value, String sourceNote, @Nullable UUID enteredBy, String enteredByName, Instant enteredAt,
		@Nullable UUID signedOffBy, @Nullable String signedOffByName, @Nullable Instant signedOffAt, long version) {

	public boolean provisional() {
		return signedOffAt == null;
	}

}
