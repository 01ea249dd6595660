package de.itas.platform.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pages for everyone.
 *
 * @param signLanguageVideoUrl the address of the video in German Sign Language about the platform; empty
 *     (the default) while there is none, and the page says so
 */
@ConfigurationProperties("platform.portal.pages")
public record PortalPagesSettings(@DefaultValue("") String signLanguageVideoUrl) {

	public boolean hasSignLanguageVideo() {
		return !signLanguageVideoUrl.isBlank();
	}

}
