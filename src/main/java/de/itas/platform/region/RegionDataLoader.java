package de.itas.platform.region;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.cache.ChangeCounters;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the selected region's data files ({@code region/<name>/districts.json}, {@code partners.json},
 * {@code action-fields.json}, {@code help-desks.json}) before the web server accepts requests. Idempotent:
 * records are matched by code and only missing ones are inserted, so an admin's edits survive every
 * restart; the only value filled into an existing record is a district's official key while it has none.
 * All files are loaded in one transaction: a broken file leaves the database as it was.
 */
@Component
class RegionDataLoader implements SmartInitializingSingleton {

	private final ChangeCounters counters;

	private static final Logger log = LoggerFactory.getLogger(RegionDataLoader.class);

	private final RegionFolder region;
	private final DistrictRepository districts;
	private final PartnerRepository partners;
	private final ActionFieldRepository actionFields;
	private final HelpDeskRepository helpDesks;
	private final TransactionTemplate transactions;
	private final JsonMapper json = JsonMapper.builder().build();

	RegionDataLoader(RegionFolder region, DistrictRepository districts, PartnerRepository partners,
			ActionFieldRepository actionFields, HelpDeskRepository helpDesks, TransactionTemplate transactions,
			ChangeCounters counters) {
		this.counters = counters;
		this.region = region;
		this.districts = districts;
		this.partners = partners;
		this.actionFields = actionFields;
		this.helpDesks = helpDesks;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int inserted = transactions.execute(status -> {
			int count = load();
			if (count > 0) {
				// a snapshot another instance built before these records existed must be rebuilt
				counters.changed(Region.COUNTER);
			}
			return count;
		});
		log.info("Region '{}': {} new or completed records", region.name(), inserted);
	}

	int load() {
		int inserted = 0;
		List<DistrictRecord> districtRecords = read("districts.json", new TypeReference<>() {
		});
		for (int i = 0; i < districtRecords.size(); i++) {
			DistrictRecord record = districtRecords.get(i);
			District existing = districts.findById(record.code()).orElse(null);
			if (existing == null) {
				districts.save(new District(record.code(), record.name(), record.seat(), record.kind(),
						record.regionalKey(), i));
				inserted++;
			}
			else if (existing.completeRegionalKey(record.regionalKey())) {
				districts.save(existing);
				inserted++;
			}
		}
		List<PartnerRecord> partnerRecords = read("partners.json", new TypeReference<>() {
		});
		for (int i = 0; i < partnerRecords.size(); i++) {
			PartnerRecord record = partnerRecords.get(i);
			if (!partners.existsById(record.code())) {
				partners.save(new Partner(record.code(), i, record.details()));
				inserted++;
			}
		}
		List<ActionFieldRecord> fieldRecords = read("action-fields.json", new TypeReference<>() {
		});
		for (int i = 0; i < fieldRecords.size(); i++) {
			ActionFieldRecord record = fieldRecords.get(i);
			if (!actionFields.existsById(record.code())) {
				actionFields.save(new ActionField(record.code(), i, record.details()));
				inserted++;
			}
		}
		for (HelpDeskRecord record : read("help-desks.json", new TypeReference<List<HelpDeskRecord>>() {
		})) {
			if (!helpDesks.existsById(record.code())) {
				helpDesks.save(new HelpDesk(record.code(), record.details()));
				inserted++;
			}
		}
		return inserted;
	}

	private <T> List<T> read(String file, TypeReference<List<T>> type) {
		String path = region.path(file);
		try (InputStream in = region.open(file)) {
			return json.readValue(in, type);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read region data file " + path + ": " + ex.getMessage(), ex);
		}
	}

	record DistrictRecord(String code, String name, String seat, DistrictKind kind, @Nullable String regionalKey) {
	}

	record PartnerRecord(String code, PartnerDetails details) {
	}

	record ActionFieldRecord(String code, ActionFieldDetails details) {
	}

	record HelpDeskRecord(String code, HelpDeskDetails details) {
	}

}
