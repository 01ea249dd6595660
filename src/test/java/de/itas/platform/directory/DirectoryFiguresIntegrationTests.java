package de.itas.platform.directory;

import static de.itas.platform.directory.DirectoryTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.figures.Counted;
import de.itas.platform.shared.figures.FigureCells;
import de.itas.platform.shared.figures.FigureCells.Cell;
import de.itas.platform.shared.figures.FigureDefinition;
import de.itas.platform.shared.figures.Figures;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The directory's figure equals a count made directly in the database, per month (Berlin time) and district,
 * over the demo profiles and profiles filled in here through the service: a profile counts in the month it
 * was first filled in, not again when it is changed, and an empty profile not at all. One publication is
 * moved with SQL to the first minutes of a month in Berlin (a test cannot wait for a month to pass).
 */
@PlatformTest
class DirectoryFiguresIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Figures figures;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	CompanyProfileRepository repository;

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theModulePublishesItsFigure() {
		assertThat(figures.definitions()).filteredOn(definition -> definition.module().equals("directory"))
			.extracting(FigureDefinition::key, FigureDefinition::counted)
			.containsExactly(tuple("directory.profiles-published", Counted.COMPANIES));
	}

	@Test
	void profilesPublishedEqualADirectCountPerMonthAndDistrict() {
		YearMonth now = YearMonth.now(clock.withZone(BERLIN));
		YearMonth from = now.minusMonths(14);
		YearMonth to = now.plusMonths(1);
		YearMonth earlier = now.minusMonths(2);
		Map<Cell, Long> before = cells(from, to);

		String token = DirectoryFixtures.token();
		UUID moved = company("Kennzahlwerk " + token + " GmbH (fiktiv)", "zwickau");
		UUID mountains = company("Bergwerk " + token + " GmbH (fiktiv)", "erzgebirgskreis");
		UUID empty = fixtures.emptyCompany("Leerwerk " + token + " GmbH (fiktiv)");
		PlatformUser admin = memberships.member("fig-" + token + "@test.itas.local", moved, Role.COMPANY_ADMIN);
		publish(admin, moved, "zwickau");
		publish(memberships.member("fig-berg-" + token + "@test.itas.local", mountains, Role.COMPANY_ADMIN), mountains,
				"erzgebirgskreis");
		// the Zwickau profile was first filled in at 00:30 on the first of the month before last, Berlin time
		// (still the last day of the month before in UTC) ...
		jdbc.sql("UPDATE directory.company_profile SET published_at = :at WHERE organisation_id = :id")
			.param("at", Timestamp.from(earlier.atDay(1).atTime(0, 30).atZone(BERLIN).toInstant()))
			.param("id", moved)
			.update();
		// ... and is changed now: it stays published in that month
		publish(admin, moved, "zwickau");
		assertThat(repository.findById(empty).orElseThrow().filledIn()).isFalse();

		Map<Cell, Long> direct = FigureCells.direct(jdbc, """
				SELECT district_code, count(*) FROM directory.company_profile
				WHERE published_at >= :start AND published_at < :end GROUP BY district_code""", from, to, clock.instant());
		Map<Cell, Long> after = cells(from, to);
		assertThat(after).isEqualTo(direct);
		assertThat(FigureCells.change(before, after)).containsOnly(Map.entry(new Cell(earlier, "zwickau"), 1L),
				Map.entry(new Cell(now, "erzgebirgskreis"), 1L));
		// the demo profiles, filled in at the first start, lie in several districts
		assertThat(after.keySet().stream().map(Cell::district).distinct()).hasSizeGreaterThan(2);
	}

	private UUID company(String name, String district) {
		UUID id = organisations.ensure(name, OrganisationKind.COMPANY, district, null).id();
		fixtures.awaitRegistrationHandled(id);
		return id;
	}

	private void publish(PlatformUser admin, UUID company, String district) {
		long version = repository.findById(company).orElseThrow().version();
		as(admin, () -> profiles.change(company, version, DirectoryUnitTests.valid()
			.name(repository.findById(company).orElseThrow().name())
			.district(district)
			.build()));
	}

	private Map<Cell, Long> cells(YearMonth from, YearMonth to) {
		return FigureCells.of(figures.values(DirectoryFigureSource.PUBLISHED, from, to));
	}

}
