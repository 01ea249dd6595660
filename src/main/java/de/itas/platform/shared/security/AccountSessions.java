package de.itas.platform.shared.security;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the sessions of an account (kept in PostgreSQL by Spring Session, indexed by the principal name,
 * which is the account's e-mail address) after its password, its address or its future changed: a session
 * somebody opened before — a thief, a shared computer — must not outlive that. The session of the request
 * that made the change stays. The account's known devices ({@link LoginDevices}) are forgotten as well.
 */
@Component
public class AccountSessions {

	private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;
	private final JdbcTemplate jdbc;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcTemplate jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	/**
	 * Ends every session of the account signed in as {@code principalName} except the current request's,
	 * once the surrounding transaction has committed (at once without one): a change that is rolled back
	 * signs nobody out.
	 */
	public void endOtherSessions(String principalName) {
		@Nullable String current = currentSessionId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(principalName, current);
				}
			});
		}
		else {
			end(principalName, current);
		}
	}

	private void end(String principalName, @Nullable String keep) {
		Set<String> ids = sessions.findByPrincipalName(principalName).keySet();
		int ended = 0;
		for (String id : ids) {
			if (!id.equals(keep)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} other session(s) of an account after a change of its credentials", ended);
		}
		// its known devices too: a browser that signed in before must earn the throttle's trust again
		jdbc.update("DELETE FROM login_device WHERE account = ?", principalName.trim().toLowerCase(Locale.ROOT));
	}

	private static @Nullable String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
