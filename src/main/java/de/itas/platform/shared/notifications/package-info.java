/**
 * Notifications to a person: one way for every module to tell somebody that something happened on the
 * platform. A module calls {@link de.itas.platform.shared.notifications.Notifications#notify}; the entry joins
 * the person's list (the header shows the unread count) in the caller's transaction, and after the commit a
 * mail goes out as the person chose for that kind of notification: at once, in the daily or weekly digest, or
 * not at all. Modules declare their kinds ({@link de.itas.platform.shared.notifications.NotificationKinds});
 * the accounts module tells the kernel where to write ({@link de.itas.platform.shared.notifications.Recipients}).
 * Every mail carries a one-click unsubscribe link that needs no sign-in.
 */
@NullMarked
@NamedInterface("notifications")
package de.itas.platform.shared.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
