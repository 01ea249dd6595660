package de.itas.platform.helpdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help desk's figures for governance (and the later indicator dashboard): inquiries, first-response
 * time, closed cases by outcome and appointments held, per period, district, topic or partner. Counts only,
 * nothing about persons.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskFigures {

	/** What the figures are grouped by. */
	public enum Dimension {
		MONTH, DISTRICT, TOPIC, PARTNER
	}

	private final CaseRepository cases;
	private final JdbcClient jdbc;
	private final Clock clock;

	HelpdeskFigures(CaseRepository cases, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Held(Instant start, @Nullable String topic, @Nullable String district, @Nullable String partner) {
	}

	/** Figures for inquiries submitted and appointments held from {@code from} to {@code to} (both inclusive, Saxon time). */
	public List<FigureRow> figures(LocalDate from, LocalDate to, Dimension by) {
		Instant start = from.atStartOfDay(SaxonWorkingDays.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(SaxonWorkingDays.ZONE).toInstant();
		Instant now = clock.instant();
		List<Inquiry> inquiries = cases.all()
			.stream()
			.filter(row -> !row.submittedAt().isBefore(start) && row.submittedAt().isBefore(end))
			.toList();
		List<Held> held = jdbc.sql("""
				SELECT s.starts_at, i.topic, i.district_code, t.partner_code FROM helpdesk.slot s
				JOIN helpdesk.team t ON t.code = s.team_code LEFT JOIN helpdesk.inquiry i ON i.id = s.inquiry_id
				WHERE s.booked_at IS NOT NULL AND s.starts_at >= ? AND s.starts_at < ? AND s.starts_at < ?""")
			.params(CaseRepository.ts(start), CaseRepository.ts(end), CaseRepository.ts(now))
			.query((rs, n) -> new Held(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		Function<Inquiry, String> inquiryKey = switch (by) {
			case MONTH -> row -> YearMonth.from(row.submittedAt().atZone(SaxonWorkingDays.ZONE)).toString();
			case DISTRICT -> Inquiry::districtCode;
			case TOPIC -> row -> row.topic().name();
			case PARTNER -> row -> row.partnerCode() == null ? "-" : row.partnerCode();
		};
		Function<Held, String> heldKey = switch (by) {
			case MONTH -> h -> YearMonth.from(h.start().atZone(SaxonWorkingDays.ZONE)).toString();
			case DISTRICT -> h -> h.district() == null ? "-" : h.district();
			case TOPIC -> h -> h.topic() == null ? "-" : h.topic();
			case PARTNER -> h -> h.partner() == null ? "-" : h.partner();
		};
		TreeSet<String> keys = new TreeSet<>();
		inquiries.forEach(row -> keys.add(inquiryKey.apply(row)));
		held.forEach(h -> keys.add(heldKey.apply(h)));
		Map<String, FigureRow> rows = new TreeMap<>();
		for (String key : keys) {
			List<Inquiry> mine = inquiries.stream().filter(row -> key.equals(inquiryKey.apply(row))).toList();
			List<Inquiry> answered = mine.stream().filter(row -> row.firstResponseAt() != null).toList();
			Double average = answered.isEmpty() ? null
					: answered.stream()
						.mapToDouble(row -> Duration.between(row.submittedAt(), row.firstResponseAt()).toMinutes() / 60.0)
						.average()
						.orElse(0);
			Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
			for (Outcome outcome : Outcome.values()) {
				outcomes.put(outcome, mine.stream()
					.filter(row -> row.status() == CaseStatus.CLOSED && row.outcome() == outcome)
					.count());
			}
			long appointments = held.stream().filter(h -> key.equals(heldKey.apply(h))).count();
			rows.put(key, new FigureRow(key, mine.size(), answered.size(),
					average == null ? null : Math.round(average * 10) / 10.0, outcomes, appointments));
		}
		return new ArrayList<>(rows.values());
	}

}
