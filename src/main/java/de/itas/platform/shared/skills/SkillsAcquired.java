package de.itas.platform.shared.skills;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person acquired skills and agreed that they join their skill profile (published only with that consent).
 *
 * @param person the account
 * @param skillUris ESCO skill URIs
 * @param source what taught them, as a stable reference, e.g. {@code learning.course:<id>}
 * @param sourceTitle the name a person recognises, e.g. the course title
 * @param at when the person acquired them
 */
public record SkillsAcquired(UUID person, List<String> skillUris, String source, String sourceTitle, Instant at) {

	public SkillsAcquired {
		skillUris = List.copyOf(skillUris);
	}

}
