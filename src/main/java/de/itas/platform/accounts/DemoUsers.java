package de.itas.platform.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the demo organisations and one demo user per role (all fictional, all with the shared demo
 * password) from {@code region/<name>/demo/accounts.json} when demo data is switched on. Idempotent:
 * existing organisations, accounts and memberships are left as they are.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
@EnableConfigurationProperties(DemoSettings.class)
class DemoUsers implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	record DemoOrganisation(String name, OrganisationKind kind, @Nullable String districtCode,
			@Nullable String partnerCode) {
	}

	record DemoMembership(String organisation, Role role) {
	}

	record DemoProfile(@Nullable String districtCode, @Nullable String jobTitle, @Nullable String interests,
			@Nullable Retraining retraining, @Nullable Integer commutingRadiusKm,
			@Nullable ContactPreference contactPreference) {
	}

	record DemoUser(String email, String displayName, Set<Role> roles, List<DemoMembership> memberships,
			@Nullable DemoProfile profile, @Nullable List<String> contacted) {
	}

	record DemoFile(List<DemoOrganisation> organisations, List<DemoUser> users) {
	}

	private final Accounts accounts;
	private final Consents consents;
	private final PersonProfiles profiles;
	private final Organisations organisations;
	private final UserAccountRepository userAccounts;
	private final DemoSettings settings;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final RegionFolder region;

	DemoUsers(Accounts accounts, Consents consents, PersonProfiles profiles, Organisations organisations, UserAccountRepository userAccounts, DemoSettings settings,
			Clock clock, TransactionTemplate transactions, RegionFolder region) {
		this.accounts = accounts;
		this.consents = consents;
		this.profiles = profiles;
		this.organisations = organisations;
		this.userAccounts = userAccounts;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
		this.region = region;
	}

	@Override
	public void afterSingletonsInstantiated() {
		DemoFile demo = read();
		int created = transactions.execute(status -> {
			Map<String, OrganisationSummary> byName = new HashMap<>();
			for (DemoOrganisation organisation : demo.organisations()) {
				byName.put(organisation.name(), organisations.ensure(organisation.name(), organisation.kind(),
						organisation.districtCode(), organisation.partnerCode()));
			}
			int newUsers = 0;
			for (DemoUser user : demo.users()) {
				boolean isNew = accounts.createIfAbsent(user.email(), user.displayName(), settings.password(),
						user.roles(), clock.instant());
				UserAccount account = userAccounts.findByEmail(UserAccount.normalise(user.email())).orElseThrow();
				consents.acceptCurrent(account.id());
				for (DemoMembership membership : user.memberships()) {
					organisations.addMember(byName.get(membership.organisation()).id(), account.id(), membership.role());
				}
				if (isNew) {
					newUsers++;
					DemoProfile profile = user.profile();
					if (profile != null) {
						profiles.change(account.id(), -1, new PersonProfileDetails(profile.districtCode(),
								profile.jobTitle(), null, profile.interests(), profile.retraining(),
								profile.commutingRadiusKm(), profile.contactPreference(), null));
					}
				}
			}
			for (DemoUser user : demo.users()) {
				for (String advisor : user.contacted() == null ? List.<String>of() : user.contacted()) {
					profiles.grantAdvisorAccess(userAccounts.findByEmail(user.email()).orElseThrow().id(),
							userAccounts.findByEmail(advisor).orElseThrow().id());
				}
			}
			return newUsers;
		});
		if (created > 0) {
			log.info("Created {} demo users (password as configured in platform.demo.password)", created);
		}
	}

	private DemoFile read() {
		String path = region.path("demo/accounts.json");
		try (InputStream in = region.open("demo/accounts.json")) {
			return JsonMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read demo data " + path, ex);
		}
	}

}
