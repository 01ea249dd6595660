package de.itas.platform.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.region.Region;
import de.itas.platform.shared.figures.FigureException;
import de.itas.platform.shared.figures.Figures;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The indicator register with its rules: who edits which indicator (the action field's lead and the coordination,
 * {@link SteeringAccess}), what an indicator must say, which values may be entered (a period of the indicator's
 * kind within its life and not in the future, a value within the unit's range with the indicator's decimals, a
 * source note), the four eyes on every entered value (signed off by a second person) and the snapshots of
 * computed indicators (a module that cannot deliver makes the computation fail visibly, never a zero). Every user
 * action is one transaction: refused input saves nothing.
 */
@Component
public class Indicators {

	/** Keys: lower-case letters and digits in words joined by hyphens. */
	static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Keys that would collide with the addresses of the register's pages. */
	static final Set<String> RESERVED = Set.of("neu", "berechnung");

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	/** A value waiting in the sign-off queue, with whether the person looking may sign it off. */
	public record QueueEntry(IndicatorView indicator, IndicatorValueView value, boolean maySignOff) {
	}

	/** The result of computing one indicator: its new snapshot or why it failed. */
	public record Computation(IndicatorView indicator, @Nullable SnapshotView snapshot, @Nullable String failedFigure,
			@Nullable String failedModule) {

		public boolean failed() {
			return snapshot == null;
		}

	}

	private final IndicatorStore store;
	private final IndicatorSnapshots snapshots;
	private final SteeringAccess access;
	private final Region region;
	private final Figures figures;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Indicators(IndicatorStore store, IndicatorSnapshots snapshots, SteeringAccess access, Region region,
			Figures figures, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.snapshots = snapshots;
		this.access = access;
		this.region = region;
		this.figures = figures;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	// ---- reading

	/** The indicators the person may see: the public ones and those of the action fields the person steers. */
	@Transactional(readOnly = true)
	public List<IndicatorView> visible(@Nullable PlatformUser user) {
		Set<String> fields = access.fields(user);
		return store.all().stream().filter(i -> i.isPublic() || fields.contains(i.actionFieldCode())).toList();
	}

	/** One indicator the person may see; unknown (404) otherwise. */
	@Transactional(readOnly = true)
	public IndicatorView visible(String key, @Nullable PlatformUser user) {
		return store.find(key)
			.filter(i -> i.isPublic() || access.edits(user, i.actionFieldCode()))
			.orElseThrow(() -> new UnknownIndicatorException(key));
	}

	/** The indicators of the action fields the person steers. */
	@Transactional(readOnly = true)
	public List<IndicatorView> editable(@Nullable PlatformUser user) {
		Set<String> fields = access.fields(user);
		return store.all().stream().filter(i -> fields.contains(i.actionFieldCode())).toList();
	}

	/** One indicator of an action field the person steers; unknown (404) otherwise. */
	@Transactional(readOnly = true)
	public IndicatorView editable(String key, @Nullable PlatformUser user) {
		return store.find(key)
			.filter(i -> access.edits(user, i.actionFieldCode()))
			.orElseThrow(() -> new UnknownIndicatorException(key));
	}

	/** The entered values of one year, by period and district (region first). */
	@Transactional(readOnly = true)
	public List<IndicatorValueView> values(IndicatorView indicator, int year) {
		return store.values(indicator.key(), Period.year(year).start(), Period.year(year).end());
	}

	/** One entered value of an indicator the person steers; unknown (404) otherwise. */
	@Transactional(readOnly = true)
	public IndicatorValueView value(IndicatorView indicator, UUID id) {
		return store.value(id)
			.filter(v -> v.indicatorKey().equals(indicator.key()))
			.orElseThrow(() -> new UnknownIndicatorException(id.toString()));
	}

	/** The snapshots of one year, newest first. */
	@Transactional(readOnly = true)
	public List<SnapshotView> snapshots(IndicatorView indicator, int year) {
		return store.snapshots(indicator.key(), year);
	}

	/** Provisional values of the fields the person steers, oldest first. */
	@Transactional(readOnly = true)
	public List<QueueEntry> queue(PlatformUser user) {
		Map<String, IndicatorView> byKey = new java.util.LinkedHashMap<>();
		editable(user).forEach(i -> byKey.put(i.key(), i));
		return store.provisional(List.copyOf(byKey.keySet()))
			.stream()
			.map(v -> new QueueEntry(byKey.get(v.indicatorKey()), v,
					access.maySignOff(user, byKey.get(v.indicatorKey()), v)))
			.toList();
	}

	// ---- register

	/** Adds an indicator to the register. */
	@Transactional
	public IndicatorView create(IndicatorDraft draft, PlatformUser user) {
		List<FieldProblem> problems = check(draft, user);
		String key = draft.key().strip();
		if (!problems.stream().anyMatch(p -> "key".equals(p.field())) && store.find(key).isPresent()) {
			problems.add(FieldProblem.of("key", "governance.indicator.error.key-taken", key));
		}
		FieldProblems.throwIfAny(problems);
		return store.insert(view(key, draft, 0));
	}

	/**
	 * Changes an indicator (all but its key) if nobody else changed it since the form was opened.
	 *
	 * @throws FieldProblems for refused input, and for a stale version (a form-wide problem)
	 */
	@Transactional
	public IndicatorView update(String key, long basedOnVersion, IndicatorDraft draft, PlatformUser user) {
		IndicatorView current = editable(key, user);
		List<FieldProblem> problems = check(draft, user);
		if (current.source() != draft.source() && draft.source() != null && hasData(current)) {
			problems.add(FieldProblem.of("source", "governance.indicator.error.source-fixed"));
		}
		FieldProblems.throwIfAny(problems);
		if (!store.update(view(key, draft, basedOnVersion))) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.stale"));
		}
		return store.find(key).orElseThrow();
	}

