package de.itas.platform.learning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.itas.platform.shared.storage.LegacyFileColumn;

/**
 * Files saved before issue 24 kept their bytes in the tables (the library's PDFs, the lessons' images, the SCORM
 * packages' files); they move to the file store.
 */
@Configuration(proxyBeanMethods = false)
class LearningStorageConfiguration {

	@Bean
	LegacyFileColumn libraryFiles() {
		return new LegacyFileColumn("learning", "library", "learning.library_file", "content", "content_type");
	}

	@Bean
	LegacyFileColumn courseImageFiles() {
		return new LegacyFileColumn("learning", "course-image", "learning.course_image", "data", "content_type");
	}

	@Bean
	LegacyFileColumn scormFiles() {
		return new LegacyFileColumn("learning", "scorm", "learning.package_file", "content", "media_type");
	}

}
