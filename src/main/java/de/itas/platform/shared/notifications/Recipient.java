package de.itas.platform.shared.notifications;

import java.util.Locale;

/** Where and in which language a person is written to. */
public record Recipient(String email, String name, Locale locale) {
}
