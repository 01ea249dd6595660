package de.itas.platform.region;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the region's data files before the web server accepts requests. Idempotent: records are matched
 * by code and only missing ones are inserted, so an admin's edits survive every restart. All files are
 * loaded in one transaction: a broken file leaves the database as it was.
 */
@Component
@EnableConfigurationProperties(RegionSettings.class)
class RegionDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(RegionDataLoader.class);

	private final RegionSettings settings;
	private final DistrictRepository districts;
	private final PartnerRepository partners;
	private final ActionFieldRepository actionFields;
	private final HelpDeskRepository helpDesks;
	private final TransactionTemplate transactions;
	private final JsonMapper json = JsonMapper.builder().build();

	RegionDataLoader(RegionSettings settings, DistrictRepository districts, PartnerRepository partners,
			ActionFieldRepository actionFields, HelpDeskRepository helpDesks, TransactionTemplate transactions) {
		this.settings = settings;
		this.districts = districts;
		this.partners = partners;
		this.actionFields = actionFields;
		this.helpDesks = helpDesks;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int inserted = transactions.execute(status -> load());
		log.info("Region '{}': {} new records loaded", settings.name(), inserted);
	}

	int load() {
		int inserted = 0;
		List<DistrictRecord> districtRecords = read("districts.json", new TypeReference<>() {
		});
		for (int i = 0; i < districtRecords.size(); i++) {
			DistrictRecord record = districtRecords.get(i);
			if (!districts.existsById(record.code())) {
				districts.save(new District(record.code(), record.name(), record.seat(), record.kind(), i));
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
		String path = "region/" + settings.name() + "/" + file;
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readValue(in, type);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read region data file " + path + ": " + ex.getMessage(), ex);
		}
	}

	record DistrictRecord(String code, String name, String seat, DistrictKind kind) {
	}

	record PartnerRecord(String code, PartnerDetails details) {
	}

	record ActionFieldRecord(String code, ActionFieldDetails details) {
	}

	record HelpDeskRecord(String code, HelpDeskDetails details) {
	}

}
