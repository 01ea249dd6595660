package de.itas.platform.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data switch and the one password shared by all demo users.
 *
 * @param enabled whether demo users are created at start (refused in the prod profile)
 * @param password the demo users' password
 */
@ConfigurationProperties("platform.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("itas-demo-2026") String password) {
}
