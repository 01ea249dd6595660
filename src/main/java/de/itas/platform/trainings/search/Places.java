package de.itas.platform.trainings.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.region.Region;

/**
 * Coordinates of the region's towns (table {@code trainings.place}, filled from the region's
 * {@code places.json} by {@link RegionPlaces}), for the radius search: a run is placed at its town's centre,
 * a district at its seat.
 */
@Component
public class Places {

	/** A point in WGS 84 degrees. */
	public record Point(double latitude, double longitude) {

		/** Great-circle distance in km. */
		public double kmTo(Point other) {
			double lat1 = Math.toRadians(latitude);
			double lat2 = Math.toRadians(other.latitude);
			double dLat = lat2 - lat1;
			double dLon = Math.toRadians(other.longitude - longitude);
			double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
					+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
			return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
		}

	}

	private final JdbcTemplate jdbc;
	private final Region region;
	private volatile @Nullable Map<String, Point> byName;

	Places(JdbcTemplate jdbc, Region region) {
		this.jdbc = jdbc;
		this.region = region;
	}

	Map<String, Point> all() {
		Map<String, Point> places = byName;
		if (places == null) {
			Map<String, Point> loaded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			jdbc.query("SELECT name, latitude, longitude FROM trainings.place", rs -> {
				loaded.put(rs.getString(1), new Point(rs.getDouble(2), rs.getDouble(3)));
			});
			places = loaded;
			byName = loaded;
		}
		return places;
	}

	/** Drops the cached towns, after the table has changed. */
	public void forget() {
		byName = null;
	}

	Optional<Point> town(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(all().get(name.strip()));
	}

	/** A town's name as the region writes it, for a word that names it in any case (all lower case, say). */
	Optional<String> townName(@Nullable String word) {
		if (word == null || word.isBlank()) {
			return Optional.empty();
		}
		String wanted = word.strip();
		return all().keySet().stream().filter(name -> name.equalsIgnoreCase(wanted)).findFirst();
	}

	/** The seat of a district of the region. */
	public Optional<Point> district(@Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		return region.district(code).flatMap(district -> town(district.seat()));
	}

	/** A town's name or a district's code, as the search's „Ort“ parameter takes it. */
	Optional<Point> centre(@Nullable String placeOrDistrict) {
		if (placeOrDistrict == null || placeOrDistrict.isBlank()) {
			return Optional.empty();
		}
		return town(placeOrDistrict).or(() -> district(placeOrDistrict.strip().toLowerCase(Locale.ROOT)));
	}

	/** Where a run takes place: its town, else its district's seat. */
	public Optional<Point> locate(@Nullable String city, @Nullable String districtCode) {
		return town(city).or(() -> district(districtCode));
	}

}
