package de.itas.platform.trainings;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.trainings.search.Places;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the region's towns with their coordinates ({@code region/<name>/places.json}) into
 * {@code trainings.place} before the application serves requests or loads its demo offers. The file is the
 * source: a town is added or its coordinates and district updated; towns of the table that the file does
 * not name stay (runs may still point at them).
 */
@Component
class RegionPlaces implements SmartInitializingSingleton {

	static final String FILE = "places.json";

	record Place(String name, String districtCode, double latitude, double longitude) {
	}

	private final RegionFolder region;
	private final JdbcTemplate jdbc;
	private final Places places;

	RegionPlaces(RegionFolder region, JdbcTemplate jdbc, Places places) {
		this.region = region;
		this.jdbc = jdbc;
		this.places = places;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (Place place : read(region)) {
			jdbc.update("""
					INSERT INTO trainings.place (name, district_code, latitude, longitude) VALUES (?, ?, ?, ?)
					ON CONFLICT (name) DO UPDATE SET district_code = EXCLUDED.district_code,
					  latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude""", place.name(), place.districtCode(),
					place.latitude(), place.longitude());
		}
		places.forget();
	}

	static List<Place> read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<Place>>() {
			});
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + region.path(FILE) + ": " + ex.getMessage(), ex);
		}
	}

}
