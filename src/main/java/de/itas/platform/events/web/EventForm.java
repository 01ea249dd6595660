package de.itas.platform.events.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.events.EventDraft;
import de.itas.platform.events.EventRules;
import de.itas.platform.events.EventType;
import de.itas.platform.events.EventView;
import de.itas.platform.events.TargetGroup;
import de.itas.platform.shared.web.FieldProblem;

/**
 * The editor's form for an event: everything as typed (times as date and time in Europe/Berlin, the cost in
 * euro with a decimal comma), read into an {@link EventDraft} with the problems found while reading.
 */
class EventForm {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Series: none, an existing one, or a new one created with the event. */
	enum SeriesChoice {
		NONE, EXISTING, NEW
	}

	private @Nullable String type;
	private String title = "";
	private String summary = "";
	private String description = "";
	private @Nullable String organiserId;
	private String seriesChoice = SeriesChoice.NONE.name();
	private @Nullable String seriesId;
	private String newSeriesTitle = "";
	private String startsAt = "";
	private String endsAt = "";
	private String registrationUntil = "";
	private @Nullable String districtCode;
	private String venue = "";
	private String street = "";
	private String postcode = "";
	private String city = "";
	private String onsiteCapacity = "";
	private String onlineCapacity = "";
	private String onlineUrl = "";
	private String language = "de";
	private List<String> actionFields = new ArrayList<>();
	private List<String> targetGroups = new ArrayList<>();
	private boolean stepFree;
	private boolean hearingLoop;
	private boolean signLanguage;
	private String accessibilityNote = "";
	private String cost = "";
	private String costNote = "";
	private @Nullable String forumId;
	private long version;

	static EventForm of(EventView event) {
		EventForm form = new EventForm();
		form.type = event.type().name();
		form.title = event.title();
		form.summary = event.summary();
		form.description = event.description();
		form.organiserId = event.organiserId().toString();
		form.seriesChoice = (event.seriesId() == null ? SeriesChoice.NONE : SeriesChoice.EXISTING).name();
		form.seriesId = event.seriesId() == null ? null : event.seriesId().toString();
		form.startsAt = local(event.startsAt());
		form.endsAt = local(event.endsAt());
		form.registrationUntil = event.registrationUntil() == null ? "" : local(event.registrationUntil());
		form.districtCode = event.districtCode();
		form.venue = event.venue();
		form.street = event.street();
		form.postcode = event.postcode();
		form.city = event.city();
		form.onsiteCapacity = event.onsiteCapacity() == null ? "" : event.onsiteCapacity().toString();
		form.onlineCapacity = event.onlineCapacity() == null ? "" : event.onlineCapacity().toString();
		form.onlineUrl = event.onlineUrl();
		form.language = event.language();
		form.actionFields = new ArrayList<>(event.actionFields());
		form.targetGroups = new ArrayList<>(event.targetGroups().stream().map(Enum::name).toList());
		form.stepFree = event.stepFree();
		form.hearingLoop = event.hearingLoop();
		form.signLanguage = event.signLanguage();
		form.accessibilityNote = event.accessibilityNote();
		form.cost = event.costCents() == 0 ? "" : euro(event.costCents());
		form.costNote = event.costNote();
		form.forumId = event.forumId() == null ? null : event.forumId().toString();
		form.version = event.version();
		return form;
	}

