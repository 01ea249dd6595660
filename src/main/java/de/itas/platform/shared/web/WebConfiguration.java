package de.itas.platform.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import de.itas.platform.shared.region.RegionFolder;

/**
 * Locale handling (German first, English second, switched with {@code ?lang=}) and the message source
 * that finds every module's bundle under {@code i18n/<module>/messages} and the region's texts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LegalSettings.class)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale GERMAN = Locale.GERMAN;

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Berlin"));
	}

	@Bean
	MessageSource messageSource(RegionFolder region) throws IOException {
		RegionalMessageSource messages = new RegionalMessageSource(region);
		messages.setBasenames(moduleBundles());
		messages.addBasenames(messages.regionBundle());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(GERMAN);
		return messages;
	}

	/** The base names of all module bundles on the class path, e.g. {@code classpath:i18n/region/messages}. */
	static String[] moduleBundles() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages.properties");
		return Arrays.stream(bundles).map(bundle -> {
			try {
				String url = bundle.getURL().toString();
				String path = url.substring(url.lastIndexOf("i18n/"));
				return "classpath:" + path.substring(0, path.length() - ".properties".length());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).distinct().sorted().toArray(String[]::new);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("itas-lang") {

			@Override
			public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				return supported(super.resolveLocale(request));
			}

			@Override
			public void setLocale(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.@org.jspecify.annotations.Nullable HttpServletResponse response,
					@org.jspecify.annotations.Nullable Locale locale) {
				super.setLocale(request, response, locale == null ? null : supported(locale));
			}

		};
		resolver.setDefaultLocale(GERMAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/** German, or English when asked for; every other language falls back to German. */
	static Locale supported(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : GERMAN;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
