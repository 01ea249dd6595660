package de.itas.platform.accounts.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the accounts module's interceptors. */
@Configuration(proxyBeanMethods = false)
class AccountsWebConfiguration implements WebMvcConfigurer {

	private final ConsentInterceptor consent;

	AccountsWebConfiguration(ConsentInterceptor consent) {
		this.consent = consent;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(consent);
	}

}
