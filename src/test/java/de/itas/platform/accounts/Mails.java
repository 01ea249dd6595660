package de.itas.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.itas.platform.shared.mail.Outbox;

/** Reads mails from the local outbox in tests, as a person reads their inbox. */
public final class Mails {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private Mails() {
	}

	public static List<Outbox.StoredMail> to(Outbox outbox, String email) {
		return outbox.list(0, 500).stream().filter(mail -> mail.to().equalsIgnoreCase(email)).toList();
	}

	/** The only mail to the address. */
	public static Outbox.StoredMail single(Outbox outbox, String email) {
		List<Outbox.StoredMail> mails = to(outbox, email);
		assertThat(mails).as("mails to %s", email).hasSize(1);
		return mails.get(0);
	}

	/** The first link in the mail, as a path with query. */
	public static String link(Outbox.StoredMail mail) {
		Matcher matcher = LINK.matcher(mail.text());
		assertThat(matcher.find()).as("link in %s", mail.text()).isTrue();
		return matcher.group().replaceFirst("^https?://[^/]+", "");
	}

	public static String token(Outbox.StoredMail mail) {
		String link = link(mail);
		String token = link.substring(link.indexOf("token=") + "token=".length());
		return token.contains("&") ? token.substring(0, token.indexOf('&')) : token;
	}

}
