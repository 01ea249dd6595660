package de.itas.platform.governance;

/** What the coordination decides on and what the provenance graph links: a node kind of the graph. */
public enum ContributionKind {

	/** A change proposal in a consultation. */
	PROPOSAL,
	/** An input at a future forum (online or from a paper card). */
	INPUT,
	/** A topic that groups similar forum inputs. */
	TOPIC,
	/** A survey result the coordination named as a reason (only as the source of a link). */
	SURVEY,
	/** A section of a charter version (only as the target of a link). */
	SECTION

}
