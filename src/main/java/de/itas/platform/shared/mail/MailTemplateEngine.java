package de.itas.platform.shared.mail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A Thymeleaf engine in text mode for {@code templates/mail/**.txt}, with the platform's messages. */
@Component
class MailTemplateEngine {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplateEngine(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
	}

	SpringTemplateEngine engine() {
		return engine;
	}

}
