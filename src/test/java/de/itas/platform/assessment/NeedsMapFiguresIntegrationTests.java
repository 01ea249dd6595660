package de.itas.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import de.itas.platform.PlatformTest;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;

/**
 * The needs map counts in the database (issue 24); its figures must stay those of the straightforward
 * count need by need: checked against a hand count of own fixtures and against the in-memory count of all
 * open needs for every pair of dimensions and filter, suppression included; a change of the needs shows on
 * the next read although the map keeps its counts.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsMapFiguresIntegrationTests {

	@Autowired
	NeedRepository repository;

	@Autowired
	NeedsMap map;

	@Autowired
	Region region;

	private String skillA;
	private String skillB;
	private String group;
	private String district1;
	private String district2;

	@BeforeAll
	void fixtures() {
		String token = AssessmentTestSupport.token();
		skillA = "urn:test:needs-map:" + token + ":a";
		skillB = "urn:test:needs-map:" + token + ":b";
		group = "T" + token;
		List<DistrictSummary> districts = region.districts();
		district1 = districts.get(0).code();
		district2 = districts.get(1).code();
		NeedDetails.Skill a = new NeedDetails.Skill(skillA, "Kartentest A " + token);
		NeedDetails.Skill b = new NeedDetails.Skill(skillB, "Kartentest B " + token);
		// district 1: 6 companies need A (2 employees each); 2 of them also record a need for A and B (5 each)
		for (int i = 0; i < 6; i++) {
			UUID company = UUID.randomUUID();
			need(company, district1, List.of(a), 2, Horizon.IMMEDIATE, Urgency.HIGH);
			if (i < 2) {
				need(company, district1, List.of(a, b), 5, Horizon.SIX_MONTHS, Urgency.LOW);
			}
		}
		// district 2: 5 companies need A (1 employee each), one of them twice
		UUID twice = UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			need(i == 0 ? twice : UUID.randomUUID(), district2, List.of(a), 1, Horizon.ONE_TO_TWO_YEARS, Urgency.MEDIUM);
		}
		need(twice, district2, List.of(a), 1, Horizon.ONE_TO_TWO_YEARS, Urgency.MEDIUM);
		// not counted in any district: no district, a district outside the region, a closed need
		need(UUID.randomUUID(), null, List.of(a, b), 7, Horizon.IMMEDIATE, Urgency.HIGH);
		need(UUID.randomUUID(), "outside-" + token, List.of(b), 7, Horizon.IMMEDIATE, Urgency.HIGH);
		UUID closedCompany = UUID.randomUUID();
		UUID closed = need(closedCompany, district1, List.of(b), 9, Horizon.IMMEDIATE, Urgency.HIGH);
		assertThat(repository.close(closed, closedCompany)).isTrue();
	}

	private UUID need(UUID company, @Nullable String district, List<NeedDetails.Skill> skills, int employees,
			Horizon horizon, Urgency urgency) {
		UUID id = UUID.randomUUID();
		repository.insert(id, company, district, "urn:test:occupation", "Testberuf", group, "Testgruppe " + group,
				employees, skills, horizon, urgency, Set.of(TrainingFormat.IN_HOUSE), null, null, Instant.now());
		return id;
	}

	@Test
	void theCountsInTheDatabaseMatchAHandCountOfOwnFixtures() {
		List<String> districts = region.districts().stream().map(DistrictSummary::code).toList();
		NeedsMap.Dimension d = NeedsMap.Dimension.DISTRICT;
		NeedsMap.Dimension s = NeedsMap.Dimension.SKILL;
		NeedsMap.Filter none = NeedsMap.Filter.none();
		List<NeedRepository.Count> cells = repository.counts(d, s, true, true, none, districts);
		assertThat(find(cells, district1, skillA)).isEqualTo(new NeedRepository.Count(district1, skillA, 6, 8, 22));
		assertThat(find(cells, district1, skillB)).isEqualTo(new NeedRepository.Count(district1, skillB, 2, 2, 10));
		assertThat(find(cells, district2, skillA)).isEqualTo(new NeedRepository.Count(district2, skillA, 5, 6, 6));
		// column totals: a need outside the region's districts is not counted, the closed one neither
		List<NeedRepository.Count> columnTotals = repository.counts(d, s, false, true, none, districts);
		assertThat(find(columnTotals, null, skillA)).isEqualTo(new NeedRepository.Count(null, skillA, 11, 14, 28));
		assertThat(find(columnTotals, null, skillB)).isEqualTo(new NeedRepository.Count(null, skillB, 2, 2, 10));
		// by occupation group: the need for A and B counts once per district, not once per skill
		List<NeedRepository.Count> groups = repository.counts(d, NeedsMap.Dimension.OCCUPATION, true, true, none,
				districts);
		assertThat(find(groups, district1, group)).isEqualTo(new NeedRepository.Count(district1, group, 6, 8, 22));
		List<NeedRepository.Count> groupTotals = repository.counts(d, NeedsMap.Dimension.OCCUPATION, false, true,
				none, districts);
		assertThat(find(groupTotals, null, group)).isEqualTo(new NeedRepository.Count(null, group, 11, 14, 28));
		// filtered by urgency: only the two needs for A and B in district 1
		List<NeedRepository.Count> low = repository.counts(d, s, true, true, new NeedsMap.Filter(null, Urgency.LOW),
				districts);
		assertThat(find(low, district1, skillA)).isEqualTo(new NeedRepository.Count(district1, skillA, 2, 2, 10));
		assertThat(find(low, district2, skillA)).isNull();
		// on the page: fewer than five companies are never shown
		NeedsTable table = map.aggregate(d, s, none);
		int row = indexOf(table.rows(), district1);
		int column = indexOf(table.columns(), skillB);
		assertThat(table.cells().get(row).get(column).suppressed()).isTrue();
		assertThat(table.cells().get(row).get(column).companies()).isNull();
		// the skill of the needs outside the region is a column all the same (headings come from all open needs)
		assertThat(table.columns()).extracting(NeedsTable.Header::code).contains(skillA, skillB);
	}

	@Test
	void aRecordedOrClosedNeedShowsOnTheNextReadOfTheMap() {
		String token = AssessmentTestSupport.token();
		NeedDetails.Skill c = new NeedDetails.Skill("urn:test:needs-map:" + token + ":c", "Kartentest C " + token);
		NeedsMap.Filter none = NeedsMap.Filter.none();
		NeedsTable before = map.aggregate(NeedsMap.Dimension.DISTRICT, NeedsMap.Dimension.SKILL, none);
		assertThat(before.columns()).extracting(NeedsTable.Header::code).doesNotContain(c.uri());
		assertThat(map.aggregate(NeedsMap.Dimension.DISTRICT, NeedsMap.Dimension.SKILL, none)).isSameAs(before);
		List<UUID> companies = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			companies.add(UUID.randomUUID());
			ids.add(need(companies.get(i), district2, List.of(c), 3, Horizon.IMMEDIATE, Urgency.HIGH));
		}
		// Whether 5 companies are shown as a number depends on the other open needs in the database (the smallest
		// shown entry of a line may be hidden so that a hidden one cannot be recomputed), which differ with the
		// test classes run before in the same fork; the column itself is there on the next read in any case.
		NeedsTable recorded = map.aggregate(NeedsMap.Dimension.DISTRICT, NeedsMap.Dimension.SKILL, none);
		assertThat(recorded).isNotSameAs(before);
		assertThat(recorded.columns()).extracting(NeedsTable.Header::code).contains(c.uri());
		assertThat(repository.close(ids.get(0), companies.get(0))).isTrue();
		NeedsTable closed = map.aggregate(NeedsMap.Dimension.DISTRICT, NeedsMap.Dimension.SKILL, none);
		Figure total = closed.columnTotals().get(indexOf(closed.columns(), c.uri()));
		assertThat(total.suppressed()).as("4 companies are fewer than the minimum").isTrue();
		assertThat(total.companies()).isNull();
		for (int i = 1; i < 5; i++) {
			assertThat(repository.close(ids.get(i), companies.get(i))).isTrue();
		}
		NeedsTable allClosed = map.aggregate(NeedsMap.Dimension.DISTRICT, NeedsMap.Dimension.SKILL, none);
		assertThat(allClosed.columns()).extracting(NeedsTable.Header::code).doesNotContain(c.uri());
	}

	@Test
	void everyTableEqualsTheStraightforwardCountNeedByNeed() {
		List<NeedRepository.NeedRow> open = repository.openNeeds();
		List<NeedsMap.Filter> filters = new ArrayList<>();
		filters.add(NeedsMap.Filter.none());
		for (Horizon horizon : Horizon.values()) {
			filters.add(new NeedsMap.Filter(horizon, null));
		}
		for (Urgency urgency : Urgency.values()) {
			filters.add(new NeedsMap.Filter(null, urgency));
		}
		filters.add(new NeedsMap.Filter(Horizon.IMMEDIATE, Urgency.HIGH));
		int compared = 0;
		for (NeedsMap.Dimension rows : NeedsMap.Dimension.values()) {
			for (NeedsMap.Dimension columns : NeedsMap.Dimension.values()) {
				if (rows == columns) {
					continue;
				}
				for (NeedsMap.Filter filter : filters) {
					List<NeedRepository.NeedRow> selected = open.stream()
						.filter(need -> filter.horizon() == null || need.horizon() == filter.horizon())
						.filter(need -> filter.urgency() == null || need.urgency() == filter.urgency())
						.toList();
					NeedsTable counted = map.aggregate(rows, columns, filter);
					assertThat(codes(counted.rows())).as("%s × %s %s rows", rows, columns, filter)
						.isEqualTo(expectedCodes(rows, selected, counted.rows()));
					assertThat(codes(counted.columns())).as("%s × %s %s columns", rows, columns, filter)
						.isEqualTo(expectedCodes(columns, selected, counted.columns()));
					NeedsTable expected = NeedsMap.build(rows, columns, selected, counted.rows(), counted.columns());
					assertThat(counted).as("%s × %s %s", rows, columns, filter).isEqualTo(expected);
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(12 * filters.size());
	}

	/** Skill and occupation headings are the keys of the selected needs; districts and horizons are fixed. */
	private static Set<String> expectedCodes(NeedsMap.Dimension dimension, List<NeedRepository.NeedRow> selected,
			List<NeedsTable.Header> shown) {
		return switch (dimension) {
			case SKILL -> selected.stream()
				.flatMap(need -> need.skills().stream())
				.map(NeedDetails.Skill::uri)
				.collect(Collectors.toSet());
			case OCCUPATION -> selected.stream()
				.map(NeedRepository.NeedRow::occupationGroup)
				.filter(code -> code != null)
				.collect(Collectors.toSet());
			default -> codes(shown);
		};
	}

	private static Set<String> codes(List<NeedsTable.Header> headers) {
		return headers.stream().map(NeedsTable.Header::code).collect(Collectors.toSet());
	}

	private static int indexOf(List<NeedsTable.Header> headers, String code) {
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new AssertionError(code + " not among " + headers);
	}

	private static NeedRepository.@Nullable Count find(List<NeedRepository.Count> counts, @Nullable String row,
			String column) {
		return counts.stream()
			.filter(count -> java.util.Objects.equals(count.row(), row) && column.equals(count.column()))
			.findFirst()
			.orElse(null);
	}

}
