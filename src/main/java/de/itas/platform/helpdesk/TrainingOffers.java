package de.itas.platform.helpdesk;

import java.util.List;

/**
 * Training offers an advisor can recommend. Implemented outside this module (by the training catalogue);
 * when no implementation exists, the recommendation editor says that the catalogue is not available.
 */
public interface TrainingOffers {

	List<OfferOption> search(String q, int limit);

	/** An offer to choose: {@code reference} identifies it in the catalogue. */
	record OfferOption(String reference, String title, String url) {
	}

}
