package de.itas.platform.accounts;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.web.ModuleDescriptor;
import de.itas.platform.shared.web.Tile;

/** What the accounts module adds to the shell. */
@Component
class AccountsDescriptor implements ModuleDescriptor {

	@Override
	public String module() {
		return "accounts";
	}

	@Override
	public List<Tile> tiles() {
		return List.of(new Tile("accounts.tile.account.title", "accounts.tile.account.text", "/konto", 100,
				Audience.signedIn()),
				new Tile("accounts.tile.profile.title", "accounts.tile.profile.text", "/mein-profil", 15,
						Audience.anyOf(Role.EMPLOYEE)),
				new Tile("accounts.tile.my-data.title", "accounts.tile.my-data.text", "/meine-daten", 110,
						Audience.signedIn()),
				new Tile("accounts.tile.contacts.title", "accounts.tile.contacts.text", "/beratung/personen", 20,
						Audience.anyOf(Role.ADVISOR)),
				new Tile("accounts.tile.audit.title", "accounts.tile.audit.text", "/admin/protokoll", 95,
						Audience.anyOf(Role.ADMIN)),
				new Tile("accounts.tile.outbox.title", "accounts.tile.outbox.text", "/admin/postausgang", 96,
						Audience.anyOf(Role.ADMIN)),
				new Tile("accounts.tile.members.title", "accounts.tile.members.text", "/mein-unternehmen/mitglieder", 70,
						Audience.anyOf(Role.COMPANY_ADMIN)),
				new Tile("accounts.tile.organisations.title", "accounts.tile.organisations.text", "/admin/organisationen",
						91, Audience.anyOf(Role.ADMIN)));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/registrieren", "/konto/bestaetigen", "/konto/bestaetigen/neu", "/passwort-vergessen",
				"/passwort-neu", "/konto/email-bestaetigen", "/einladung", "/einladung/konto");
	}

}
