package de.itas.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The organiser's programme and registration questions of an event: agenda items within the event's time,
 * and at most {@link #MAX_QUESTIONS} own questions, which are locked once a registration has answered them.
 * The caller checks that the person organises the event.
 */
@Service
public class EventProgramme {

	public static final int MAX_QUESTIONS = 10;

	private final JdbcClient jdbc;

	EventProgramme(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An agenda item as typed: the day (ISO date), start and end time (HH:mm, Europe/Berlin). */
	public record ItemInput(String day, String startTime, String endTime, String title, String speakers, String room) {
	}

	/** A question as typed: {@code choices} one per line for a choice question. */
	public record QuestionInput(String label, @Nullable String kind, String choices, boolean required) {
	}

	// ---- agenda

	/** Adds an agenda item. @throws FieldProblems when the input is refused */
	@Transactional
	public void addItem(EventView event, ItemInput input) {
		Checked item = check(event, input);
		jdbc.sql("""
				INSERT INTO events.agenda_item (event_id, starts_at, ends_at, title, speakers, room)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(event.id(), Timestamp.from(item.startsAt()), item.endsAt() == null ? null : Timestamp.from(item.endsAt()),
					input.title().strip(), input.speakers().strip(), input.room().strip())
			.update();
	}

	/** Changes an agenda item of the event. @return false when the event has no such item */
	@Transactional
	public boolean editItem(EventView event, long itemId, ItemInput input) {
		Checked item = check(event, input);
		return jdbc.sql("""
				UPDATE events.agenda_item SET starts_at = ?, ends_at = ?, title = ?, speakers = ?, room = ?
				WHERE id = ? AND event_id = ?""")
			.params(Timestamp.from(item.startsAt()), item.endsAt() == null ? null : Timestamp.from(item.endsAt()),
					input.title().strip(), input.speakers().strip(), input.room().strip(), itemId, event.id())
			.update() == 1;
	}

	@Transactional
	public boolean removeItem(EventView event, long itemId) {
		return jdbc.sql("DELETE FROM events.agenda_item WHERE id = ? AND event_id = ?").params(itemId, event.id()).update() == 1;
	}

	private record Checked(Instant startsAt, @Nullable Instant endsAt) {
	}

	private static Checked check(EventView event, ItemInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.title().isBlank()) {
			problems.add(FieldProblem.of("title", "events.organiser.agenda.error.title"));
		}
		else if (input.title().strip().length() > 200) {
			problems.add(FieldProblem.of("title", "events.error.too-long", 200));
		}
		if (input.speakers().strip().length() > 300) {
			problems.add(FieldProblem.of("speakers", "events.error.too-long", 300));
		}
		if (input.room().strip().length() > 100) {
			problems.add(FieldProblem.of("room", "events.error.too-long", 100));
		}
		LocalDate day = null;
		try {
			day = LocalDate.parse(input.day().strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of("day", "events.organiser.error.date"));
		}
		LocalTime start = time(input.startTime(), "startTime", true, problems);
		LocalTime end = time(input.endTime(), "endTime", false, problems);
		Instant startsAt = null;
		Instant endsAt = null;
		if (day != null && start != null) {
			startsAt = day.atTime(start).atZone(EventStore.BERLIN).toInstant();
			if (startsAt.isBefore(event.startsAt()) || !startsAt.isBefore(event.endsAt())) {
				problems.add(FieldProblem.of("startTime", "events.organiser.agenda.error.outside"));
			}
			if (end != null) {
				endsAt = day.atTime(end).atZone(EventStore.BERLIN).toInstant();
				if (!endsAt.isAfter(startsAt)) {
					problems.add(FieldProblem.of("endTime", "events.organiser.agenda.error.end-before-start"));
				}
				else if (endsAt.isAfter(event.endsAt())) {
					problems.add(FieldProblem.of("endTime", "events.organiser.agenda.error.outside"));
				}
			}
		}
		FieldProblems.throwIfAny(problems);
		return new Checked(startsAt, endsAt);
	}

	private static @Nullable LocalTime time(String typed, String field, boolean required, List<FieldProblem> problems) {
		if (typed.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "events.organiser.error.time"));
			}
			return null;
		}
		try {
			return LocalTime.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "events.organiser.error.time"));
			return null;
		}
	}

	// ---- questions

	/** Whether any registration has answered the event's questions: then they can no longer change. */
	public boolean questionsLocked(UUID eventId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM events.answer a JOIN events.question q ON q.id = a.question_id
				  WHERE q.event_id = ?)""")
			.param(eventId)
			.query(Boolean.class)
			.single();
	}

	/** Adds a question at the end. @throws FieldProblems when refused (also when locked or at the limit) */
	@Transactional
	public void addQuestion(EventView event, QuestionInput input) {
		jdbc.sql("SELECT id FROM events.event WHERE id = ? FOR UPDATE").param(event.id()).query(UUID.class).single();
		if (questionsLocked(event.id())) {
			throw new FieldProblems(FieldProblem.ofForm("events.organiser.questions.error.locked"));
		}
		int count = jdbc.sql("SELECT count(*) FROM events.question WHERE event_id = ?").param(event.id())
			.query(Integer.class).single();
		if (count >= MAX_QUESTIONS) {
			throw new FieldProblems(FieldProblem.ofForm("events.organiser.questions.error.too-many", MAX_QUESTIONS));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (input.label().isBlank()) {
			problems.add(FieldProblem.of("label", "events.organiser.questions.error.label"));
		}
		else if (input.label().strip().length() > 200) {
			problems.add(FieldProblem.of("label", "events.error.too-long", 200));
		}
		RegistrationQuestion.Kind kind = null;
		try {
			kind = input.kind() == null ? null : RegistrationQuestion.Kind.valueOf(input.kind());
		}
		catch (IllegalArgumentException ex) {
			kind = null;
		}
		if (kind == null) {
			problems.add(FieldProblem.of("kind", "events.organiser.questions.error.kind"));
		}
		List<String> choices = input.choices().lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
		if (kind == RegistrationQuestion.Kind.CHOICE && choices.size() < 2) {
			problems.add(FieldProblem.of("choices", "events.organiser.questions.error.choices"));
		}
		else if (kind == RegistrationQuestion.Kind.CHOICE && (choices.size() > 20 || choices.stream().anyMatch(c -> c.length() > 200))) {
			problems.add(FieldProblem.of("choices", "events.organiser.questions.error.choices-limit", 20, 200));
		}
		FieldProblems.throwIfAny(problems);
		int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM events.question WHERE event_id = ?")
			.param(event.id()).query(Integer.class).single();
		jdbc.sql("INSERT INTO events.question (event_id, position, label, kind, choices, required) VALUES (?, ?, ?, ?, ?, ?)")
			.params(event.id(), position, input.label().strip(), kind.name(),
					kind == RegistrationQuestion.Kind.CHOICE ? String.join("\n", choices) : "", input.required())
			.update();
	}

	/** Removes a question. @throws FieldProblems when the questions are locked */
	@Transactional
	public boolean removeQuestion(EventView event, long questionId) {
		if (questionsLocked(event.id())) {
			throw new FieldProblems(FieldProblem.ofForm("events.organiser.questions.error.locked"));
		}
		return jdbc.sql("DELETE FROM events.question WHERE id = ? AND event_id = ?").params(questionId, event.id())
			.update() == 1;
	}

}
