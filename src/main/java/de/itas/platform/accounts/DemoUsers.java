package de.itas.platform.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;

/**
 * Creates one demo user per role (all fictional, all with the shared demo password) when demo data is
 * switched on. Idempotent: existing accounts are left as they are.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
@EnableConfigurationProperties(DemoSettings.class)
class DemoUsers implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	record DemoUser(String email, String displayName, Set<Role> roles) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin@demo.itas.local", "Ada Admin (Demo)", Set.of(Role.ADMIN)),
			new DemoUser("koordination@demo.itas.local", "Konrad Koordination (Demo)", Set.of(Role.COORDINATOR)),
			new DemoUser("berater@demo.itas.local", "Berta Beraterin (Demo)", Set.of(Role.ADVISOR)),
			new DemoUser("anbieter@demo.itas.local", "Anton Anbieter (Demo)", Set.of(Role.PROVIDER)),
			new DemoUser("unternehmen@demo.itas.local", "Ulrike Unternehmerin (Demo)",
					Set.of(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER)),
			new DemoUser("beschaeftigte@demo.itas.local", "Benno Beschäftigter (Demo)", Set.of(Role.EMPLOYEE)));

	private final Accounts accounts;
	private final DemoSettings settings;
	private final Clock clock;

	DemoUsers(Accounts accounts, DemoSettings settings, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long created = USERS.stream()
			.filter(user -> accounts.createIfAbsent(user.email(), user.displayName(), settings.password(), user.roles(),
					clock.instant()))
			.count();
		if (created > 0) {
			log.info("Created {} demo users (password as configured in platform.demo.password)", created);
		}
	}

}
