package de.itas.platform.shared.region;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the folder of the region named by {@code platform.region} (environment variable {@code ITAS_REGION}). */
@Configuration(proxyBeanMethods = false)
class RegionConfiguration {

	@Bean
	RegionFolder regionFolder(@Value("${platform.region}") String name) {
		return new RegionFolder(name);
	}

}
