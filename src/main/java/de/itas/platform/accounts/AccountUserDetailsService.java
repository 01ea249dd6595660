package de.itas.platform.accounts;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.PlatformUserSource;
import de.itas.platform.shared.security.Role;

/** Looks up accounts by e-mail address for the form login. */
@Service
class AccountUserDetailsService implements UserDetailsService, PlatformUserSource {

	private final UserAccountRepository accounts;
	private final MembershipRepository memberships;

	AccountUserDetailsService(UserAccountRepository accounts, MembershipRepository memberships) {
		this.accounts = accounts;
		this.memberships = memberships;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(UserAccount.normalise(username))
			.map(this::toPlatformUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	/** The current state of a signed-in person, so that role changes apply from the next request on. */
	@Override
	@Transactional(readOnly = true)
	public Optional<PlatformUser> reload(UUID id) {
		return accounts.findById(id).map(this::toPlatformUser).map(user -> {
			user.eraseCredentials();
			return user;
		});
	}

	private PlatformUser toPlatformUser(UserAccount account) {
		Set<Role> membershipRoles = memberships.findByKeyUserId(account.id())
			.stream()
			.map(Membership::role)
			.collect(Collectors.toSet());
		return account.toPlatformUser(membershipRoles);
	}

}
