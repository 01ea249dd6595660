package de.itas.platform.portal;

import java.util.Locale;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The pages' settings and the OpenAPI description of the JSON API under {@code /api/v1} (springdoc): German
 * title and description, and each operation grouped under a German tag named after the first segment of its
 * path (messages {@code portal.api.tag.SEGMENT}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalPagesSettings.class)
class PortalPagesConfiguration {

	@Bean
	OpenAPI platformOpenApi(MessageSource messages) {
		return new OpenAPI().info(new Info().title(messages.getMessage("portal.api.title", null, Locale.GERMAN))
			.description(messages.getMessage("portal.api.description", null, Locale.GERMAN))
			.version("v1"));
	}

	@Bean
	OpenApiCustomizer germanApiTags(MessageSource messages) {
		return openApi -> ApiDocumentation.tagByPath(openApi, messages);
	}

}
