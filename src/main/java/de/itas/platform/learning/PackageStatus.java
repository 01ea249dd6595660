package de.itas.platform.learning;

/** A package is a draft (seen by its organisation and coordination) until it is published for all learners. */
public enum PackageStatus {
	DRAFT, PUBLISHED
}
