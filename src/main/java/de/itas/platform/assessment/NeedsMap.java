package de.itas.platform.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.cache.ChangeCounters;
import de.itas.platform.shared.disclosure.SmallNumbers;

/**
 * The needs map for the network: open qualification needs aggregated by district × skill, occupation group
 * or horizon, never revealing a single company ({@link SmallNumbers}). Only aggregated, suppressed figures
 * leave this class.
 */
@Service
@Transactional(readOnly = true)
public class NeedsMap {

	/** What a table's rows or columns are. */
	public enum Dimension {

		DISTRICT, SKILL, OCCUPATION, HORIZON;

		public String messageKey() {
			return "assessment.map.dimension." + name().toLowerCase(Locale.ROOT);
		}

		public static Dimension parse(String value) {
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "district" -> DISTRICT;
				case "skill" -> SKILL;
				case "occupation", "occupation-group" -> OCCUPATION;
				case "horizon" -> HORIZON;
				default -> throw new IllegalArgumentException("Unknown dimension " + value);
			};
		}

	}

	/** Restricts the needs counted: by horizon and urgency (null: all). */
	public record Filter(@Nullable Horizon horizon, @Nullable Urgency urgency) {

		public static Filter none() {
			return new Filter(null, null);
		}

	}

	/** The change counter of open needs, raised by every insert or status change of a need. */
	static final String COUNTER = "assessment.needs";

	private final NeedRepository needs;
	private final AssessmentAccess access;
	private final Region region;
	private final ChangeCounters counters;

	/**
	 * Tables already counted, per request shape (at most 12 dimension pairs × 16 filters), with the needs
	 * counter and district list they were counted for: the map is read far more often than needs change.
	 */
	private final Map<Shape, Counted> counted = new ConcurrentHashMap<>();

	private record Shape(Dimension rows, Dimension columns, Filter filter) {
	}

	private record Counted(long version, List<DistrictSummary> districts, NeedsTable table) {
	}

	NeedsMap(NeedRepository needs, AssessmentAccess access, Region region, ChangeCounters counters) {
		this.needs = needs;
		this.access = access;
		this.region = region;
		this.counters = counters;
	}

	/** The table for advisors, coordination and admins (checked). */
	public NeedsTable table(Dimension rows, Dimension columns, Filter filter) {
		access.requireRegion();
		return aggregate(rows, columns, filter);
	}

	/**
	 * The table without a person check: it holds aggregated and suppressed figures only (public API). The
	 * figures are counted in the database (four grouped queries: entries, row totals, column totals, grand
	 * total), so the cost follows the size of the table, not the number of needs.
	 */
	public NeedsTable aggregate(Dimension rows, Dimension columns, Filter filter) {
		if (rows == columns) {
			throw new IllegalArgumentException("Rows and columns must differ");
		}
		// the counter is read before the data, so a change committed meanwhile is counted again next time
		long version = counters.version(COUNTER);
		List<DistrictSummary> districtList = region.districts();
		Shape shape = new Shape(rows, columns, filter);
		Counted known = counted.get(shape);
		if (known != null && known.version() == version && known.districts() == districtList) {
			return known.table();
		}
		NeedsTable table = count(rows, columns, filter);
		counted.put(shape, new Counted(version, districtList, table));
		return table;
	}

	private NeedsTable count(Dimension rows, Dimension columns, Filter filter) {
		List<NeedsTable.Header> rowHeaders = headers(rows, filter);
		List<NeedsTable.Header> columnHeaders = headers(columns, filter);
		List<String> districts = region.districts().stream().map(DistrictSummary::code).toList();
		int r = rowHeaders.size();
		int c = columnHeaders.size();
		Map<String, Integer> rowIndex = index(rowHeaders);
		Map<String, Integer> columnIndex = index(columnHeaders);
		int[][] companies = new int[r + 1][c + 1];
		int[][] needCount = new int[r + 1][c + 1];
		int[][] employees = new int[r + 1][c + 1];
		for (boolean byRow : new boolean[] { true, false }) {
			for (boolean byColumn : new boolean[] { true, false }) {
				for (NeedRepository.Count count : needs.counts(rows, columns, byRow, byColumn, filter, districts)) {
					Integer i = byRow ? rowIndex.get(count.row()) : Integer.valueOf(r);
					Integer j = byColumn ? columnIndex.get(count.column()) : Integer.valueOf(c);
					if (i != null && j != null) {
						companies[i][j] = count.companies();
						needCount[i][j] = count.needs();
						employees[i][j] = count.employees();
					}
				}
			}
		}
		return figures(rows, columns, rowHeaders, columnHeaders, companies, needCount, employees);
	}

	/**
	 * Aggregates need by need in memory and suppresses: the straightforward count that {@link #aggregate}
	 * must match; package-private so that tests can feed rows directly.
	 */
	static NeedsTable build(Dimension rowDimension, Dimension columnDimension, List<NeedRepository.NeedRow> selected,
			List<NeedsTable.Header> rows, List<NeedsTable.Header> columns) {
		int r = rows.size();
		int c = columns.size();
		Map<String, Integer> rowIndex = index(rows);
		Map<String, Integer> columnIndex = index(columns);
		List<List<Set<UUID>>> companies = new ArrayList<>();
		int[][] needCount = new int[r + 1][c + 1];
		int[][] employees = new int[r + 1][c + 1];
		for (int i = 0; i <= r; i++) {
			List<Set<UUID>> line = new ArrayList<>();
			for (int j = 0; j <= c; j++) {
				line.add(new HashSet<>());
			}
			companies.add(line);
		}
		for (NeedRepository.NeedRow need : selected) {
			Set<Integer> needRows = positions(keys(rowDimension, need), rowIndex);
			Set<Integer> needColumns = positions(keys(columnDimension, need), columnIndex);
			for (int i : needRows) {
				for (int j : needColumns) {
					add(companies, needCount, employees, i, j, need);
				}
				if (!needColumns.isEmpty()) {
					add(companies, needCount, employees, i, c, need);
				}
			}
			if (!needRows.isEmpty()) {
				for (int j : needColumns) {
					add(companies, needCount, employees, r, j, need);
				}
				if (!needColumns.isEmpty()) {
					add(companies, needCount, employees, r, c, need);
				}
			}
		}
		int[][] distinct = new int[r + 1][c + 1];
		for (int i = 0; i <= r; i++) {
			for (int j = 0; j <= c; j++) {
				distinct[i][j] = companies.get(i).get(j).size();
			}
		}
		return figures(rowDimension, columnDimension, rows, columns, distinct, needCount, employees);
	}

	/** Suppresses and builds the table from the counts (margins in the last row and column). */
	private static NeedsTable figures(Dimension rowDimension, Dimension columnDimension, List<NeedsTable.Header> rows,
			List<NeedsTable.Header> columns, int[][] companies, int[][] needCount, int[][] employees) {
		int r = rows.size();
		int c = columns.size();
		int[][] counts = new int[r + 1][c + 1];
		int max = 0;
		for (int i = 0; i <= r; i++) {
			for (int j = 0; j <= c; j++) {
				counts[i][j] = companies[i][j];
				if (i < r && j < c) {
					max = Math.max(max, counts[i][j]);
				}
			}
		}
		boolean[][] hidden = SmallNumbers.suppress(counts);
		int suppressed = 0;
		Figure[][] figures = new Figure[r + 1][c + 1];
		for (int i = 0; i <= r; i++) {
			for (int j = 0; j <= c; j++) {
				if (hidden[i][j]) {
					figures[i][j] = Figure.hidden();
					suppressed++;
				}
				else {
					figures[i][j] = new Figure(counts[i][j], needCount[i][j], employees[i][j], false,
							level(counts[i][j], max));
				}
			}
		}
		List<List<Figure>> cells = new ArrayList<>();
		List<Figure> rowTotals = new ArrayList<>();
		for (int i = 0; i < r; i++) {
			cells.add(List.of(figures[i]).subList(0, c));
			rowTotals.add(figures[i][c]);
		}
		List<Figure> columnTotals = new ArrayList<>();
		for (int j = 0; j < c; j++) {
			columnTotals.add(figures[r][j]);
		}
		return new NeedsTable(rowDimension, columnDimension, rows, columns, cells, rowTotals, columnTotals,
				figures[r][c], suppressed);
	}

	/** 0 for an empty cell, otherwise 1–4 by the share of the largest inner cell. */
	static int level(int companies, int max) {
		if (companies == 0 || max == 0) {
			return 0;
		}
		return Math.max(1, (int) Math.ceil(4.0 * companies / max));
	}

	private static void add(List<List<Set<UUID>>> companies, int[][] needCount, int[][] employees, int i, int j,
			NeedRepository.NeedRow need) {
		companies.get(i).get(j).add(need.organisationId());
		needCount[i][j]++;
		employees[i][j] += need.employeesAffected();
	}

	private static Set<Integer> positions(List<String> keys, Map<String, Integer> index) {
		Set<Integer> result = new HashSet<>();
		for (String key : keys) {
			Integer position = index.get(key);
			if (position != null) {
				result.add(position);
			}
		}
		return result;
	}

	private static Map<String, Integer> index(List<NeedsTable.Header> headers) {
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			index.put(headers.get(i).code(), i);
		}
		return index;
	}

	/** The keys under which a need is counted in a dimension (a need counts once for each of its skills). */
	static List<String> keys(Dimension dimension, NeedRepository.NeedRow need) {
		return switch (dimension) {
			case DISTRICT -> List.of(need.districtCode() == null ? "" : need.districtCode());
			case SKILL -> need.skills().stream().map(NeedDetails.Skill::uri).toList();
			case OCCUPATION -> List.of(need.occupationGroup() == null ? "" : need.occupationGroup());
			case HORIZON -> List.of(need.horizon().name());
		};
	}

	private List<NeedsTable.Header> headers(Dimension dimension, Filter filter) {
		return switch (dimension) {
			case DISTRICT -> {
				List<NeedsTable.Header> headers = new ArrayList<>();
				for (DistrictSummary district : region.districts()) {
					headers.add(new NeedsTable.Header(district.code(), district.name(), null));
				}
				yield headers;
			}
			case HORIZON -> java.util.Arrays.stream(Horizon.values())
				.map(horizon -> new NeedsTable.Header(horizon.name(), null, horizon.messageKey()))
				.toList();
			case SKILL -> sorted(needs.openSkillKeys(filter));
			case OCCUPATION -> sorted(needs.openOccupationGroupKeys(filter));
		};
	}

	/** Headings by label as the page lists them (code as the label where none is known). */
	private static List<NeedsTable.Header> sorted(List<NeedRepository.Key> keys) {
		return keys.stream()
			.map(key -> new NeedsTable.Header(key.code(), key.label() == null ? key.code() : key.label(), null))
			.sorted(Comparator.comparing((NeedsTable.Header header) -> String.valueOf(header.label()).toLowerCase(Locale.GERMAN))
				.thenComparing(NeedsTable.Header::code))
			.toList();
	}

}