	static String local(Instant instant) {
		return LocalDateTime.ofInstant(instant, BERLIN).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	/** Cents as euro with a decimal comma, e.g. 1250 → „12,50“. */
	static String euro(int cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
	}

	/** The title of a new series, or {@code null} when the form names none. */
	@Nullable String seriesToCreate() {
		return SeriesChoice.NEW.name().equals(seriesChoice) && !newSeriesTitle.isBlank() ? newSeriesTitle : null;
	}

	/**
	 * The draft the form describes; what could not be read is added to {@code problems} (and replaced by a
	 * harmless value, so that the remaining rules can still be checked).
	 */
	EventDraft draft(List<FieldProblem> problems, Clock clock) {
		EventType eventType = EventType.WORKSHOP;
		try {
			eventType = EventType.valueOf(String.valueOf(type));
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("type", "events.organiser.error.type"));
		}
		UUID organiser = uuid(organiserId);
		if (organiser == null) {
			problems.add(FieldProblem.of("organiserId", "events.organiser.error.organiser"));
			organiser = new UUID(0, 0);
		}
		UUID series = null;
		if (SeriesChoice.EXISTING.name().equals(seriesChoice)) {
			series = uuid(seriesId);
			if (series == null) {
				problems.add(FieldProblem.of("seriesId", "events.organiser.error.series"));
			}
		}
		else if (SeriesChoice.NEW.name().equals(seriesChoice) && newSeriesTitle.isBlank()) {
			problems.add(FieldProblem.of("newSeriesTitle", "events.organiser.error.series-title"));
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant start = time(startsAt, "startsAt", true, problems);
		Instant end = time(endsAt, "endsAt", true, problems);
		Instant deadline = time(registrationUntil, "registrationUntil", false, problems);
		Integer onsite = capacity(onsiteCapacity, "onsiteCapacity", problems);
		Integer online = capacity(onlineCapacity, "onlineCapacity", problems);
		int cents = 0;
		if (!cost.isBlank()) {
			try {
				BigDecimal euro = new BigDecimal(cost.strip().replace(" ", "").replace("€", "").replace(',', '.'));
				if (euro.signum() < 0 || euro.scale() > 2 || euro.compareTo(BigDecimal.valueOf(100_000)) > 0) {
					problems.add(FieldProblem.of("cost", "events.organiser.error.cost"));
				}
				else {
					cents = euro.movePointRight(2).intValueExact();
				}
			}
			catch (NumberFormatException | ArithmeticException ex) {
				problems.add(FieldProblem.of("cost", "events.organiser.error.cost"));
			}
		}
		if (!List.of("de", "en").contains(language)) {
			problems.add(FieldProblem.of("language", "events.organiser.error.language"));
		}
		List<TargetGroup> groups = new ArrayList<>();
		for (String group : targetGroups) {
			try {
				groups.add(TargetGroup.valueOf(group));
			}
			catch (IllegalArgumentException ex) {
				problems.add(FieldProblem.of("targetGroups", "events.organiser.error.target-group"));
			}
		}
		UUID forum = null;
		if (forumId != null && !forumId.isBlank()) {
			forum = uuid(forumId);
			if (forum == null) {
				problems.add(FieldProblem.of("forumId", "events.organiser.error.forum"));
			}
		}
		Instant startValue = start == null ? now : start;
		return new EventDraft(eventType, title, summary, description, organiser, series, startValue,
				end == null ? startValue.plusSeconds(3600) : end, deadline,
				districtCode == null || districtCode.isBlank() ? null : districtCode, venue, street, postcode, city, onsite,
				online, onlineUrl, language, actionFields, groups, stepFree, hearingLoop, signLanguage, accessibilityNote,
				cents, costNote, forum);
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable Instant time(String typed, String field, boolean required, List<FieldProblem> problems) {
		if (typed.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "events.organiser.error.datetime.required"));
			}
			return null;
		}
		try {
			return LocalDateTime.parse(typed.strip()).atZone(BERLIN).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "events.organiser.error.datetime"));
			return null;
		}
	}

	private static @Nullable Integer capacity(String typed, String field, List<FieldProblem> problems) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "events.error.capacity", 1, EventRules.MAX_CAPACITY));
			return 1;
		}
	}

	// ---- bean properties

	public @Nullable String getType() { return type; }
	public void setType(@Nullable String type) { this.type = type; }
	public String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
	public String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = summary == null ? "" : summary; }
	public String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description == null ? "" : description; }
	public @Nullable String getOrganiserId() { return organiserId; }
	public void setOrganiserId(@Nullable String organiserId) { this.organiserId = organiserId; }
	public String getSeriesChoice() { return seriesChoice; }
	public void setSeriesChoice(@Nullable String seriesChoice) { this.seriesChoice = seriesChoice == null ? SeriesChoice.NONE.name() : seriesChoice; }
	public @Nullable String getSeriesId() { return seriesId; }
	public void setSeriesId(@Nullable String seriesId) { this.seriesId = seriesId; }
	public String getNewSeriesTitle() { return newSeriesTitle; }
	public void setNewSeriesTitle(@Nullable String newSeriesTitle) { this.newSeriesTitle = newSeriesTitle == null ? "" : newSeriesTitle; }
	public String getStartsAt() { return startsAt; }
	public void setStartsAt(@Nullable String startsAt) { this.startsAt = startsAt == null ? "" : startsAt; }
	public String getEndsAt() { return endsAt; }
	public void setEndsAt(@Nullable String endsAt) { this.endsAt = endsAt == null ? "" : endsAt; }
	public String getRegistrationUntil() { return registrationUntil; }
	public void setRegistrationUntil(@Nullable String registrationUntil) { this.registrationUntil = registrationUntil == null ? "" : registrationUntil; }
	public @Nullable String getDistrictCode() { return districtCode; }
	public void setDistrictCode(@Nullable String districtCode) { this.districtCode = districtCode; }
	public String getVenue() { return venue; }
	public void setVenue(@Nullable String venue) { this.venue = venue == null ? "" : venue; }
	public String getStreet() { return street; }
	public void setStreet(@Nullable String street) { this.street = street == null ? "" : street; }
	public String getPostcode() { return postcode; }
	public void setPostcode(@Nullable String postcode) { this.postcode = postcode == null ? "" : postcode; }
	public String getCity() { return city; }
	public void setCity(@Nullable String city) { this.city = city == null ? "" : city; }
	public String getOnsiteCapacity() { return onsiteCapacity; }
	public void setOnsiteCapacity(@Nullable String onsiteCapacity) { this.onsiteCapacity = onsiteCapacity == null ? "" : onsiteCapacity; }
	public String getOnlineCapacity() { return onlineCapacity; }
	public void setOnlineCapacity(@Nullable String onlineCapacity) { this.onlineCapacity = onlineCapacity == null ? "" : onlineCapacity; }
	public String getOnlineUrl() { return onlineUrl; }
	public void setOnlineUrl(@Nullable String onlineUrl) { this.onlineUrl = onlineUrl == null ? "" : onlineUrl; }
	public String getLanguage() { return language; }
	public void setLanguage(@Nullable String language) { this.language = language == null ? "" : language; }
	public List<String> getActionFields() { return actionFields; }
	public void setActionFields(@Nullable List<String> actionFields) { this.actionFields = actionFields == null ? new ArrayList<>() : actionFields; }
	public List<String> getTargetGroups() { return targetGroups; }
	public void setTargetGroups(@Nullable List<String> targetGroups) { this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups; }
	public boolean isStepFree() { return stepFree; }
	public void setStepFree(boolean stepFree) { this.stepFree = stepFree; }
	public boolean isHearingLoop() { return hearingLoop; }
	public void setHearingLoop(boolean hearingLoop) { this.hearingLoop = hearingLoop; }
	public boolean isSignLanguage() { return signLanguage; }
	public void setSignLanguage(boolean signLanguage) { this.signLanguage = signLanguage; }
	public String getAccessibilityNote() { return accessibilityNote; }
	public void setAccessibilityNote(@Nullable String accessibilityNote) { this.accessibilityNote = accessibilityNote == null ? "" : accessibilityNote; }
	public String getCost() { return cost; }
	public void setCost(@Nullable String cost) { this.cost = cost == null ? "" : cost; }
	public String getCostNote() { return costNote; }
	public void setCostNote(@Nullable String costNote) { this.costNote = costNote == null ? "" : costNote; }
	public @Nullable String getForumId() { return forumId; }
	public void setForumId(@Nullable String forumId) { this.forumId = forumId; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

}