	private boolean hasData(IndicatorView indicator) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM governance.indicator_value WHERE indicator_key = :key)
				  OR EXISTS (SELECT 1 FROM governance.indicator_snapshot WHERE indicator_key = :key)""")
			.param("key", indicator.key())
			.query(Boolean.class)
			.single();
	}

	/** What is wrong with a draft (without the checks against the stored register), for forms that show all at once. */
	public List<FieldProblem> check(IndicatorDraft draft, PlatformUser user) {
		List<FieldProblem> problems = new ArrayList<>();
		String key = draft.key() == null ? "" : draft.key().strip();
		if (key.isEmpty()) {
			problems.add(FieldProblem.of("key", "governance.indicator.error.key-missing"));
		}
		else if (key.length() > 60 || !KEY.matcher(key).matches() || RESERVED.contains(key)) {
			problems.add(FieldProblem.of("key", "governance.indicator.error.key-form"));
		}
		required(problems, "title", draft.title(), 200);
		required(problems, "definition", draft.definition(), 10_000);
		required(problems, "unit", draft.unit(), 40);
		if (draft.decimals() < 0 || draft.decimals() > 4) {
			problems.add(FieldProblem.of("decimals", "governance.indicator.error.decimals"));
		}
		if (draft.minValue() != null && draft.maxValue() != null && draft.minValue().compareTo(draft.maxValue()) > 0) {
			problems.add(FieldProblem.of("maxValue", "governance.indicator.error.range"));
		}
		if (draft.direction() == null) {
			problems.add(FieldProblem.of("direction", "governance.indicator.error.choose"));
		}
		if (draft.counted() == null) {
			problems.add(FieldProblem.of("counted", "governance.indicator.error.choose"));
		}
		if (draft.periodKind() == null) {
			problems.add(FieldProblem.of("periodKind", "governance.indicator.error.choose"));
		}
		if (region.partner(blank(draft.responsiblePartnerCode())).isEmpty()) {
			problems.add(FieldProblem.of("responsiblePartnerCode", "governance.indicator.error.choose"));
		}
		String field = blank(draft.actionFieldCode());
		if (region.actionField(field).isEmpty()) {
			problems.add(FieldProblem.of("actionFieldCode", "governance.indicator.error.choose"));
		}
		else if (!access.edits(user, field)) {
			problems.add(FieldProblem.of("actionFieldCode", "governance.indicator.error.field-not-yours"));
		}
		if (draft.source() == null) {
			problems.add(FieldProblem.of("source", "governance.indicator.error.choose"));
		}
		else if (draft.source() == IndicatorSource.COMPUTED
				&& (draft.figureKey() == null || figures.definition(draft.figureKey()).isEmpty())) {
			problems.add(FieldProblem.of("figureKey", "governance.indicator.error.figure"));
		}
		Integer first = draft.firstYear();
		Integer last = draft.lastYear();
		if (first == null || first < FIRST_YEAR || first > LAST_YEAR) {
			problems.add(FieldProblem.of("firstYear", "governance.indicator.error.year", FIRST_YEAR, LAST_YEAR));
		}
		if (last == null || last < FIRST_YEAR || last > LAST_YEAR) {
			problems.add(FieldProblem.of("lastYear", "governance.indicator.error.year", FIRST_YEAR, LAST_YEAR));
		}
		else if (first != null && first > last) {
			problems.add(FieldProblem.of("lastYear", "governance.indicator.error.life"));
		}
		if ((draft.baselineValue() == null) != (draft.baselineYear() == null)) {
			problems.add(FieldProblem.of(draft.baselineValue() == null ? "baselineValue" : "baselineYear",
					"governance.indicator.error.baseline"));
		}
		if (draft.baselineValue() != null && !inRange(draft, draft.baselineValue())) {
			problems.add(FieldProblem.of("baselineValue", "governance.indicator.error.out-of-range",
					bound(draft.minValue()), bound(draft.maxValue())));
		}
		for (Map.Entry<Integer, BigDecimal> target : draft.targets().entrySet()) {
			if (first != null && last != null && (target.getKey() < first || target.getKey() > last)) {
				problems.add(FieldProblem.of("targets", "governance.indicator.error.target-year", target.getKey(), first,
						last));
			}
			else if (!inRange(draft, target.getValue())) {
				problems.add(FieldProblem.of("targets", "governance.indicator.error.target-range", target.getKey(),
						bound(draft.minValue()), bound(draft.maxValue())));
			}
		}
		return problems;
	}

	private static void required(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, "governance.indicator.error.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "governance.indicator.error.too-long", max));
		}
	}

	private static boolean inRange(IndicatorDraft draft, BigDecimal value) {
		return (draft.minValue() == null || value.compareTo(draft.minValue()) >= 0)
				&& (draft.maxValue() == null || value.compareTo(draft.maxValue()) <= 0);
	}

	private static String bound(@Nullable BigDecimal value) {
		return value == null ? "–" : value.stripTrailingZeros().toPlainString();
	}

	private static String blank(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static IndicatorView view(String key, IndicatorDraft draft, long version) {
		boolean computed = draft.source() == IndicatorSource.COMPUTED;
		return new IndicatorView(key, draft.title().strip(), draft.definition().strip(), draft.unit().strip(),
				draft.decimals(), draft.minValue(), draft.maxValue(), draft.direction(), draft.counted(),
				draft.baselineValue(), draft.baselineYear(), draft.responsiblePartnerCode().strip(),
				draft.actionFieldCode().strip(), draft.source(), computed ? draft.figureKey() : null,
				draft.periodKind(), draft.firstYear(), draft.lastYear(), draft.isPublic(), draft.position(), version,
				new java.util.TreeMap<>(draft.targets()));
	}

	// ---- entered values

	/**
	 * Enters a value (provisional until a second person signs it off).
	 *
	 * @param periodCode {@code 2025}, {@code 2025-Q2} or {@code 2025-03}, of the indicator's period kind
	 * @param districtCode a district, or blank for the whole region
	 */
	@Transactional
	public IndicatorValueView enter(String key, @Nullable String periodCode, @Nullable String districtCode,
			@Nullable BigDecimal value, @Nullable String sourceNote, PlatformUser user) {
		IndicatorView indicator = editable(key, user);
		List<FieldProblem> problems = new ArrayList<>();
		if (indicator.computed()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.computed"));
		}
		Period period = period(indicator, periodCode, problems);
		String district = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
		if (district != null && region.district(district).isEmpty()) {
			problems.add(FieldProblem.of("district", "governance.indicator.error.choose"));
		}
		checkValue(indicator, value, sourceNote, problems);
		if (problems.isEmpty() && store.value(key, period, district).isPresent()) {
			problems.add(FieldProblem.of("period", "governance.indicator.error.value-exists", period.code()));
		}
		FieldProblems.throwIfAny(problems);
		try {
			return store.enter(key, period, district, value, sourceNote.strip(), user.id(), user.getDisplayName());
		}
		catch (DataIntegrityViolationException raced) {
			throw new FieldProblems(FieldProblem.of("period", "governance.indicator.error.value-exists", period.code()));
		}
	}

	/** Corrects a value; it becomes provisional again and needs a new sign-off (by somebody else). */
	@Transactional
	public IndicatorValueView correct(String key, UUID id, long basedOnVersion, @Nullable BigDecimal value,
			@Nullable String sourceNote, PlatformUser user) {
		IndicatorView indicator = editable(key, user);
		value(indicator, id);
		List<FieldProblem> problems = new ArrayList<>();
		checkValue(indicator, value, sourceNote, problems);
		FieldProblems.throwIfAny(problems);
		if (!store.correct(id, basedOnVersion, value, sourceNote.strip(), user.id(), user.getDisplayName())) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.stale"));
		}
		return store.value(id).orElseThrow();
	}

	/**
	 * Signs a provisional value off: only somebody who steers the indicator's action field and did not enter the
	 * value.
	 */
	@Transactional
	public IndicatorValueView signOff(UUID id, long basedOnVersion, PlatformUser user) {
		IndicatorValueView value = store.value(id).orElseThrow(() -> new UnknownIndicatorException(id.toString()));
		IndicatorView indicator = editable(value.indicatorKey(), user);
		if (!value.provisional()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.signed-already"));
		}
		if (!access.maySignOff(user, indicator, value)) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.own-value"));
		}
		if (!store.signOff(id, basedOnVersion, user.id(), user.getDisplayName())) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.stale"));
		}
		return store.value(id).orElseThrow();
	}

	private Period period(IndicatorView indicator, @Nullable String code, List<FieldProblem> problems) {
		Period period;
		try {
			period = Period.parse(code == null ? "" : code);
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("period", "governance.indicator.error.period-form"));
			return Period.year(indicator.firstYear());
		}
		if (period.kind() != indicator.periodKind()) {
			problems.add(FieldProblem.of("period", "governance.indicator.error.period-kind."
					+ indicator.periodKind().name().toLowerCase(java.util.Locale.ROOT)));
		}
		else if (!indicator.lives(period)) {
			problems.add(FieldProblem.of("period", "governance.indicator.error.period-life", indicator.firstYear(),
					indicator.lastYear()));
		}
		else if (period.start().isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin"))))) {
			problems.add(FieldProblem.of("period", "governance.indicator.error.period-future"));
		}
		return period;
	}

	private static void checkValue(IndicatorView indicator, @Nullable BigDecimal value, @Nullable String sourceNote,
			List<FieldProblem> problems) {
		if (value == null) {
			problems.add(FieldProblem.of("value", "governance.indicator.error.required"));
		}
		else if (!indicator.inRange(value)) {
			problems.add(FieldProblem.of("value", "governance.indicator.error.out-of-range", bound(indicator.minValue()),
					bound(indicator.maxValue())));
		}
		else if (value.stripTrailingZeros().scale() > indicator.decimals()) {
			problems.add(FieldProblem.of("value", "governance.indicator.error.value-decimals", indicator.decimals()));
		}
		else if (value.abs().compareTo(new BigDecimal("999999999999")) > 0) {
			problems.add(FieldProblem.of("value", "governance.indicator.error.out-of-range", bound(indicator.minValue()),
					bound(indicator.maxValue())));
		}
		if (sourceNote == null || sourceNote.isBlank()) {
			problems.add(FieldProblem.of("sourceNote", "governance.indicator.error.required"));
		}
		else if (sourceNote.strip().length() > 500) {
			problems.add(FieldProblem.of("sourceNote", "governance.indicator.error.too-long", 500));
		}
	}

	// ---- snapshots

	/**
	 * Computes a new snapshot of one year of a computed indicator.
	 *
	 * @throws FigureException when the module cannot deliver the figure (nothing is stored)
	 * @throws FieldProblems for an entered indicator or a year outside its life
	 */
	public SnapshotView compute(String key, int year, PlatformUser user) {
		IndicatorView indicator = editable(key, user);
		if (!indicator.computed()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.entered"));
		}
		if (year < indicator.firstYear() || year > indicator.lastYear()) {
			throw new FieldProblems(FieldProblem.of("year", "governance.indicator.error.period-life",
					indicator.firstYear(), indicator.lastYear()));
		}
		return computeAs(indicator, year, user.id(), user.getDisplayName());
	}

	/** Computes one snapshot in its own transaction and records who computed it (for erasure). */
	SnapshotView computeAs(IndicatorView indicator, int year, @Nullable UUID by, String byName) {
		return transactions.execute(status -> {
			SnapshotView snapshot = snapshots.compute(indicator, year, byName);
			if (by != null) {
				jdbc.sql("UPDATE governance.indicator_snapshot SET computed_by = :by WHERE id = :id")
					.param("by", by)
					.param("id", snapshot.id())
					.update();
			}
			return snapshot;
		});
	}

	/**
	 * Computes a new snapshot of the year for every computed indicator the person steers whose life includes the
	 * year; one that fails is reported and does not stop the others.
	 */
	public List<Computation> computeAll(int year, PlatformUser user) {
		List<Computation> results = new ArrayList<>();
		for (IndicatorView indicator : editable(user)) {
			if (!indicator.computed() || year < indicator.firstYear() || year > indicator.lastYear()) {
				continue;
			}
			try {
				results.add(new Computation(indicator, computeAs(indicator, year, user.id(), user.getDisplayName()),
						null, null));
			}
			catch (FigureException ex) {
				results.add(new Computation(indicator, null, ex.key(), ex.module()));
			}
		}
		return results;
	}

	/** Signs a snapshot off: from then on it stands for its year and never changes. */
	@Transactional
	public SnapshotView signOffSnapshot(String key, UUID id, PlatformUser user) {
		IndicatorView indicator = editable(key, user);
		SnapshotView snapshot = store.snapshotById(id)
			.filter(s -> s.indicatorKey().equals(indicator.key()))
			.orElseThrow(() -> new UnknownIndicatorException(id.toString()));
		if (!store.signOffSnapshot(snapshot.id(), user.id(), user.getDisplayName())) {
			throw new FieldProblems(FieldProblem.ofForm("governance.indicator.error.signed-already"));
		}
		return store.snapshotById(id).orElseThrow();
	}

	/** The snapshot of a year that stands for it (signed off, else newest), if any. */
	@Transactional(readOnly = true)
	public Optional<SnapshotView> current(IndicatorView indicator, int year) {
		return store.current(indicator.key(), year);
	}

}
