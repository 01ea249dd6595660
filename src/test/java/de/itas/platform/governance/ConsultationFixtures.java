package de.itas.platform.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Charter versions for the consultation's tests, each with a number of its own so that tests sharing the
 * application context do not meet. Uses the charter's package-private import methods where a test needs a state
 * the public workflow reaches only through other steps (a period in the past, a successor of an open version).
 */
@Component
class ConsultationFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));

	private final Charter charter;
	private final Clock clock;

	ConsultationFixtures(Charter charter, Clock clock) {
		this.charter = charter;
		this.clock = clock;
	}

	record Opened(VersionSummary version, SectionView section, String anchor) {
	}

	static String number() {
		int n = NEXT.incrementAndGet();
		return (500 + n % 499) + "." + (n / 499);
	}

	/** A version in consultation with one section, open from yesterday for a month. */
	Opened open(String heading, String body) {
		VersionSummary version = charter.createFirstVersion(number(), "Testcharta", Phase.DRAFTING);
		SectionView section = charter.addSection(version.id(), null, heading, body, null, UUID.randomUUID());
		Instant now = clock.instant();
		charter.startConsultation(version.id(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
		return new Opened(charter.version(version.id()).orElseThrow(), section,
				charter.anchors().get(section.sectionId()));
	}

	/** Sets the version's consultation period (and puts it in consultation). */
	void period(VersionSummary version, Instant from, Instant to) {
		charter.setState(version.id(), VersionStatus.CONSULTATION, from, to, null);
	}

	/** Marks a version superseded (without touching the version in force, which other tests may rely on). */
	void supersede(VersionSummary version) {
		charter.setState(version.id(), VersionStatus.SUPERSEDED, version.consultationFrom(), clock.instant(),
				java.time.LocalDate.now(clock));
	}

	/** A successor of a version, in consultation, that carries the given section on and adds one split off it. */
	Opened successor(VersionSummary base, SectionView section, String splitHeading) {
		UUID id = charter.insertVersionForImport(number(), "Nachfolger", Phase.CONSOLIDATION, base.id());
		charter.insertText(id, section.sectionId(), null, section.heading(), section.body(), null);
		String anchor = "abgespalten-" + UUID.randomUUID().toString().substring(0, 8);
		UUID split = charter.sectionFor(anchor, id);
		charter.insertText(id, split, null, splitHeading, "Abgespaltener Text.", null);
		charter.addLineage(id, split, section.sectionId());
		Instant now = clock.instant();
		period(charter.version(id).orElseThrow(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
		VersionSummary version = charter.version(id).orElseThrow();
		return new Opened(version, charter.section(id, split).orElseThrow(), anchor);
	}

}
