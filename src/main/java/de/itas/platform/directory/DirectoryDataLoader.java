package de.itas.platform.directory;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before the web server accepts requests: the shipped industry codes when there are none, then (with demo
 * data switched on) the demo companies, in one transaction so that a broken file changes nothing.
 */
@Component
class DirectoryDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDataLoader.class);

	private final IndustryCodes industryCodes;
	private final Optional<DemoCompanies> demo;
	private final TransactionTemplate transactions;

	DirectoryDataLoader(IndustryCodes industryCodes, Optional<DemoCompanies> demo, TransactionTemplate transactions) {
		this.industryCodes = industryCodes;
		this.demo = demo;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> {
			int codes = industryCodes.loadShippedCodesIfEmpty();
			if (codes > 0) {
				log.info("Loaded {} shipped WZ 2008 industry codes; admins import the full list under /admin/verzeichnis", codes);
			}
			demo.ifPresent(companies -> {
				int filled = companies.load();
				if (filled > 0) {
					log.info("Filled in {} demo company profiles", filled);
				}
			});
		});
	}

}
