package de.itas.platform.shared.notifications;

import java.util.List;

/**
 * The kinds of notification a module sends. Every module that notifies people registers one bean; the
 * kernel collects them (and refuses a notification of an undeclared kind) without knowing the modules.
 */
public interface NotificationKinds {

	List<NotificationKind> kinds();

}
