package de.itas.platform.accounts;

import java.util.List;

import org.springframework.stereotype.Component;

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
				Audience.signedIn()));
	}

	@Override
	public List<String> publicPaths() {
		return List.of("/registrieren", "/konto/bestaetigen", "/konto/bestaetigen/neu", "/passwort-vergessen",
				"/passwort-neu", "/konto/email-bestaetigen", "/einladung");
	}

}
