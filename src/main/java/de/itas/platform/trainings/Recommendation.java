package de.itas.platform.trainings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An offer recommended to a person or a company, with the reasons in the reader's language
 * („lehrt 3 von 5 fehlenden Kompetenzen: …“, „in 12 km (Kreisstadt)“, „förderfähig nach § 82 SGB III“).
 *
 * @param skillsTaught labels of the missing skills the offer teaches
 * @param distanceKm distance from the person's or company's district to the nearest upcoming run in
 *        person, {@code null} when unknown or when the nearest run is online
 */
public record Recommendation(OfferSummary offer, List<String> skillsTaught, int skillsMissing,
		@Nullable Integer distanceKm, boolean online, List<String> reasons) {

	public Recommendation {
		skillsTaught = List.copyOf(skillsTaught);
		reasons = List.copyOf(reasons);
	}

}
