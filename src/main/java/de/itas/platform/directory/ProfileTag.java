package de.itas.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A capability or certification of a profile, as typed and as compared. */
@Embeddable
record ProfileTag(@Enumerated(EnumType.STRING) TagKind kind, String label, @Column(name = "tag_key") String tagKey) {

	static ProfileTag of(TagKind kind, String label) {
		String normalised = Tags.normalise(label);
		return new ProfileTag(kind, normalised, Tags.key(normalised));
	}

}
