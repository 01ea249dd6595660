package de.itas.platform.funding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the funding programmes come from.
 *
 * @param programmes the programme data file; another region points this at its own file
 */
@ConfigurationProperties("platform.funding")
record FundingSettings(@DefaultValue("classpath:funding/programmes.json") Resource programmes) {
}
