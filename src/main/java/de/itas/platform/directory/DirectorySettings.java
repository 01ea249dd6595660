package de.itas.platform.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the directory module.
 *
 * @param industryCodeImportMaxSize the largest code list an admin may upload (the official WZ 2008 list
 *     has 2.3 MB); the servlet's multipart limit must be at least this
 * @param contactsPerHour how many contact requests one person may send within an hour
 * @param contactsPerDay how many contact requests one person may send within a day
 */
@ConfigurationProperties("platform.directory")
public record DirectorySettings(@DefaultValue("10MB") DataSize industryCodeImportMaxSize,
		@DefaultValue("5") int contactsPerHour, @DefaultValue("20") int contactsPerDay) {
}
