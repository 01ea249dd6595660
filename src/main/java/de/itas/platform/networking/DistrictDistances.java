package de.itas.platform.networking;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Distances between the region's districts, from seat to seat: each district's seat is the place of the region's
 * {@code places.json} whose name equals the seat. Found again whenever the region's data changed (on any instance); a district whose seat is not listed has no distance.
 */
@Component
class DistrictDistances implements Matching.Distances {

	static final String FILE = "places.json";

	record Place(String name, String districtCode, double latitude, double longitude) {
	}

	private final Region region;
	private final List<Place> places;
	/** The seats as found for one list of districts (the region's snapshot), rebuilt when the region hands out another. */
	private volatile Seats seats = new Seats(List.of(), Map.of());

	private record Seats(List<DistrictSummary> districts, Map<String, Place> byDistrict) {
	}

	DistrictDistances(Region region, RegionFolder folder) {
		this.region = region;
		this.places = read(folder);
	}

	static List<Place> read(RegionFolder folder) {
		try (InputStream in = folder.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<Place>>() {
			});
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + folder.path(FILE) + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public OptionalInt km(String fromDistrict, String toDistrict) {
		if (fromDistrict.equals(toDistrict)) {
			return OptionalInt.of(0);
		}
		Map<String, Place> bySeat = seats();
		Place from = bySeat.get(fromDistrict);
		Place to = bySeat.get(toDistrict);
		if (from == null || to == null) {
			return OptionalInt.empty();
		}
		return OptionalInt.of((int) Math.round(haversine(from, to)));
	}

	private Map<String, Place> seats() {
		List<DistrictSummary> districts = region.districts();
		Seats current = seats;
		// the same list object as long as the region's snapshot is unchanged; a changed seat gives a new one
		if (current.districts() != districts) {
			Map<String, Place> found = new HashMap<>();
			for (DistrictSummary district : districts) {
				places.stream()
					.filter(place -> place.name().equals(district.seat()))
					.findFirst()
					.ifPresent(place -> found.put(district.code(), place));
			}
			current = new Seats(districts, Map.copyOf(found));
			seats = current;
		}
		return current.byDistrict();
	}

	static double haversine(Place a, Place b) {
		double earth = 6371.0;
		double dLat = Math.toRadians(b.latitude() - a.latitude());
		double dLon = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
				* Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * earth * Math.asin(Math.sqrt(h));
	}

}
