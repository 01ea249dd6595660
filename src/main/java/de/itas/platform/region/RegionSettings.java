package de.itas.platform.region;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which region's data files to load on first start.
 *
 * @param name folder below {@code classpath:region/}
 */
@ConfigurationProperties("platform.region")
record RegionSettings(@DefaultValue("suedwestsachsen") String name) {
}
