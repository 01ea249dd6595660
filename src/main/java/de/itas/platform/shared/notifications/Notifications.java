package de.itas.platform.shared.notifications;

/**
 * The one way for a module to notify a person. The entry joins the person's list in the caller's
 * transaction (and is gone if it rolls back); the mail goes out only after the commit, at once or in a
 * digest as the person chose for the kind, and a mail that fails never undoes or blocks the action.
 */
public interface Notifications {

	/**
	 * Notifies the person.
	 *
	 * @throws IllegalArgumentException for a kind no module declared
	 */
	void notify(Notification notification);

}
