package de.itas.platform.skills;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import de.itas.platform.skills.engine.TaxonomyStore;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SkillsSettings.class)
class SkillsConfiguration {

	@Bean
	TaxonomyStore taxonomyStore(DataSource dataSource, PlatformTransactionManager transactions) {
		return new TaxonomyStore(dataSource, transactions);
	}

}
